package io.parcelport.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An IATA airport (station) code: three letters, normalised to upper case, e.g. {@code LUX}.
 *
 * @param code the three upper-case letters
 */
public record AirportCode(String code) {

    private static final Pattern IATA = Pattern.compile("[A-Za-z]{3}");

    /**
     * Normalises to upper case without outer whitespace, then checks for three ASCII letters (IATA Resolution 763).
     *
     * @throws NullPointerException     if {@code code} is null
     * @throws IllegalArgumentException naming {@code code} if it is not three letters
     */
    public AirportCode {
        Objects.requireNonNull(code, "airport code");
        String stripped = code.strip();
        // Match before upper-casing: toUpperCase turns some non-ASCII letters (Turkish dotless i) into ASCII ones.
        if (!IATA.matcher(stripped).matches()) {
            throw new IllegalArgumentException("Not an IATA airport code (3 letters): '" + code + "'");
        }
        code = stripped.toUpperCase(Locale.ROOT);
    }

    /** The airport code for {@code code}, in any case. */
    public static AirportCode of(String code) {
        return new AirportCode(code);
    }

    /** The three upper-case letters. */
    @Override
    public String toString() {
        return code;
    }
}
