package io.parcelport.pacing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A wall clock read off a {@link Ticker}: it shows {@code origin} when made and then moves as the ticker does,
 * {@code scale} times as fast. A test that drives a {@link ManualTicker} moves its wall time with it; a simulation
 * on {@link Ticker#SYSTEM} can run faster than real time.
 *
 * <p>Monotonic like its ticker: setting the system clock back does not move it.
 */
public final class TickerClock extends Clock {
    private final Ticker ticker;
    private final Instant origin;
    private final long originNanos;
    private final double scale;
    private final ZoneId zone;

    private TickerClock(Ticker ticker, Instant origin, long originNanos, double scale, ZoneId zone) {
        this.ticker = ticker;
        this.origin = origin;
        this.originNanos = originNanos;
        this.scale = scale;
        this.zone = zone;
    }

    /**
     * A UTC clock showing {@code origin} now and running {@code scale} times as fast as {@code ticker}.
     *
     * @throws IllegalArgumentException if {@code scale} is not a finite number greater than zero
     */
    public static TickerClock of(Ticker ticker, Instant origin, double scale) {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(origin, "origin");
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a finite number greater than zero: " + scale);
        }
        return new TickerClock(ticker, origin, ticker.nanoTime(), scale, ZoneOffset.UTC);
    }

    /** The ticker this clock reads. */
    public Ticker ticker() {
        return ticker;
    }

    @Override
    public Instant instant() {
        long elapsed = ticker.nanoTime() - originNanos;
        // Scale 1 stays exact: a double holds whole nanoseconds only up to about 104 days.
        return origin.plusNanos(scale == 1 ? elapsed : (long) (elapsed * scale));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock (same origin, same ticker reading) in another zone. */
    @Override
    public Clock withZone(ZoneId newZone) {
        Objects.requireNonNull(newZone, "zone");
        return newZone.equals(zone) ? this : new TickerClock(ticker, origin, originNanos, scale, newZone);
    }

    @Override
    public String toString() {
        return "TickerClock[" + ticker + ", origin " + origin + ", scale " + scale + ", " + zone + "]";
    }
}
