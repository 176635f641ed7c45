package io.parcelport.domain.aircargo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The IATA airline prefixes Parcelport knows: the large cargo carriers and the big passenger airlines that carry
 * belly cargo.
 */
final class AirlinePrefixes {

    // Only prefixes we are sure of: a wrong airline name on a tracking page is worse than none. Defunct airlines
    // are left out because IATA may hand their prefixes to someone else.
    private static final Map<String, Airline> BY_PREFIX = List.of(
                    Airline.of("001", "American Airlines", "AA"),
                    Airline.of("006", "Delta Air Lines", "DL"),
                    Airline.of("014", "Air Canada", "AC"),
                    Airline.of("016", "United Airlines", "UA"),
                    Airline.of("020", "Lufthansa", "LH"),
                    Airline.of("023", "FedEx Express", "FX"),
                    Airline.of("027", "Alaska Airlines", "AS"),
                    Airline.of("045", "LATAM Airlines", "LA"),
                    Airline.of("047", "TAP Air Portugal", "TP"),
                    Airline.of("053", "Aer Lingus", "EI"),
                    Airline.of("055", "ITA Airways (formerly Alitalia)", "AZ"),
                    Airline.of("057", "Air France", "AF"),
                    Airline.of("065", "Saudia", "SV"),
                    Airline.of("071", "Ethiopian Airlines", "ET"),
                    Airline.of("072", "Gulf Air", "GF"),
                    Airline.of("074", "KLM Royal Dutch Airlines", "KL"),
                    Airline.of("075", "Iberia", "IB"),
                    Airline.of("077", "EgyptAir", "MS"),
                    Airline.of("079", "Philippine Airlines", "PR"),
                    Airline.of("080", "LOT Polish Airlines", "LO"),
                    Airline.of("081", "Qantas", "QF"),
                    Airline.of("083", "South African Airways", "SA"),
                    Airline.of("086", "Air New Zealand", "NZ"),
                    Airline.of("098", "Air India", "AI"),
                    Airline.of("105", "Finnair", "AY"),
                    Airline.of("112", "China Cargo Airlines", "CK"),
                    Airline.of("114", "El Al", "LY"),
                    Airline.of("117", "SAS Scandinavian Airlines", "SK"),
                    Airline.of("125", "British Airways", "BA"),
                    Airline.of("126", "Garuda Indonesia", "GA"),
                    Airline.of("129", "Martinair", "MP"),
                    Airline.of("131", "Japan Airlines", "JL"),
                    Airline.of("139", "Aeromexico", "AM"),
                    Airline.of("147", "Royal Air Maroc", "AT"),
                    Airline.of("157", "Qatar Airways", "QR"),
                    Airline.of("160", "Cathay Pacific", "CX"),
                    Airline.of("172", "Cargolux Airlines", "CV"),
                    Airline.of("176", "Emirates", "EK"),
                    Airline.of("180", "Korean Air", "KE"),
                    Airline.of("205", "All Nippon Airways", "NH"),
                    Airline.of("217", "Thai Airways", "TG"),
                    Airline.of("229", "Kuwait Airways", "KU"),
                    Airline.of("232", "Malaysia Airlines", "MH"),
                    Airline.of("235", "Turkish Airlines", "TK"),
                    Airline.of("257", "Austrian Airlines", "OS"),
                    Airline.of("297", "China Airlines", "CI"),
                    Airline.of("369", "Atlas Air", "5Y"),
                    Airline.of("403", "Polar Air Cargo", "PO"),
                    Airline.of("406", "UPS Airlines", "5X"),
                    Airline.of("555", "Aeroflot", "SU"),
                    Airline.of("580", "AirBridgeCargo Airlines", "RU"),
                    Airline.of("603", "SriLankan Airlines", "UL"),
                    Airline.of("607", "Etihad Airways", "EY"),
                    Airline.of("615", "European Air Transport (DHL)", "QY"),
                    Airline.of("618", "Singapore Airlines", "SQ"),
                    Airline.of("695", "EVA Air", "BR"),
                    Airline.of("706", "Kenya Airways", "KQ"),
                    Airline.of("724", "Swiss International Air Lines", "LX"),
                    Airline.of("738", "Vietnam Airlines", "VN"),
                    Airline.of("781", "China Eastern Airlines", "MU"),
                    Airline.of("784", "China Southern Airlines", "CZ"),
                    Airline.of("880", "Hainan Airlines", "HU"),
                    Airline.of("933", "Nippon Cargo Airlines", "KZ"),
                    Airline.of("988", "Asiana Airlines", "OZ"),
                    Airline.of("996", "Air Europa", "UX"),
                    Airline.of("999", "Air China", "CA"))
            .stream()
            .collect(Collectors.toMap(Airline::prefix, Function.identity(), (a, b) -> {
                throw new IllegalStateException("Duplicate airline prefix " + a.prefix());
            }, TreeMap::new));

    private static final List<Airline> ALL = List.copyOf(BY_PREFIX.values());

    private AirlinePrefixes() {
    }

    static Optional<Airline> byPrefix(String prefix) {
        return Optional.ofNullable(BY_PREFIX.get(prefix));
    }

    static Optional<Airline> byDesignator(String designator) {
        String wanted = designator.strip().toUpperCase(Locale.ROOT);
        return ALL.stream().filter(airline -> airline.designator().filter(wanted::equals).isPresent()).findFirst();
    }

    static List<Airline> all() {
        return ALL;
    }
}
