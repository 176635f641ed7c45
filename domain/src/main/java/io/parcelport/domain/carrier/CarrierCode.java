package io.parcelport.domain.carrier;

import io.parcelport.domain.Checks;
import java.util.regex.Pattern;

/**
 * The slug that names a carrier, such as {@code usps}, {@code china-ems} or {@code deutsch-post}.
 *
 * <p>Normalised to lower case; only {@code [a-z0-9-_]} is accepted, at most {@value #MAX_LENGTH} characters, so
 * a carrier code is always safe in a URL path.
 *
 * @param value the lower-case slug
 */
public record CarrierCode(String value) implements Comparable<CarrierCode> {
    /** The longest carrier code accepted. */
    public static final int MAX_LENGTH = 64;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9_-]+");

    public CarrierCode {
        value = Checks.requireText(value, "carrier code").toLowerCase(java.util.Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("carrier code must match [a-z0-9-_]{1," + MAX_LENGTH + "}: '"
                    + Checks.printable(value) + "'");
        }
    }

    /** Parses a carrier code; same rules as the constructor. */
    public static CarrierCode of(String value) {
        return new CarrierCode(value);
    }

    @Override
    public int compareTo(CarrierCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
