package io.parcelport.wire.trackingmore;

import io.parcelport.domain.CountryCode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries as TrackingMore writes them: ISO 3166 alpha-2 codes ({@code destination_code}, {@code two_code}) or
 * English names ({@code original_country}, {@code "Japan"} in remote-area requests).
 */
public final class Countries {
    private static final Map<String, CountryCode> BY_NAME = byName();

    private Countries() {
    }

    /** The country a code or an English name stands for; empty for blank text and names the JDK does not know. */
    public static Optional<CountryCode> parse(String value) {
        return Wire.text(value).flatMap(v -> {
            if (v.length() == 2 && CountryCode.isValid(v)) {
                return Optional.of(CountryCode.of(v));
            }
            return Optional.ofNullable(BY_NAME.get(v.toLowerCase(Locale.ROOT)));
        });
    }

    private static Map<String, CountryCode> byName() {
        Map<String, CountryCode> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            if (CountryCode.isValid(code)) {
                CountryCode country = CountryCode.of(code);
                names.put(country.englishName().toLowerCase(Locale.ROOT), country);
            }
        }
        names.put("usa", CountryCode.of("US"));
        names.put("united states of america", CountryCode.of("US"));
        names.put("uk", CountryCode.of("GB"));
        names.put("great britain", CountryCode.of("GB"));
        names.put("russia", CountryCode.of("RU"));
        names.put("south korea", CountryCode.of("KR"));
        names.put("kosovo", CountryCode.of("XK"));
        return Map.copyOf(names);
    }
}
