package io.parcelport.adapter.inmemory;

import io.parcelport.domain.CountryCode;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Cities, sorting hubs, exchange offices and time zones of the countries the simulator ships between. */
final class Geography {

    /** A country's places: where parcels are posted or delivered, its main hub and its international gateway. */
    record Places(List<String> cities, String hub, String gateway, ZoneId zone) {
    }

    private static final Map<String, Places> PLACES = Map.ofEntries(
            Map.entry("US", new Places(List.of("NEW YORK, NY", "CHICAGO, IL", "AUSTIN, TX", "SEATTLE, WA"),
                    "INDIANAPOLIS IN NETWORK DISTRIBUTION CENTER", "JAMAICA, NY ISC", ZoneId.of("America/New_York"))),
            Map.entry("CN", new Places(List.of("Shenzhen", "Guangzhou", "Yiwu", "Hangzhou"),
                    "Guangzhou processing centre", "Shanghai International Mail Exchange", ZoneId.of("Asia/Shanghai"))),
            Map.entry("DE", new Places(List.of("Berlin", "Hamburg", "Munich", "Cologne"),
                    "Leipzig hub", "Frankfurt International", ZoneId.of("Europe/Berlin"))),
            Map.entry("GB", new Places(List.of("London", "Manchester", "Leeds", "Bristol"),
                    "Birmingham Mail Centre", "Heathrow Worldwide Distribution Centre", ZoneId.of("Europe/London"))),
            Map.entry("FR", new Places(List.of("Paris", "Lyon", "Marseille", "Toulouse"),
                    "Plateforme Colis Wissous", "Roissy CDG Hub", ZoneId.of("Europe/Paris"))),
            Map.entry("NL", new Places(List.of("Amsterdam", "Rotterdam", "Utrecht", "Eindhoven"),
                    "Sorting centre Nieuwegein", "Amsterdam Airport Schiphol", ZoneId.of("Europe/Amsterdam"))),
            Map.entry("JP", new Places(List.of("Tokyo", "Osaka", "Nagoya", "Sapporo"),
                    "Shin-Tokyo post office", "Kawasaki Higashi International", ZoneId.of("Asia/Tokyo"))),
            Map.entry("AU", new Places(List.of("Sydney", "Melbourne", "Brisbane", "Perth"),
                    "Sydney Parcel Facility", "Sydney Gateway", ZoneId.of("Australia/Sydney"))),
            Map.entry("CA", new Places(List.of("Toronto", "Vancouver", "Montreal", "Calgary"),
                    "Mississauga Gateway", "Toronto International", ZoneId.of("America/Toronto"))),
            Map.entry("TR", new Places(List.of("Istanbul", "Ankara", "Izmir"),
                    "Istanbul Mail Processing Centre", "Istanbul International", ZoneId.of("Europe/Istanbul"))),
            Map.entry("HK", new Places(List.of("Kowloon", "Hong Kong Island", "Sha Tin"),
                    "Central Mail Centre", "Air Mail Centre", ZoneId.of("Asia/Hong_Kong"))),
            Map.entry("SG", new Places(List.of("Singapore"),
                    "Singapore Post Centre", "Changi Airfreight Centre", ZoneId.of("Asia/Singapore"))),
            Map.entry("CO", new Places(List.of("Bogota", "Medellin", "Cali"),
                    "Centro de Clasificacion Bogota", "Bogota Internacional", ZoneId.of("America/Bogota"))),
            Map.entry("ES", new Places(List.of("Madrid", "Barcelona", "Valencia"),
                    "Centro de Tratamiento Madrid", "Madrid Barajas", ZoneId.of("Europe/Madrid"))),
            Map.entry("IT", new Places(List.of("Milano", "Roma", "Torino"),
                    "Centro Meccanizzato Milano Roserio", "Milano Malpensa", ZoneId.of("Europe/Rome"))),
            Map.entry("BR", new Places(List.of("Sao Paulo", "Rio de Janeiro", "Curitiba"),
                    "CTE Sao Paulo", "Curitiba International", ZoneId.of("America/Sao_Paulo"))));

    /** Where simulated parcels go when nothing says otherwise. */
    static final List<CountryCode> DESTINATIONS = List.of("US", "GB", "DE", "FR", "NL", "JP", "AU", "CA", "ES",
            "IT", "BR").stream().map(CountryCode::of).toList();

    private static final Places ELSEWHERE = new Places(List.of("City centre"), "National sorting centre",
            "International office of exchange", ZoneId.of("UTC"));

    private Geography() {
    }

    static Places of(CountryCode country) {
        return PLACES.getOrDefault(country.value(), ELSEWHERE);
    }
}
