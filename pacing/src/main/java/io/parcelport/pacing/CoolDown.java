package io.parcelport.pacing;

import java.time.Duration;
import java.util.Objects;

/**
 * A pause shared by every caller of one backend: once the vendor answers "too many requests", nobody calls it again
 * until the pause is over, instead of each thread learning it with a request of its own.
 */
public final class CoolDown implements AccountCoolDown {
    private final Ticker ticker;
    private boolean active;
    private long untilNanos;

    /** A cool-down, not started, on {@code ticker}. */
    public CoolDown(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /** Pauses every caller for {@code duration} from now, unless a longer pause is already running. */
    @Override
    public void start(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        synchronized (this) {
            long until = ticker.nanoTime() + duration.toNanos();
            if (!active || until - untilNanos > 0) {
                untilNanos = until;
                active = true;
            }
        }
    }

    /** How long the pause still lasts; zero when there is none. */
    @Override
    public Duration remaining() {
        synchronized (this) {
            if (!active) {
                return Duration.ZERO;
            }
            long left = untilNanos - ticker.nanoTime();
            if (left <= 0) {
                active = false;
                return Duration.ZERO;
            }
            return Duration.ofNanos(left);
        }
    }
}
