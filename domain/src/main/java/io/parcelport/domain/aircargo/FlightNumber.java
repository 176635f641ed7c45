package io.parcelport.domain.aircargo;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IATA flight number: a 2-character airline designator, 1 to 4 digits and an optional operational suffix letter,
 * normalised to upper case without spaces, e.g. {@code CV7493}, {@code C80066}, {@code LH8401A}.
 *
 * <p>Digits are kept as written: carriers pad flight numbers with zeros inconsistently, and the padded form is what
 * their messages and tracking backends' flight keys use, so {@code C80066} and {@code C866} are different
 * values.
 *
 * @param value the normalised flight number
 */
public record FlightNumber(String value) {

    // The designator is always the first two characters: it may contain a digit (C8, 5X), never two.
    private static final Pattern IATA = Pattern.compile("([A-Za-z0-9]{2}) ?([0-9]{1,4})([A-Za-z])?");

    /**
     * Normalises to upper case, without outer whitespace and without the one space allowed between designator and
     * number, then checks the IATA form.
     *
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException naming {@code value} if it is not a flight number
     */
    public FlightNumber {
        Objects.requireNonNull(value, "flight number");
        // Match before upper-casing: toUpperCase turns some non-ASCII letters (Turkish dotless i) into ASCII ones.
        Matcher matcher = IATA.matcher(value.strip());
        if (!matcher.matches() || matcher.group(1).chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Not an IATA flight number (2-character airline designator with at "
                    + "least one letter, 1-4 digits, optional suffix letter): '" + value + "'");
        }
        value = (matcher.group(1) + matcher.group(2) + Objects.requireNonNullElse(matcher.group(3), ""))
                .toUpperCase(Locale.ROOT);
    }

    /** Reads a flight number such as {@code CV7493}, {@code cv 7493} or {@code LH8401A}. */
    public static FlightNumber parse(String text) {
        return new FlightNumber(text);
    }

    /** The airline designator, e.g. {@code CV} or {@code C8}. */
    public String designator() {
        return value.substring(0, 2);
    }

    /** The digits as written, leading zeros included, e.g. {@code 7493} or {@code 0066}. */
    public String number() {
        return value.substring(2, suffix().isPresent() ? value.length() - 1 : value.length());
    }

    /** The operational suffix letter, e.g. {@code A} of {@code LH8401A}. */
    public Optional<String> suffix() {
        char last = value.charAt(value.length() - 1);
        return Character.isLetter(last) ? Optional.of(String.valueOf(last)) : Optional.empty();
    }

    /** The known airline with this designator, if any. */
    public Optional<Airline> airline() {
        return Airline.byDesignator(designator());
    }

    /** The normalised flight number, which {@link #parse(String)} reads back. */
    @Override
    public String toString() {
        return value;
    }
}
