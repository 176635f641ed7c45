package io.parcelport.wire.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.ports.StatusCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ManualStatusCodesTest {

    @Test
    void writesTheDocumentedNumbers() {
        assertThat(ManualStatusCodes.write(StatusCommand.MARK_DELIVERED)).isEqualTo(4);
        assertThat(ManualStatusCodes.write(StatusCommand.MARK_EXCEPTION)).isEqualTo(7);
        assertThat(ManualStatusCodes.write(StatusCommand.REVERT_TO_CARRIER)).isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(StatusCommand.class)
    void readsBackEveryCommandItWrites(StatusCommand command) {
        assertThat(ManualStatusCodes.read(ManualStatusCodes.write(command))).contains(command);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 0, 1, 3, 5, 6, 9, 4_000_000_004L})
    void readsNoCommandFromAnyOtherNumber(long number) {
        assertThat(ManualStatusCodes.read(number)).isEmpty();
    }
}
