package io.parcelport.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * A client-side limit on how often a backend is called: a token bucket shared by every thread that calls through it.
 *
 * <p>Implemented as the generic cell rate algorithm: each call reserves the next free slot, spaced {@code 1/rate}
 * apart, with up to {@code burst} calls allowed back to back after a quiet period. Reservations are taken under a
 * lock and the waiting is done outside it, so concurrent callers queue up in slot order without holding each other.
 * When the backend still answers "rate limited", {@link #backOff(Duration)} pushes every caller back, not just the
 * one that was refused: a shared pause, not a thundering herd of retries.
 *
 * <p>Time comes from an injectable {@link Clock} and waits go through a {@link Sleeper}, so tests advance a fake
 * clock instead of sleeping.
 */
public final class RateLimiter {

    private final long intervalNanos;
    private final long toleranceNanos;
    private final Clock clock;
    private final Sleeper sleeper;
    // "Theoretical arrival time": the earliest instant (nanos since the epoch) at which the bucket is full again.
    private long tat;

    /**
     * A limiter allowing {@code permitsPerSecond} calls a second, at most {@code burst} of them back to back.
     *
     * @param permitsPerSecond the sustained rate; {@link Double#POSITIVE_INFINITY} for no limit (only back-offs)
     * @param burst how many calls may follow each other without spacing after a quiet period, at least 1
     * @param clock where time comes from
     * @param sleeper how to wait
     */
    public RateLimiter(double permitsPerSecond, int burst, Clock clock, Sleeper sleeper) {
        if (!(permitsPerSecond > 0)) {
            throw new IllegalArgumentException("permitsPerSecond must be positive: " + permitsPerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1: " + burst);
        }
        // Round the interval up: a limiter that is a nanosecond too slow is fine, one that is too fast gets 429s.
        this.intervalNanos = Double.isInfinite(permitsPerSecond) ? 0 : (long) Math.ceil(1e9 / permitsPerSecond);
        this.toleranceNanos = (burst - 1) * intervalNanos;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.tat = nanos(clock.instant());
    }

    /**
     * Evenly spaced calls at {@code permitsPerSecond} (burst 1), on the system clock.
     *
     * <p>Burst 1 is the safe default against a backend that counts calls in a sliding window; the retry on "rate
     * limited" absorbs what edge effects remain.
     */
    public static RateLimiter perSecond(double permitsPerSecond) {
        return new RateLimiter(permitsPerSecond, 1, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** A limiter that never spaces calls, but still honours {@link #backOff(Duration)}. */
    public static RateLimiter unlimited(Clock clock, Sleeper sleeper) {
        return new RateLimiter(Double.POSITIVE_INFINITY, 1, clock, sleeper);
    }

    /**
     * Waits until this caller may call the backend.
     *
     * @throws CancellationException if the thread is interrupted while waiting; the interrupt flag is set again
     */
    public void acquire() {
        Duration wait = reserve();
        if (wait.isZero()) {
            return;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("interrupted while waiting " + wait
                    + " for the backend's rate limit");
            cancelled.initCause(e);
            throw cancelled;
        }
    }

    /** Takes the next slot and says how long to wait for it; package-private so tests can look at the schedule. */
    synchronized Duration reserve() {
        long now = nanos(clock.instant());
        long slot = Math.max(now, tat - toleranceNanos);
        tat = Math.max(tat, slot) + intervalNanos;
        return Duration.ofNanos(slot - now);
    }

    /**
     * Makes every caller wait at least {@code pause} from now, as when the backend says "retry after".
     *
     * @param pause how long no call should be made
     */
    public synchronized void backOff(Duration pause) {
        Objects.requireNonNull(pause, "pause");
        if (pause.isNegative()) {
            throw new IllegalArgumentException("pause must not be negative: " + pause);
        }
        // The next call may go at now + pause: move the bucket so that its next slot is exactly then.
        long resume = nanos(clock.instant()) + pause.toNanos();
        tat = Math.max(tat, resume + toleranceNanos);
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
