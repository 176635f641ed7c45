package io.parcelport.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that starts at the real time and runs {@code scale} times faster, so simulated parcels move visibly. */
final class ScaledClock extends Clock {
    private final Clock base;
    private final Instant origin;
    private final double scale;

    ScaledClock(Clock base, double scale) {
        this.base = base;
        this.origin = base.instant();
        this.scale = scale;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Duration real = Duration.between(origin, base.instant());
        return origin.plusNanos((long) (real.toNanos() * scale));
    }
}
