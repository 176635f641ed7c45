package io.parcelport.domain.carrier;

import static io.parcelport.domain.Refusals.assertRefuses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CarrierCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"usps", "china-ems", "deutsch-post", "4px", "postnl-3s", "some_carrier"})
    void acceptsSlugs(String slug) {
        assertThat(CarrierCode.of(slug).value()).isEqualTo(slug);
    }

    @Test
    void normalisesToLowerCase() {
        assertThat(CarrierCode.of(" USPS ")).isEqualTo(CarrierCode.of("usps"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"u s p s", "usps/../x", "dhl?x=1", "ups%2F", "ça-poste", "dh\nl"})
    void refusesAnythingOutsideTheSlugAlphabetAndNamesIt(String bad) {
        assertRefuses(CarrierCode::of, bad).withMessageContaining("[a-z0-9-_]");
    }

    @Test
    void refusesBlankAndOverlongCodes() {
        assertThatThrownBy(() -> CarrierCode.of(" ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> CarrierCode.of("x".repeat(65))).hasMessageContaining("x".repeat(65));
    }
}
