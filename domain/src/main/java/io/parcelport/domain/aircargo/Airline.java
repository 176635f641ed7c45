package io.parcelport.domain.aircargo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An airline as it appears on air waybills: its 3-digit IATA prefix, its name and, when it has one, its IATA
 * 2-character designator.
 *
 * @param prefix     the 3-digit IATA airline prefix that starts its air waybill numbers, e.g. {@code 172}
 * @param name       the airline's name, e.g. {@code Cargolux Airlines}
 * @param designator the IATA 2-character designator that starts its flight numbers, e.g. {@code CV}
 */
public record Airline(String prefix, String name, Optional<String> designator) {

    private static final Pattern PREFIX = Pattern.compile("\\d{3}");
    // IATA designators are two letters or digits, and never two digits (that would read as a flight number).
    private static final Pattern DESIGNATOR = Pattern.compile("[A-Z0-9]{2}");

    /**
     * Validates the three parts.
     *
     * @throws NullPointerException     if any part is null
     * @throws IllegalArgumentException naming the bad value if the prefix is not 3 digits, the name is blank or the
     *                                  designator is not two upper-case letters or digits with at least one letter
     */
    public Airline {
        Objects.requireNonNull(prefix, "airline prefix");
        Objects.requireNonNull(name, "airline name");
        Objects.requireNonNull(designator, "airline designator");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Airline prefix must be 3 digits: '" + prefix + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("Airline name must not be blank: '" + name + "'");
        }
        designator.ifPresent(code -> {
            if (!DESIGNATOR.matcher(code).matches() || code.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("Airline designator must be 2 upper-case letters or digits, "
                        + "at least one a letter: '" + code + "'");
            }
        });
    }

    /** An airline with a designator. */
    public static Airline of(String prefix, String name, String designator) {
        return new Airline(prefix, name, Optional.of(Objects.requireNonNull(designator, "airline designator")));
    }

    /** The known airline whose air waybills start with {@code prefix}, if Parcelport knows it. */
    public static Optional<Airline> byPrefix(String prefix) {
        Objects.requireNonNull(prefix, "airline prefix");
        return AirlinePrefixes.byPrefix(prefix);
    }

    /** The known airline whose flight numbers start with {@code designator} (case-insensitive), if any. */
    public static Optional<Airline> byDesignator(String designator) {
        Objects.requireNonNull(designator, "airline designator");
        return AirlinePrefixes.byDesignator(designator);
    }

    /** Every airline Parcelport knows, in prefix order. */
    public static List<Airline> known() {
        return AirlinePrefixes.all();
    }
}
