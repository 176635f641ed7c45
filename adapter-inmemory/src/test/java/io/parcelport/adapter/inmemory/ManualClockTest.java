package io.parcelport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ManualClockTest {
    private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

    @Test
    void standsStillUntilAdvanced() {
        ManualClock clock = ManualClock.at(START);
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.advance(Duration.ofHours(3))).isEqualTo(START.plusSeconds(3 * 3600));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aTickingClockMovesOnAfterEveryRead() {
        ManualClock clock = ManualClock.ticking(START, Duration.ofMillis(5));
        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.instant()).isEqualTo(START.plusMillis(5));
        assertThat(clock.peek()).isEqualTo(START.plusMillis(10));
    }

    @Test
    void neverMovesBackwards() {
        ManualClock clock = ManualClock.at(START);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).hasMessageContaining("PT-1S");
        assertThatThrownBy(() -> clock.set(START.minusSeconds(1))).hasMessageContaining(START.toString());
    }

    @Test
    void aZonedViewSharesTheTime() {
        ManualClock clock = ManualClock.at(START);
        ManualClock tokyo = clock.withZone(ZoneId.of("Asia/Tokyo"));
        clock.advance(Duration.ofMinutes(10));
        assertThat(tokyo.instant()).isEqualTo(START.plusSeconds(600));
        assertThat(tokyo.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        tokyo.advance(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(900));
    }
}
