package io.parcelport.pacing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A monotonic clock that can also wait: the only way pacing reads time or sleeps, so that tests replace both at once.
 *
 * <p>Monotonic on purpose: a wall clock set back by NTP would stretch a rate-limit wait or a deadline.
 */
public interface Ticker {

    /** The ticker of the running JVM: {@link System#nanoTime()} and {@link Thread#sleep(long, int)}. */
    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (duration.isNegative() || duration.isZero()) {
                return;
            }
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }

        @Override
        public String toString() {
            return "Ticker.SYSTEM";
        }
    };

    /** Nanoseconds since an arbitrary origin; only differences mean anything. */
    long nanoTime();

    /** Waits for {@code duration}; returns at once for zero or less. */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * A UTC wall clock that shows {@code origin} now and moves with this ticker, so that code given both a
     * {@link Clock} and this ticker sees one time: see {@link TickerClock}.
     */
    default Clock clock(Instant origin) {
        return TickerClock.of(this, origin, 1);
    }
}
