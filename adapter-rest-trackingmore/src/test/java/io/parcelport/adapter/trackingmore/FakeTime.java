package io.parcelport.adapter.trackingmore;

import io.parcelport.pacing.ManualTicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The time of the tests, driven by a {@link ManualTicker}: the pacing waits on the ticker without waiting, and the
 * wall clock (for HTTP-date {@code Retry-After} values and undated shipments) is the ticker's own view, so it moves
 * with it.
 */
final class FakeTime {
    private final ManualTicker ticker = new ManualTicker(0);
    private final Clock clock;

    FakeTime(Instant start) {
        this.clock = ticker.clock(start);
    }

    FakeTime() {
        this(Instant.parse("2024-05-01T12:00:00Z"));
    }

    /** The ticker the adapter paces with. */
    ManualTicker ticker() {
        return ticker;
    }

    /** The wall clock the adapter reads, moving with {@link #ticker()}. */
    Clock clock() {
        return clock;
    }

    Instant instant() {
        return clock.instant();
    }

    void advance(Duration duration) {
        ticker.advance(duration);
    }

    List<Duration> sleeps() {
        return ticker.sleeps();
    }
}
