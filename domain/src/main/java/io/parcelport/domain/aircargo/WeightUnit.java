package io.parcelport.domain.aircargo;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The units air cargo weights are declared in: kilograms, or pounds on some North American waybills. */
public enum WeightUnit {
    /** The kilogram; Cargo-IMP writes it {@code K}. */
    KILOGRAM("kg", BigDecimal.ONE, Set.of("K", "KG", "KGS", "KILO", "KILOS", "KILOGRAM", "KILOGRAMS")),
    /** The international avoirdupois pound of exactly 0.45359237 kg; Cargo-IMP writes it {@code L}. */
    POUND("lb", new BigDecimal("0.45359237"), Set.of("L", "LB", "LBS", "POUND", "POUNDS"));

    private final String symbol;
    private final BigDecimal kilograms;
    private final Set<String> spellings;

    WeightUnit(String symbol, BigDecimal kilograms, Set<String> spellings) {
        this.symbol = symbol;
        this.kilograms = kilograms;
        this.spellings = spellings;
    }

    /** The symbol used when printing a weight, {@code kg} or {@code lb}. */
    public String symbol() {
        return symbol;
    }

    /** How many kilograms one of this unit is, exactly. */
    public BigDecimal kilograms() {
        return kilograms;
    }

    /** The unit written {@code spelling} (K, kg, kgs, L, lb, lbs..., any case), if it is one we know. */
    static Optional<WeightUnit> fromSpelling(String spelling) {
        String wanted = spelling.toUpperCase(Locale.ROOT);
        for (WeightUnit unit : values()) {
            if (unit.spellings.contains(wanted)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
