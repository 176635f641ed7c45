package io.parcelport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @Test
    void normalisesToUpperCase() {
        assertThat(CountryCode.of(" cn ").value()).isEqualTo("CN");
    }

    @Test
    void mapsTheReservedUkToGb() {
        assertThat(CountryCode.of("uk")).isEqualTo(CountryCode.of("GB"));
    }

    @Test
    void acceptsKosovo() {
        assertThat(CountryCode.of("XK").englishName()).isEqualTo("Kosovo");
    }

    @Test
    void knowsEnglishNames() {
        assertThat(CountryCode.of("CN").englishName()).isEqualTo("China");
        assertThat(CountryCode.of("US").englishName()).isEqualTo("United States");
    }

    @ParameterizedTest
    @ValueSource(strings = {"USA", "C", "1A", "C N", "Ü1"})
    void refusesValuesThatAreNotTwoLetters(String bad) {
        assertThatThrownBy(() -> CountryCode.of(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two letters")
                .hasMessageContaining(bad.strip());
    }

    @Test
    void refusesUnassignedTwoLetterCodes() {
        assertThatThrownBy(() -> CountryCode.of("QQ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'QQ'");
        assertThat(CountryCode.isValid("QQ")).isFalse();
        assertThat(CountryCode.isValid("de")).isTrue();
    }
}
