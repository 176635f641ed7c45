package io.parcelport.adapter.inmemory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told to, so that tests drive the simulated carriers through days in no time.
 *
 * <p>Optionally it ticks by a fixed step on every read, so that consecutive registrations get distinct times without
 * anyone sleeping. Thread-safe.
 */
public final class ManualClock extends Clock {

    private final AtomicReference<Instant> now;
    private final Duration tick;
    private final ZoneId zone;

    private ManualClock(Instant start, Duration tick) {
        this(new AtomicReference<>(Objects.requireNonNull(start, "start")), tick, ZoneOffset.UTC);
    }

    private ManualClock(AtomicReference<Instant> now, Duration tick, ZoneId zone) {
        this.now = now;
        this.tick = Objects.requireNonNull(tick, "tick");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (tick.isNegative()) {
            throw new IllegalArgumentException("tick must not be negative: " + tick);
        }
    }

    /** A clock standing still at {@code start}. */
    public static ManualClock at(Instant start) {
        return new ManualClock(start, Duration.ZERO);
    }

    /** A clock at {@code start} that moves on by {@code tick} after every read. */
    public static ManualClock ticking(Instant start, Duration tick) {
        return new ManualClock(start, tick);
    }

    /** Moves the clock forward by {@code amount}; returns the new time. */
    public Instant advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a clock only moves forward here: " + amount);
        }
        return now.updateAndGet(t -> t.plus(amount));
    }

    /** Sets the clock to {@code instant}, which must not be before the current time. */
    public void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        now.updateAndGet(t -> {
            if (instant.isBefore(t)) {
                throw new IllegalArgumentException("a clock only moves forward here: " + instant + " < " + t);
            }
            return instant;
        });
    }

    /** The current time, without ticking. */
    public Instant peek() {
        return now.get();
    }

    @Override
    public Instant instant() {
        return tick.isZero() ? now.get() : now.getAndUpdate(t -> t.plus(tick));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock seen from another zone: it shares the time, so advancing either moves both. */
    @Override
    public ManualClock withZone(ZoneId zone) {
        return new ManualClock(now, tick, zone);
    }
}
