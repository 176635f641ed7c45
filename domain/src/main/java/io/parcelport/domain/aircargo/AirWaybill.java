package io.parcelport.domain.aircargo;

import io.parcelport.domain.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IATA air waybill number: a 3-digit airline prefix and an 8-digit serial whose last digit is the first seven
 * digits of the serial modulo 7, written {@code 172-28891936}.
 *
 * @param prefix the 3-digit IATA airline prefix (accounting code), e.g. {@code 172} for Cargolux
 * @param serial the 8-digit serial, check digit last
 */
public record AirWaybill(String prefix, String serial) {

    // One optional separator between prefix and serial: the spellings carriers, forwarders and backends use.
    private static final Pattern SPELLING = Pattern.compile("(\\d{3})[- ]?(\\d{8})");
    private static final Pattern PREFIX = Pattern.compile("\\d{3}");
    private static final Pattern SERIAL = Pattern.compile("\\d{8}");

    /**
     * Validates the prefix and the serial, including the IATA check digit.
     *
     * @throws NullPointerException     if either part is null
     * @throws IllegalArgumentException naming the bad value if a part has the wrong length, holds non-digits or the
     *                                  check digit is wrong
     */
    public AirWaybill {
        Objects.requireNonNull(prefix, "air waybill prefix");
        Objects.requireNonNull(serial, "air waybill serial");
        problem(prefix, serial).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
    }

    /**
     * Reads an air waybill number written {@code 172-28891936}, {@code 172 28891936} or {@code 17228891936}; outer
     * whitespace is ignored.
     *
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException naming {@code text} if it is not a valid air waybill number
     */
    public static AirWaybill parse(String text) {
        Matcher matcher = Checks.requireSpelling(text, "air waybill text", SPELLING, "Not an air waybill number",
                "; expected a 3-digit airline prefix and an 8-digit serial, e.g. 172-28891936");
        Optional<String> problem = problem(matcher.group(1), matcher.group(2));
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Not an air waybill number: '" + Checks.printable(text) + "'; "
                    + problem.get());
        }
        return new AirWaybill(matcher.group(1), matcher.group(2));
    }

    /** Tells whether {@link #parse(String)} would accept {@code text}; {@code null} is not valid. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        Matcher matcher = SPELLING.matcher(text.strip());
        return matcher.matches() && problem(matcher.group(1), matcher.group(2)).isEmpty();
    }

    /** The check digit IATA prescribes for the first seven digits of a serial: their value modulo 7. */
    static int checkDigitFor(String firstSevenDigits) {
        return Integer.parseInt(firstSevenDigits) % 7;
    }

    private static Optional<String> problem(String prefix, String serial) {
        if (!PREFIX.matcher(prefix).matches()) {
            return Optional.of("the airline prefix '" + prefix + "' must be 3 digits");
        }
        if (!SERIAL.matcher(serial).matches()) {
            return Optional.of("the serial '" + serial + "' must be 8 digits");
        }
        int expected = checkDigitFor(serial.substring(0, 7));
        int actual = serial.charAt(7) - '0';
        if (actual != expected) {
            return Optional.of("the check digit of serial '" + serial + "' is " + actual + " but " + expected
                    + " was expected (" + serial.substring(0, 7) + " mod 7)");
        }
        return Optional.empty();
    }

    /** The normalised form, {@code 172-28891936}. */
    public String value() {
        return prefix + "-" + serial;
    }

    /** The airline that owns the prefix, if it is one of the carriers Parcelport knows. */
    public Optional<Airline> airline() {
        return Airline.byPrefix(prefix);
    }

    /** The normalised form, {@code 172-28891936}, which {@link #parse(String)} reads back. */
    @Override
    public String toString() {
        return value();
    }
}
