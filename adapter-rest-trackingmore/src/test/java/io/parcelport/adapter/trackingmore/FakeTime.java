package io.parcelport.adapter.trackingmore;

import io.parcelport.pacing.ManualTicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The wall clock of the tests, driven by a {@link ManualTicker}: the pacing waits on the ticker without waiting, and
 * the wall time (for HTTP-date {@code Retry-After} values and undated shipments) moves with it.
 */
final class FakeTime extends Clock {
    private final Instant start;
    private final ManualTicker ticker = new ManualTicker(0);

    FakeTime(Instant start) {
        this.start = start;
    }

    FakeTime() {
        this(Instant.parse("2024-05-01T12:00:00Z"));
    }

    /** The ticker the adapter paces with. */
    ManualTicker ticker() {
        return ticker;
    }

    void advance(Duration duration) {
        ticker.advance(duration);
    }

    List<Duration> sleeps() {
        return ticker.sleeps();
    }

    @Override
    public Instant instant() {
        return start.plusNanos(ticker.nanoTime());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
