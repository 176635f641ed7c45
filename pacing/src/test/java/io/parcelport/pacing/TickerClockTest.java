package io.parcelport.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TickerClockTest {
    private static final Instant ORIGIN = Instant.parse("2024-05-01T12:00:00Z");

    @Test
    void showsTheOriginAndMovesWithTheTickerWhateverItsReading() {
        ManualTicker ticker = new ManualTicker();
        Clock clock = ticker.clock(ORIGIN);

        assertThat(clock.instant()).isEqualTo(ORIGIN);
        ticker.advance(Duration.ofSeconds(3));
        ticker.sleep(Duration.ofNanos(7));

        assertThat(clock.instant()).isEqualTo(ORIGIN.plusSeconds(3).plusNanos(7));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aScaledClockRunsFasterThanItsTicker() {
        ManualTicker ticker = new ManualTicker(0);
        TickerClock clock = TickerClock.of(ticker, ORIGIN, 3600);

        ticker.advance(Duration.ofSeconds(2));

        assertThat(clock.instant()).isEqualTo(ORIGIN.plus(Duration.ofHours(2)));
        assertThat(clock.ticker()).isSameAs(ticker);
    }

    @Test
    void anotherZoneKeepsTheSameInstant() {
        ManualTicker ticker = new ManualTicker();
        Clock clock = ticker.clock(ORIGIN);
        ticker.advance(Duration.ofMinutes(1));

        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));
        ticker.advance(Duration.ofMinutes(1));

        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(paris.instant()).isEqualTo(clock.instant()).isEqualTo(ORIGIN.plus(Duration.ofMinutes(2)));
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void aScaleThatIsNotAPositiveFiniteNumberIsRefused(double scale) {
        assertThatThrownBy(() -> TickerClock.of(new ManualTicker(), ORIGIN, scale))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(scale));
    }
}
