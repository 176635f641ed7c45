package io.parcelport.domain.aircargo;

import static io.parcelport.domain.Refusals.assertRefusesQuoting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AirWaybillTest {

    @ParameterizedTest
    @ValueSource(strings = {"172-28891936", "17228891936", "172 28891936", "  172-28891936\t", "\n17228891936 "})
    void readsEveryAcceptedSpellingAsTheSameWaybill(String text) {
        AirWaybill waybill = AirWaybill.parse(text);

        assertThat(waybill).isEqualTo(new AirWaybill("172", "28891936"));
        assertThat(waybill.prefix()).isEqualTo("172");
        assertThat(waybill.serial()).isEqualTo("28891936");
    }

    @Test
    void printsTheDashedForm() {
        AirWaybill waybill = AirWaybill.parse("172 28891936");

        assertThat(waybill.value()).isEqualTo("172-28891936");
        assertThat(waybill).hasToString("172-28891936");
    }

    @Test
    void keepsLeadingZerosOfPrefixAndSerial() {
        AirWaybill waybill = AirWaybill.parse("020-00000000");

        assertThat(waybill.prefix()).isEqualTo("020");
        assertThat(waybill.serial()).isEqualTo("00000000");
        assertThat(waybill).hasToString("020-00000000");
    }

    @Test
    void knowsTheAirlineThatOwnsThePrefix() {
        assertThat(AirWaybill.parse("172-28891936").airline())
                .hasValueSatisfying(airline -> {
                    assertThat(airline.name()).isEqualTo("Cargolux Airlines");
                    assertThat(airline.designator()).contains("CV");
                    assertThat(airline.prefix()).isEqualTo("172");
                });
    }

    @Test
    void hasNoAirlineForAPrefixNobodyOwns() {
        assertThat(AirWaybill.parse("000-00000000").airline()).isEmpty();
    }

    @Test
    void refusesAWaybillWhoseCheckDigitIsWrong() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AirWaybill.parse("172-28891937"))
                .withMessageContaining("'172-28891937'")
                .withMessageContaining("6 was expected");
    }

    @Test
    void refusesACheckDigitThatNoRemainderModuloSevenCanBe() {
        // 1234567 mod 7 = 5; 7, 8 and 9 can never be check digits.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AirWaybill.parse("176-12345679"))
                .withMessageContaining("'176-12345679'")
                .withMessageContaining("5 was expected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "172", "172-2889193", "172-288919361", "1722889193", "172288919366", "17-28891936"})
    void refusesAWaybillOfTheWrongLength(String text) {
        assertRefusesQuoting(AirWaybill::parse, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"17A-28891936", "172-2889193X", "ABC-DEFGHIJK", "172-2889 1936", "172--28891936",
            "172_28891936", "172/28891936", "1722-8891936", "١٧٢-٢٨٨٩١٩٣٦"})
    void refusesNonDigitsAndMisplacedSeparators(String text) {
        assertRefusesQuoting(AirWaybill::parse, text);
    }

    @Test
    void refusesNullWithANullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> AirWaybill.parse(null));
        assertThatNullPointerException().isThrownBy(() -> new AirWaybill(null, "28891936"));
        assertThatNullPointerException().isThrownBy(() -> new AirWaybill("172", null));
    }

    @Test
    void validatesThePartsWhenConstructedDirectly() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AirWaybill("17", "28891936"))
                .withMessageContaining("'17'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AirWaybill("172", "2889193"))
                .withMessageContaining("'2889193'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AirWaybill("172", "28891930"))
                .withMessageContaining("'28891930'")
                .withMessageContaining("6 was expected");
    }

    @Test
    void tellsValidNumbersWithoutThrowing() {
        assertThat(AirWaybill.isValid("172-28891936")).isTrue();
        assertThat(AirWaybill.isValid(" 176 12345675 ")).isTrue();
        assertThat(AirWaybill.isValid("172-28891937")).isFalse();
        assertThat(AirWaybill.isValid("not a waybill")).isFalse();
        assertThat(AirWaybill.isValid(null)).isFalse();
    }

    @Nested
    class TheAirlinePrefixTable {

        @ParameterizedTest
        @CsvSource({
                "001, American, AA", "006, Delta, DL", "014, Air Canada, AC", "016, United, UA",
                "020, Lufthansa, LH", "023, FedEx, FX", "055, ITA Airways, AZ", "057, Air France, AF",
                "065, Saudia, SV", "074, KLM, KL", "081, Qantas, QF", "112, China Cargo, CK",
                "125, British Airways, BA", "131, Japan Airlines, JL", "157, Qatar, QR", "160, Cathay, CX",
                "172, Cargolux, CV", "176, Emirates, EK", "180, Korean, KE", "205, All Nippon, NH", "217, Thai, TG",
                "235, Turkish, TK", "297, China Airlines, CI", "369, Atlas, 5Y", "406, UPS, 5X", "607, Etihad, EY",
                "615, European Air Transport, QY", "618, Singapore, SQ", "695, EVA, BR", "724, Swiss, LX",
                "784, China Southern, CZ", "933, Nippon Cargo, KZ", "988, Asiana, OZ", "999, Air China, CA"})
        void knowsTheLargeCargoCarriers(String prefix, String name, String designator) {
            assertThat(Airline.byPrefix(prefix)).hasValueSatisfying(airline -> {
                assertThat(airline.name()).contains(name);
                assertThat(airline.designator()).contains(designator);
            });
        }

        @Test
        void coversAtLeastThirtyAirlinesWithDistinctPrefixesAndDesignators() {
            assertThat(Airline.known()).hasSizeGreaterThanOrEqualTo(30);
            Set<String> designators = Airline.known().stream()
                    .flatMap(airline -> airline.designator().stream())
                    .collect(Collectors.toSet());
            assertThat(designators).hasSameSizeAs(Airline.known());
            assertThat(Airline.known()).extracting(Airline::prefix).isSorted().doesNotHaveDuplicates();
        }

        @Test
        void findsAnAirlineByItsDesignatorInAnyCase() {
            assertThat(Airline.byDesignator("cv")).map(Airline::prefix).contains("172");
            assertThat(Airline.byDesignator("C8")).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({
                "17, Cargolux Airlines, CV, 17",
                "172, ' ', CV, ' '",
                "172, Cargolux Airlines, 12, 12",
                "172, Cargolux Airlines, cv, cv"})
        void refusesAnAirlineWithAMalformedPrefixNameOrDesignator(String prefix, String name, String designator,
                String bad) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Airline.of(prefix, name, designator))
                    .withMessageContaining("'" + bad + "'");
        }

        @Test
        void refusesAnAirlineWithANullDesignatorOptional() {
            assertThatNullPointerException()
                    .isThrownBy(() -> new Airline("172", "Cargolux Airlines", null));
        }

        @Test
        void allowsAnAirlineWithoutADesignator() {
            assertThat(new Airline("999", "Air China", Optional.empty()).designator()).isEmpty();
        }
    }

    @Test
    void aRefusedWaybillIsQuotedWithoutRawLineBreaksAndCutShort() {
        String hostile = "172-2889193\r\nforged log line" + "9".repeat(10_000);

        assertThatIllegalArgumentException().isThrownBy(() -> AirWaybill.parse(hostile))
                .withMessageNotContaining("\r").withMessageNotContaining("\n")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
    }
}
