package io.parcelport.domain.shipment;

import static io.parcelport.domain.Refusals.assertRefuses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingNumberTest {

    @Test
    void keepsTheNumberAsGivenApartFromOuterWhitespace() {
        assertThat(TrackingNumber.of("  RR123456785cn \n").value()).isEqualTo("RR123456785cn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9400111899223197428490", "1Z97X17XYW06605211", "LK664578623CN", "a-b_c.d", "ABC#1"})
    void acceptsRealWorldNumbers(String number) {
        assertThat(TrackingNumber.of(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void refusesBlankNumbers(String blank) {
        assertThatThrownBy(() -> TrackingNumber.of(blank))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> TrackingNumber.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("tracking number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB/123", "AB\\123", "AB..123", "..", "AB 123", "AB\u00a0123"})
    void refusesPathCharactersAndInnerWhitespace(String bad) {
        assertRefuses(TrackingNumber::of, bad).withMessageContaining("tracking number");
    }

    @Test
    void refusesControlCharactersAndNamesThemEscaped() {
        assertThatThrownBy(() -> TrackingNumber.of("AB\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AB\\u000d\\u000aX-Injected:");
    }

    @Test
    void refusesMoreThanFiftyCharactersAndAcceptsExactlyFifty() {
        String fifty = "A".repeat(50);
        assertThat(TrackingNumber.of(fifty).value()).hasSize(50);
        assertThatThrownBy(() -> TrackingNumber.of(fifty + "B"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longer than 50")
                .hasMessageContaining(fifty + "B");
    }

    @Test
    void refusesALoneSurrogateWhichEncodersWouldSendAsAQuestionMark() {
        assertThatIllegalArgumentException().isThrownBy(() -> TrackingNumber.of("RR12\uD800345CN"))
                .withMessageContaining("lone surrogate");
        assertThatIllegalArgumentException().isThrownBy(() -> TrackingNumber.of("RR12345CN\uDC00"));
    }

    @Test
    void acceptsAPairedSurrogateAsOneCharacter() {
        assertThat(TrackingNumber.of("RR12\uD83D\uDCE6345CN").value()).contains("\uD83D\uDCE6");
    }
}
