package io.parcelport.domain.aircargo;

import static io.parcelport.domain.Refusals.assertRefusesQuoting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AirportCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"LUX", "lux", "Lux", " LUX ", "\tlux\n"})
    void normalisesToUpperCaseWithoutOuterWhitespace(String text) {
        AirportCode code = AirportCode.of(text);

        assertThat(code.code()).isEqualTo("LUX");
        assertThat(code).isEqualTo(new AirportCode("LUX")).hasToString("LUX");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "LU", "LUXE", "L1X", "123", "L X", "LU-", "ÄRN", "ıst", "EDDF"})
    void refusesAnythingButThreeAsciiLetters(String text) {
        assertRefusesQuoting(AirportCode::of, text);
    }

    @Test
    void refusesNullWithANullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> AirportCode.of(null));
    }
}
