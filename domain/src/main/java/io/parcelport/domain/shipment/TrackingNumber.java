package io.parcelport.domain.shipment;

import io.parcelport.domain.Checks;

/**
 * A carrier's tracking number, trimmed and checked so that it is safe to put in a URL path or a query.
 *
 * <p>Carriers use letters, digits and a few separators; the value is kept as given apart from trimming, because some
 * carriers' numbers are case-sensitive. Refused: blank values, more than {@value #MAX_LENGTH} characters, whitespace
 * or control characters inside, {@code /}, {@code \} and {@code ..}, so no tracking number can climb out of a path.
 *
 * @param value the trimmed tracking number
 */
public record TrackingNumber(String value) implements Comparable<TrackingNumber> {
    /** The longest tracking number accepted. */
    public static final int MAX_LENGTH = 50;

    public TrackingNumber {
        value = Checks.requireText(value, "tracking number");
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("tracking number is longer than " + MAX_LENGTH + " characters: '"
                    + Checks.printable(value) + "'");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                throw new IllegalArgumentException("tracking number contains whitespace or a control character: '"
                        + Checks.printable(value) + "'");
            }
            if (c == '/' || c == '\\') {
                throw new IllegalArgumentException("tracking number contains '" + c + "': '" + value + "'");
            }
            // A lone surrogate is no character at all: encoders send it as '?', which is another number.
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(++i)))) {
                throw new IllegalArgumentException("tracking number contains a lone surrogate: '"
                        + Checks.printable(value) + "'");
            }
        }
        if (value.contains("..")) {
            throw new IllegalArgumentException("tracking number contains '..': '" + value + "'");
        }
    }

    /** Parses a tracking number; same rules as the constructor. */
    public static TrackingNumber of(String value) {
        return new TrackingNumber(value);
    }

    @Override
    public int compareTo(TrackingNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
