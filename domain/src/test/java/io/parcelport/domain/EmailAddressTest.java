package io.parcelport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "anna.lind@example.se", "x+tag@sub.example.com", "o'neil@example.ie"})
    void acceptsAnythingWithSomethingBeforeAnAtAndNoWhitespace(String address) {
        assertThat(new EmailAddress(address).value()).isEqualTo(address);
        assertThat(EmailAddress.parse(address)).contains(new EmailAddress(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "anna", "@example.se", "anna lind@example.se", " a@b", "a@b\n", "a\u0000@b"})
    void refusesWhatIsPlainlyNotAnAddressNamingTheValue(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress(text))
                .withMessageStartingWith("not an e-mail address: '");
        assertThat(EmailAddress.parse(text)).isEmpty();
    }

    @Test
    void showsControlCharactersEscapedInTheMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("a@b\u0007"))
                .withMessageContaining("'a@b\\u0007'");
    }

    @Test
    void refusesNullButParsesItAsNothing() {
        assertThatNullPointerException().isThrownBy(() -> new EmailAddress(null)).withMessageContaining("e-mail");
        assertThat(EmailAddress.parse(null)).isEmpty();
    }

    @Test
    void printsAsTheAddress() {
        assertThat(new EmailAddress("a@b")).hasToString("a@b");
    }
}
