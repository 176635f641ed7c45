package io.parcelport.domain;

import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code, upper case, such as {@code US}, {@code CN} or {@code DE}.
 *
 * <p>Accepted: the officially assigned codes the JDK knows, plus {@code XK} (Kosovo, user-assigned but used by
 * carriers). {@code UK}, which ISO reserves for the United Kingdom but does not assign, is normalised to {@code GB}.
 *
 * @param value the upper-case two-letter code
 */
public record CountryCode(String value) implements Comparable<CountryCode> {
    private static final Set<String> ASSIGNED = Set.copyOf(java.util.Arrays.asList(Locale.getISOCountries()));

    public CountryCode {
        String code = Checks.requireText(value, "country code").toUpperCase(Locale.ROOT);
        if (!twoLetters(code)) {
            throw new IllegalArgumentException("country code must be two letters (ISO 3166-1 alpha-2): '"
                    + Checks.printable(value) + "'");
        }
        if (code.equals("UK")) {
            code = "GB";
        }
        if (!ASSIGNED.contains(code) && !code.equals("XK")) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: '" + value + "'");
        }
        value = code;
    }

    /** Parses a country code; same rules as the constructor. */
    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    /** Whether {@code value} would be accepted, without throwing. */
    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        return twoLetters(code) && (ASSIGNED.contains(code) || code.equals("UK") || code.equals("XK"));
    }

    // By hand: every answer about a shipment names two or three countries, and a regex per call showed in profiles.
    private static boolean twoLetters(String code) {
        return code.length() == 2 && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z' && code.charAt(1) >= 'A'
                && code.charAt(1) <= 'Z';
    }

    /** The English name of the country, e.g. {@code China} for {@code CN}. */
    public String englishName() {
        return value.equals("XK") ? "Kosovo" : new Locale("", value).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
