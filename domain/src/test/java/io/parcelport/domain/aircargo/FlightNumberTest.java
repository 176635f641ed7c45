package io.parcelport.domain.aircargo;

import static io.parcelport.domain.Refusals.assertRefusesQuoting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FlightNumberTest {

    @ParameterizedTest
    @CsvSource({
            "CV7493, CV, 7493",
            "C80066, C8, 0066",
            "5X1, 5X, 1",
            "LH8401A, LH, 8401"})
    void splitsDesignatorAndNumber(String text, String designator, String number) {
        FlightNumber flight = FlightNumber.parse(text);

        assertThat(flight.designator()).isEqualTo(designator);
        assertThat(flight.number()).isEqualTo(number);
        assertThat(flight).hasToString(text);
    }

    @Test
    void exposesTheOperationalSuffixWhenThereIsOne() {
        assertThat(FlightNumber.parse("LH8401A").suffix()).contains("A");
        assertThat(FlightNumber.parse("CV7493").suffix()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CV7493", "cv7493", "Cv 7493", "CV 7493", "  cv7493  "})
    void normalisesCaseSpacesAndOuterWhitespace(String text) {
        assertThat(FlightNumber.parse(text)).isEqualTo(new FlightNumber("CV7493"));
        assertThat(FlightNumber.parse(text).value()).isEqualTo("CV7493");
    }

    @Test
    void upperCasesTheSuffix() {
        assertThat(FlightNumber.parse("lh 8401a")).hasToString("LH8401A");
    }

    @Test
    void keepsLeadingZerosAsWritten() {
        assertThat(FlightNumber.parse("C80066")).isNotEqualTo(FlightNumber.parse("C866"));
    }

    @Test
    void knowsTheAirlineOfAKnownDesignator() {
        assertThat(FlightNumber.parse("CV7493").airline()).map(Airline::name).contains("Cargolux Airlines");
        assertThat(FlightNumber.parse("C80066").airline()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CV", "7493", "127493", "CV74931", "CV  7493", "CV-7493", "CV7493AB", "CLX7493",
            "C 87493", "CV 7493 A", "ÇV7493", "CV7493ı"})
    void refusesWhatIsNotAnIataFlightNumber(String text) {
        assertRefusesQuoting(FlightNumber::parse, text);
    }

    @Test
    void refusesADesignatorWithoutALetter() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FlightNumber("12345"))
                .withMessageContaining("'12345'")
                .withMessageContaining("at least one letter");
    }

    @Test
    void refusesNullWithANullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> FlightNumber.parse(null));
    }
}
