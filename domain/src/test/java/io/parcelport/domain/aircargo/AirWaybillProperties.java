package io.parcelport.domain.aircargo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Round-trip, check-digit and normalisation properties of the air waybill, and normalisation properties of the other
 * air cargo value objects that parse text.
 */
class AirWaybillProperties {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";

    @Property
    void readsBackEveryValidNumberInEveryAcceptedSpelling(
            @ForAll @IntRange(max = 999) int prefix,
            @ForAll @IntRange(max = 9_999_999) int firstSeven,
            @ForAll("separators") String separator,
            @ForAll("outerWhitespace") String before,
            @ForAll("outerWhitespace") String after) {
        String prefixDigits = "%03d".formatted(prefix);
        String serial = "%07d%d".formatted(firstSeven, firstSeven % 7);

        AirWaybill waybill = AirWaybill.parse(before + prefixDigits + separator + serial + after);

        assertThat(waybill.prefix()).isEqualTo(prefixDigits);
        assertThat(waybill.serial()).isEqualTo(serial);
        assertThat(waybill).hasToString(prefixDigits + "-" + serial);
        assertThat(AirWaybill.parse(waybill.toString())).isEqualTo(waybill);
    }

    @Property
    void acceptsExactlyOneCheckDigitAndItIsTheFirstSevenDigitsModuloSeven(
            @ForAll @IntRange(max = 999) int prefix,
            @ForAll @IntRange(max = 9_999_999) int firstSeven,
            @ForAll("separators") String separator) {
        String start = "%03d".formatted(prefix) + separator + "%07d".formatted(firstSeven);

        List<Integer> accepted = IntStream.rangeClosed(0, 9)
                .filter(checkDigit -> AirWaybill.isValid(start + checkDigit))
                .boxed()
                .toList();

        assertThat(accepted).containsExactly(firstSeven % 7);
        IntStream.rangeClosed(0, 9).filter(checkDigit -> checkDigit != firstSeven % 7).forEach(checkDigit ->
                assertThatIllegalArgumentException()
                        .isThrownBy(() -> AirWaybill.parse(start + checkDigit))
                        .withMessageContaining("'" + start + checkDigit + "'")
                        .withMessageContaining(firstSeven % 7 + " was expected"));
    }

    @Property
    void normalisingAWaybillTwiceChangesNothing(@ForAll("waybillSpellings") String text) {
        AirWaybill once = AirWaybill.parse(text);

        assertThat(AirWaybill.parse(once.toString())).isEqualTo(once).hasToString(once.toString());
    }

    @Property
    void refusesMalformedWaybillsOnlyWithAnIllegalArgumentNamingThem(@ForAll("waybillLikeText") String text) {
        try {
            AirWaybill.parse(text);
            assertThat(AirWaybill.isValid(text)).isTrue();
        } catch (IllegalArgumentException refused) {
            assertThat(refused).hasMessageContaining("'" + text + "'");
            assertThat(AirWaybill.isValid(text)).isFalse();
        }
    }

    @Property
    void normalisingAFlightNumberTwiceChangesNothing(@ForAll("flightNumberSpellings") String text) {
        FlightNumber once = FlightNumber.parse(text);

        assertThat(FlightNumber.parse(once.toString())).isEqualTo(once);
        assertThat(once.value()).isUpperCase().doesNotContain(" ");
        assertThat(once.designator() + once.number() + once.suffix().orElse("")).isEqualTo(once.value());
    }

    @Property
    void normalisingAnAirportCodeTwiceChangesNothing(@ForAll("airportCodeSpellings") String text) {
        AirportCode once = AirportCode.of(text);

        assertThat(AirportCode.of(once.toString())).isEqualTo(once);
        assertThat(once.code()).isEqualTo(text.strip().toUpperCase(Locale.ROOT));
    }

    @Property
    void normalisingAWeightTwiceChangesNothing(
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(3) BigDecimal amount,
            @ForAll("weightUnitSpellings") String unit,
            @ForAll("separatorsOfWeights") String separator) {
        Weight once = Weight.parse(amount.toPlainString() + separator + unit);

        assertThat(Weight.parse(once.toString())).isEqualTo(once);
        assertThat(once.amount()).isEqualByComparingTo(amount);
    }

    @Property
    void convertsPoundsToKilogramsWithoutRounding(
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(3) BigDecimal amount) {
        Weight kilograms = Weight.pounds(amount).toKilograms();

        assertThat(kilograms.unit()).isEqualTo(WeightUnit.KILOGRAM);
        assertThat(kilograms.amount()).isEqualByComparingTo(amount.multiply(new BigDecimal("0.45359237")));
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("-", " ", "");
    }

    @Provide
    Arbitrary<String> outerWhitespace() {
        return Arbitraries.of("", " ", "  ", "\t", "\n", " \t ");
    }

    @Provide
    Arbitrary<String> waybillSpellings() {
        Arbitrary<Integer> prefixes = Arbitraries.integers().between(0, 999);
        Arbitrary<Integer> firstSevens = Arbitraries.integers().between(0, 9_999_999);
        return Combinators.combine(outerWhitespace(), prefixes, separators(), firstSevens, outerWhitespace())
                .as((before, prefix, separator, firstSeven, after) ->
                        before + "%03d".formatted(prefix) + separator + "%07d%d".formatted(firstSeven, firstSeven % 7)
                                + after);
    }

    @Provide
    Arbitrary<String> waybillLikeText() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789- xA").ofMaxLength(14);
        return Arbitraries.oneOf(noise, waybillSpellings());
    }

    @Provide
    Arbitrary<String> flightNumberSpellings() {
        Arbitrary<String> designators = Arbitraries.strings()
                .withChars(LETTERS + DIGITS)
                .ofLength(2)
                .filter(designator -> designator.chars().anyMatch(Character::isLetter));
        Arbitrary<String> numbers = Arbitraries.strings().withChars(DIGITS).ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> suffixes = Arbitraries.strings().withChars(LETTERS).ofMaxLength(1);
        return Combinators.combine(outerWhitespace(), designators, Arbitraries.of("", " "), numbers, suffixes)
                .as((before, designator, space, number, suffix) -> before + designator + space + number + suffix);
    }

    @Provide
    Arbitrary<String> airportCodeSpellings() {
        Arbitrary<String> letters = Arbitraries.strings().withChars(LETTERS).ofLength(3);
        return Combinators.combine(outerWhitespace(), letters, outerWhitespace())
                .as((before, code, after) -> before + code + after);
    }

    @Provide
    Arbitrary<String> weightUnitSpellings() {
        return Arbitraries.of("K", "k", "KG", "kg", "Kgs", "kilograms", "L", "l", "LB", "lb", "lbs", "Pounds");
    }

    @Provide
    Arbitrary<String> separatorsOfWeights() {
        return Arbitraries.of("", " ");
    }
}
