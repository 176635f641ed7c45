package io.parcelport.domain.aircargo;

import io.parcelport.domain.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A non-negative weight in kilograms or pounds, such as an air waybill's declared weight {@code 1981K}.
 *
 * <p>The amount is normalised (trailing zeros removed, never in exponent notation) so that {@code 12.50 kg} and
 * {@code 12.5 kg} are equal; {@code 12 kg} and {@code 26.46 lb} are not, as the unit is part of the value.
 *
 * @param amount the non-negative amount
 * @param unit   the unit the amount is in
 */
public record Weight(BigDecimal amount, WeightUnit unit) {

    private static final Pattern SPELLING = Pattern.compile("(\\d+(?:\\.\\d+)?) ?([A-Za-z]+)");

    /**
     * Normalises the amount and checks it is not negative.
     *
     * @throws NullPointerException     if either part is null
     * @throws IllegalArgumentException naming the amount if it is negative
     */
    public Weight {
        Objects.requireNonNull(amount, "weight amount");
        Objects.requireNonNull(unit, "weight unit");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A weight cannot be negative: " + amount.toPlainString() + " "
                    + unit.symbol());
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        amount = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Reads a weight written as digits (optionally with a decimal point) and a unit, with at most one space between:
     * Cargo-IMP's {@code 1981K} and {@code 12L}, or {@code 12.5 kg}, {@code 12 lb}, {@code 3 kgs}, {@code 4 LBS};
     * outer whitespace is ignored.
     *
     * <p>A number without a unit is refused: guessing kilograms would be wrong by a factor of 2.2 for pounds.
     *
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException naming {@code text} if it is not a weight
     */
    public static Weight parse(String text) {
        Matcher matcher = Checks.requireSpelling(text, "weight text", SPELLING, "Not a weight",
                "; expected an amount and a unit, e.g. 1981K, 12L, 12.5 kg or 12 lb");
        WeightUnit unit = WeightUnit.fromSpelling(matcher.group(2)).orElseThrow(() -> new IllegalArgumentException(
                "Not a weight: '" + text + "'; unknown unit '" + matcher.group(2) + "', expected K, kg, L or lb"));
        return new Weight(new BigDecimal(matcher.group(1)), unit);
    }

    /** A weight of {@code amount} kilograms. */
    public static Weight kilograms(BigDecimal amount) {
        return new Weight(amount, WeightUnit.KILOGRAM);
    }

    /** A weight of {@code amount} pounds. */
    public static Weight pounds(BigDecimal amount) {
        return new Weight(amount, WeightUnit.POUND);
    }

    /** The same weight in kilograms, converted exactly (1 lb = 0.45359237 kg). */
    public Weight toKilograms() {
        return unit == WeightUnit.KILOGRAM ? this : kilograms(amount.multiply(unit.kilograms()));
    }

    /** The amount and unit symbol, e.g. {@code 1981 kg}, which {@link #parse(String)} reads back. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit.symbol();
    }
}
