package io.parcelport.domain.aircargo;

import io.parcelport.domain.Checks;
import java.util.Locale;
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
        code = Checks.requireSpelling(code, "airport code", IATA, "Not an IATA airport code (3 letters)", "")
                .group().toUpperCase(Locale.ROOT);
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
