package io.parcelport.domain.aircargo;

import static io.parcelport.domain.Refusals.assertRefusesQuoting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeightTest {

    @ParameterizedTest
    @CsvSource({
            "1981K, 1981, KILOGRAM",
            "12L, 12, POUND",
            "12.5 kg, 12.5, KILOGRAM",
            "12 lb, 12, POUND",
            "3 KGS, 3, KILOGRAM",
            "4lbs, 4, POUND",
            "'  7 k ', 7, KILOGRAM",
            "0K, 0, KILOGRAM",
            "12.50 kilograms, 12.5, KILOGRAM"})
    void readsCargoImpAndEverydaySpellings(String text, BigDecimal amount, WeightUnit unit) {
        Weight weight = Weight.parse(text);

        assertThat(weight).isEqualTo(new Weight(amount, unit));
        assertThat(weight.unit()).isEqualTo(unit);
        assertThat(weight.amount()).isEqualByComparingTo(amount);
    }

    @Test
    void printsTheAmountWithTheUnitSymbol() {
        assertThat(Weight.parse("1981K")).hasToString("1981 kg");
        assertThat(Weight.parse("12.50L")).hasToString("12.5 lb");
    }

    @Test
    void treatsTheSameAmountAtAnotherScaleAsEqual() {
        assertThat(Weight.kilograms(new BigDecimal("12.500"))).isEqualTo(Weight.kilograms(new BigDecimal("12.5")));
    }

    @Test
    void neverPrintsAnExponent() {
        assertThat(Weight.kilograms(new BigDecimal("1E+3"))).hasToString("1000 kg");
        assertThat(Weight.kilograms(new BigDecimal("1000.00"))).hasToString("1000 kg");
    }

    @Test
    void convertsPoundsToKilogramsExactly() {
        assertThat(Weight.parse("12 lb").toKilograms()).isEqualTo(Weight.kilograms(new BigDecimal("5.44310844")));
        assertThat(Weight.parse("1 lb").toKilograms()).isEqualTo(Weight.kilograms(new BigDecimal("0.45359237")));
    }

    @Test
    void keepsKilogramsAsTheyAre() {
        Weight weight = Weight.parse("1981K");

        assertThat(weight.toKilograms()).isSameAs(weight);
    }

    @Test
    void treatsTheUnitAsPartOfTheValue() {
        assertThat(Weight.parse("12 kg")).isNotEqualTo(Weight.parse("12 lb"));
    }

    @Test
    void refusesANegativeAmount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Weight.kilograms(new BigDecimal("-1.5")))
                .withMessageContaining("-1.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Weight.parse("-3 kg"))
                .withMessageContaining("'-3 kg'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1981", "K", "12,5 kg", "1,981K", "12.kg", ".5 kg", "12  kg", "twelve kg",
            "12 kg kg", "1e3 kg"})
    void refusesWhatIsNotAnAmountAndAUnit(String text) {
        assertRefusesQuoting(Weight::parse, text);
    }

    @Test
    void refusesAnUnknownUnitNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Weight.parse("12 oz"))
                .withMessageContaining("'12 oz'")
                .withMessageContaining("'oz'");
    }

    @Test
    void refusesNullWithANullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> Weight.parse(null));
        assertThatNullPointerException().isThrownBy(() -> new Weight(null, WeightUnit.KILOGRAM));
        assertThatNullPointerException().isThrownBy(() -> new Weight(BigDecimal.ONE, null));
    }
}
