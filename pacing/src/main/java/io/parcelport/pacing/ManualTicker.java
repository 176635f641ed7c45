package io.parcelport.pacing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Ticker} for tests: time moves only when a test advances it or when someone sleeps, and every sleep is
 * recorded, so waits are checked without waiting. Thread-safe.
 */
public final class ManualTicker implements Ticker {
    private long now;
    private final List<Duration> sleeps = new ArrayList<>();

    /** A ticker at an arbitrary non-zero origin, so that code relying on zero meaning "never" is caught. */
    public ManualTicker() {
        this(1_000_000_000L);
    }

    /** A ticker reading {@code startNanos}. */
    public ManualTicker(long startNanos) {
        this.now = startNanos;
    }

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    /** Records the sleep and moves time forward by it, at once. */
    @Override
    public synchronized void sleep(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        sleeps.add(duration);
        now += duration.toNanos();
    }

    /** Moves time forward by {@code duration} without recording a sleep. */
    public synchronized void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time cannot go back: " + duration);
        }
        now += duration.toNanos();
    }

    /** Every sleep so far, in order. */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** The sum of every sleep so far. */
    public synchronized Duration slept() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
