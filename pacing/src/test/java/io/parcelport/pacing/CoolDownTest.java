package io.parcelport.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CoolDownTest {
    private final ManualTicker ticker = new ManualTicker();
    private final CoolDown coolDown = new CoolDown(ticker);

    @Test
    void nothingIsPausedUntilACoolDownStarts() {
        assertThat(coolDown.remaining()).isZero();
    }

    @Test
    void aCoolDownRunsOutAsTimePasses() {
        coolDown.start(Duration.ofSeconds(120));
        ticker.advance(Duration.ofSeconds(100));

        assertThat(coolDown.remaining()).isEqualTo(Duration.ofSeconds(20));
        ticker.advance(Duration.ofSeconds(20));
        assertThat(coolDown.remaining()).isZero();
    }

    @Test
    void aShorterCoolDownDoesNotCutALongerOneShort() {
        coolDown.start(Duration.ofSeconds(120));
        coolDown.start(Duration.ofSeconds(7));

        assertThat(coolDown.remaining()).isEqualTo(Duration.ofSeconds(120));
        coolDown.start(Duration.ofSeconds(300));
        assertThat(coolDown.remaining()).isEqualTo(Duration.ofSeconds(300));
    }
}
