package io.parcelport.pacing;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.TransportException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed call is repeated: exponential backoff with full jitter (a random wait between zero and
 * {@code min(maxDelay, baseDelay * 2^(attempt-1))}), the vendor's {@code Retry-After} or else a cool-down after a
 * "too many requests" answer, and a bound on any single wait.
 *
 * <p>A call makes at most {@code maxAttempts} requests, the first included, whatever fails: with {@link #DEFAULT}, a
 * 429 without {@code Retry-After} costs at most 3 requests and two cool-downs of 120 s. A {@code Retry-After} longer
 * than {@code maxRetryWait} is not waited for: the {@link RateLimitedException} is thrown at once, carrying it.
 *
 * <p>Which failures are repeated: only those {@link BackendException#isRetryable()} says may succeed later, and for an
 * operation that is not safe to repeat (one the backend may have carried out before failing), only those that prove
 * the backend did nothing: a "too many requests" answer and a refused connection. A server error, even 503, may come
 * after the work was done, so it does not count.
 *
 * @param maxAttempts attempts per call, the first included (1 = never retry)
 * @param baseDelay the backoff before the second attempt, before jitter
 * @param maxDelay the cap of any backoff, before jitter
 * @param rateLimitCoolDown the wait after a "too many requests" answer without {@code Retry-After} (TrackingMore
 *     documents two minutes)
 * @param maxRetryWait the longest single wait before a retry; a longer one fails the call instead
 * @param retryUnsafeOperations also repeat operations that are not safe to repeat after an ambiguous failure
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration rateLimitCoolDown,
        Duration maxRetryWait, boolean retryUnsafeOperations) {

    /** 3 attempts, 500 ms base, 10 s cap, 120 s cool-down, waits up to 120 s, safe operations only. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(10),
            Duration.ofSeconds(120), Duration.ofSeconds(120), false);

    /** Never retry. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO,
            Duration.ofSeconds(120), Duration.ZERO, false);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        nonNegative(baseDelay, "baseDelay");
        nonNegative(maxDelay, "maxDelay");
        nonNegative(rateLimitCoolDown, "rateLimitCoolDown");
        nonNegative(maxRetryWait, "maxRetryWait");
    }

    /** The same policy with another number of attempts. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, maxDelay, rateLimitCoolDown, maxRetryWait, retryUnsafeOperations);
    }

    /**
     * The wait before repeating a call whose attempt number {@code attempt} failed, or empty when it must not be
     * repeated.
     *
     * @param failure what went wrong
     * @param attempt the attempt that failed, 1 for the first
     * @param safeToRepeat whether the operation may be repeated after the backend possibly carried it out
     * @param jitter a random number in [0, 1) that picks the backoff within its range
     */
    public Optional<Duration> retryDelay(BackendException failure, int attempt, boolean safeToRepeat, double jitter) {
        Objects.requireNonNull(failure, "failure");
        if (attempt >= maxAttempts || !failure.isRetryable()) {
            return Optional.empty();
        }
        if (!safeToRepeat && !retryUnsafeOperations && !provablyNotProcessed(failure)) {
            return Optional.empty();
        }
        Duration wait;
        if (failure instanceof RateLimitedException limited) {
            if (limited.httpStatus().isEmpty()) {
                return Optional.empty(); // our own limit refused: waiting longer is what it just declined to do
            }
            wait = limited.retryAfter().orElse(rateLimitCoolDown);
        } else {
            double cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() * Math.pow(2, attempt - 1));
            wait = Duration.ofMillis((long) (jitter * cap));
        }
        return wait.compareTo(maxRetryWait) > 0 ? Optional.empty() : Optional.of(wait);
    }

    /** Failures after which the backend certainly did nothing, so that even an unsafe call may be repeated. */
    static boolean provablyNotProcessed(BackendException failure) {
        if (failure instanceof RateLimitedException) {
            return true;
        }
        return failure instanceof TransportException && failure.getCause() instanceof ConnectException;
    }

    static Duration nonNegative(Duration value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
        return value;
    }
}
