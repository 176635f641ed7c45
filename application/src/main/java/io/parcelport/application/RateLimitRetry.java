package io.parcelport.application;

import io.parcelport.ports.RateLimitedException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How to respond when the backend answers "rate limited": wait as long as it says (or {@code defaultWait} when it
 * does not say), capped at {@code maxWait}, and try again, at most {@code maxAttempts} calls in all.
 *
 * <p>Only {@link RateLimitedException} is retried, because it is the one failure where the backend certainly did
 * nothing: repeating any call after it is safe, even a write. Other failures are reported, not repeated.
 *
 * @param maxAttempts calls in all, the first included; 1 disables retrying
 * @param defaultWait the wait when the backend gives no retry-after
 * @param maxWait the longest single wait, whatever the backend says
 */
public record RateLimitRetry(int maxAttempts, Duration defaultWait, Duration maxWait) {

    /** Four attempts, one second by default, never more than a minute per wait. */
    public static final RateLimitRetry DEFAULT = new RateLimitRetry(4, Duration.ofSeconds(1), Duration.ofMinutes(1));

    /** No retry at all: the first "rate limited" is reported. */
    public static final RateLimitRetry NONE = new RateLimitRetry(1, Duration.ZERO, Duration.ZERO);

    public RateLimitRetry {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        Objects.requireNonNull(defaultWait, "defaultWait");
        Objects.requireNonNull(maxWait, "maxWait");
        if (defaultWait.isNegative() || maxWait.isNegative()) {
            throw new IllegalArgumentException("waits must not be negative: " + defaultWait + ", " + maxWait);
        }
    }

    /** The wait before the next attempt after {@code failure}. */
    Duration waitAfter(RateLimitedException failure) {
        Duration wanted = failure.retryAfter().filter(d -> !d.isNegative()).orElse(defaultWait);
        return wanted.compareTo(maxWait) > 0 ? maxWait : wanted;
    }

    /**
     * Calls {@code call} through {@code limiter}, retrying on "rate limited" as this policy says; the wait is a
     * {@link RateLimiter#backOff(Duration)}, so every other caller of the same limiter waits too.
     *
     * @throws RateLimitedException the last refusal, when every attempt was refused
     */
    <T> T call(RateLimiter limiter, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            limiter.acquire();
            try {
                return call.get();
            } catch (RateLimitedException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
                limiter.backOff(waitAfter(e));
            }
        }
    }
}
