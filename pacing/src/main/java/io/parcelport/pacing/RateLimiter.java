package io.parcelport.pacing;

import java.time.Duration;
import java.util.Objects;

/**
 * A rate limit shared by every thread of one backend, as a generic cell rate algorithm (GCRA): each caller reserves
 * the next free slot under a lock and then waits for it outside the lock, or reserves nothing when the slot is
 * further away than it is willing to wait.
 *
 * <p>With a burst of 1 the calls are spaced evenly (one per 1/rate seconds), which is what TrackingMore needs: it
 * answers errors when more than three real-time calls land within one second, and a bucket that bursts at a second
 * boundary can do that.
 */
public final class RateLimiter {
    private final double perSecond;
    private final long intervalNanos;
    private final long toleranceNanos;
    private final Ticker ticker;
    private long theoreticalArrival;

    /**
     * A limiter of {@code perSecond} calls per second that lets {@code burst} calls through at once.
     *
     * @throws IllegalArgumentException when the rate is not positive and finite or the burst is below 1
     */
    public RateLimiter(double perSecond, int burst, Ticker ticker) {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("perSecond must be positive and finite: " + perSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1: " + burst);
        }
        this.perSecond = perSecond;
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.intervalNanos = (long) Math.ceil(1_000_000_000d / perSecond);
        this.toleranceNanos = (burst - 1) * intervalNanos;
        this.theoreticalArrival = ticker.nanoTime();
    }

    /** A limiter that spaces calls evenly at {@code perSecond}. */
    public static RateLimiter evenlySpaced(double perSecond, Ticker ticker) {
        return new RateLimiter(perSecond, 1, ticker);
    }

    /** The calls per second this limiter allows. */
    public double perSecond() {
        return perSecond;
    }

    /**
     * Reserves the next slot when it is at most {@code maxWait} away.
     *
     * @return the slot: granted with the wait before it, or refused with how far away it was (nothing reserved)
     */
    public Slot reserve(Duration maxWait) {
        long limit = Objects.requireNonNull(maxWait, "maxWait").toNanos();
        synchronized (this) {
            long now = ticker.nanoTime();
            long arrival = now - theoreticalArrival > 0 ? now : theoreticalArrival;
            long wait = Math.max(0, arrival - toleranceNanos - now);
            if (wait > limit) {
                return new Slot(false, Duration.ofNanos(wait));
            }
            theoreticalArrival = arrival + intervalNanos;
            return new Slot(true, Duration.ofNanos(wait));
        }
    }

    /**
     * The answer to a reservation.
     *
     * @param granted whether the slot is the caller's
     * @param delay how long until the slot: to wait for when granted, too long when refused
     */
    public record Slot(boolean granted, Duration delay) {
    }
}
