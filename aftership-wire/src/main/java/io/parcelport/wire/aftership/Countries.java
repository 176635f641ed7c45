package io.parcelport.wire.aftership;

import io.parcelport.domain.CountryCode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/** Countries as AfterShip writes them: ISO 3166-1 alpha-3 ({@code USA}), read also when a body gives alpha-2. */
public final class Countries {
    private static final Map<String, CountryCode> BY_ALPHA3 = byAlpha3();

    private Countries() {
    }

    private static Map<String, CountryCode> byAlpha3() {
        Map<String, CountryCode> map = new HashMap<>();
        for (String two : Locale.getISOCountries()) {
            if (!CountryCode.isValid(two)) {
                continue;
            }
            try {
                map.put(new Locale("", two).getISO3Country(), CountryCode.of(two));
            } catch (MissingResourceException e) {
                // A code without an alpha-3 form is simply not readable from AfterShip.
            }
        }
        map.put("XKX", CountryCode.of("XK"));
        return Map.copyOf(map);
    }

    /** The country of an alpha-3 (or alpha-2) code; empty for blank or unknown codes. */
    public static Optional<CountryCode> read(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (upper.length() == 2) {
            return CountryCode.isValid(upper) ? Optional.of(CountryCode.of(upper)) : Optional.empty();
        }
        return Optional.ofNullable(BY_ALPHA3.get(upper));
    }

    /** The alpha-3 code AfterShip writes for {@code country}. */
    public static String write(CountryCode country) {
        return country.value().equals("XK") ? "XKX" : new Locale("", country.value()).getISO3Country();
    }
}
