package io.parcelport.domain.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubStatusTest {

    @Test
    void carriesTheMeaningTheBackendGaveStripped() {
        SubStatus subStatus = new SubStatus("held-07", Optional.of("  Held at the depot "));

        assertThat(subStatus.meaning()).contains("Held at the depot");
        assertThat(new SubStatus("held-07", Optional.of("   ")).meaning()).isEmpty();
        assertThat(new SubStatus("held-07").meaning()).isEmpty();
    }

    @Test
    void isEqualToTheSameCodeWhateverMeaningCameWithIt() {
        SubStatus glossed = new SubStatus("held-07", Optional.of("Held at the depot"));

        assertThat(glossed).isEqualTo(new SubStatus("HELD-07")).hasSameHashCodeAs(new SubStatus("held-07"));
        assertThat(glossed).isNotEqualTo(new SubStatus("held-08", Optional.of("Held at the depot")));
    }

    @Test
    void refusesANullMeaning() {
        assertThatNullPointerException().isThrownBy(() -> new SubStatus("held-07", null))
                .withMessageContaining("meaning");
    }

    @Test
    void trimsAndLowerCases() {
        SubStatus subStatus = new SubStatus("  TRANSIT004\t");

        assertThat(subStatus.code()).isEqualTo("transit004");
        assertThat(subStatus).isEqualTo(new SubStatus("transit004"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"held-at-depot", "customs_7", "42", "transitional001", "é-livré", "not found001"})
    void keepsAnyCodeAsItWasSentApartFromCaseAndSurroundingSpace(String code) {
        SubStatus subStatus = new SubStatus(code);

        assertThat(subStatus.code()).isEqualTo(code);
        assertThat(subStatus.meaning()).isEmpty();
    }

    @Test
    void acceptsACodeOfExactlyTheMaximumLength() {
        String longest = "x".repeat(SubStatus.MAX_LENGTH);

        assertThat(new SubStatus(longest).code()).hasSize(SubStatus.MAX_LENGTH);
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> new SubStatus(null)).withMessageContaining("code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesBlankCodesNamingThem(String blank) {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubStatus(blank))
                .withMessageContaining("must not be blank");
    }

    @Test
    void refusesControlCharactersShowingThemEscaped() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubStatus("transit\u0000001"))
                .withMessageContaining("control characters")
                .withMessageContaining("'transit\\u0000001'");
    }

    @Test
    void refusesOverlongCodesNamingTheValueAndItsLength() {
        String tooLong = "transit" + "0".repeat(SubStatus.MAX_LENGTH);

        assertThatIllegalArgumentException().isThrownBy(() -> new SubStatus(tooLong))
                .withMessageContaining("at most 64 characters, got 71")
                .withMessageContaining("'transit000");
    }

    @Test
    void refusesAHugeValueWithoutPuttingAllOfItInTheMessage() {
        String huge = "y".repeat(10_000);

        assertThatIllegalArgumentException().isThrownBy(() -> new SubStatus(huge))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200).contains("(10000 chars)"));
    }

    @Test
    void readsAbsentCodesAsNoSubStatus() {
        assertThat(SubStatus.ofNullable(null)).isEmpty();
        assertThat(SubStatus.ofNullable("  ")).isEmpty();
        assertThat(SubStatus.ofNullable("Transit001")).contains(new SubStatus("transit001"));
    }

    @Test
    void normalisingTwiceChangesNothing() {
        for (String code : new String[] {"Held-At-Depot ", " PICKUP002 ", "exception010", "Mystery-7"}) {
            SubStatus once = new SubStatus(code);

            assertThat(new SubStatus(once.code())).isEqualTo(once);
        }
    }
}
