package io.parcelport.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * The bad days an {@link Emulator} injects: added latency, and the shares of requests answered 500, 503 or 429,
 * dropped or cut off, drawn from a generator seeded with {@link #seed()} so that the same requests in the same order
 * meet the same faults.
 *
 * @param minLatency the least added latency per request
 * @param maxLatency the most added latency per request
 * @param serverErrorShare share of requests answered HTTP 500 (meta 500)
 * @param unavailableShare share of requests answered HTTP 503 (meta 503, maintenance)
 * @param rateLimitedShare share of requests answered HTTP 429 (meta 429) with {@code Retry-After}
 * @param retryAfter the {@code Retry-After} of rate-limited answers (injected or enforced)
 * @param droppedShare share of requests whose connection is dropped without an answer
 * @param truncatedShare share of requests whose answer body is cut off half-way
 * @param seed the seed of every random fault choice
 */
public record FaultOptions(Duration minLatency, Duration maxLatency, double serverErrorShare,
        double unavailableShare, double rateLimitedShare, Duration retryAfter, double droppedShare,
        double truncatedShare, long seed) {

    /** No fault at all; a 429 still says to wait 120 s, TrackingMore's documented pause. */
    public static final FaultOptions NONE = new FaultOptions(Duration.ZERO, Duration.ZERO, 0, 0, 0,
            Duration.ofSeconds(120), 0, 0, 42);

    /**
     * Checks each setting on its own; whether the shares add up to at most 1 is {@link #requireSharesAtMostOne()},
     * checked once all are set.
     *
     * @throws IllegalArgumentException for a share outside 0 to 1, latencies not {@code 0 <= min <= max} or a negative
     *     {@code retryAfter}, naming the value
     */
    public FaultOptions {
        Objects.requireNonNull(minLatency, "min");
        Objects.requireNonNull(maxLatency, "max");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (minLatency.isNegative() || maxLatency.compareTo(minLatency) < 0) {
            throw new IllegalArgumentException("need 0 <= min <= max: " + minLatency + ", " + maxLatency);
        }
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
        }
        share(serverErrorShare, "500 share");
        share(unavailableShare, "503 share");
        share(rateLimitedShare, "429 share");
        share(droppedShare, "dropped share");
        share(truncatedShare, "truncated share");
    }

    /** Whether any fault is injected. */
    public boolean injectsAny() {
        return !maxLatency.isZero() || serverErrorShare > 0 || unavailableShare > 0 || rateLimitedShare > 0
                || droppedShare > 0 || truncatedShare > 0;
    }

    /** These options, if the shares of all faults add up to at most 1 (one draw picks at most one fault). */
    public FaultOptions requireSharesAtMostOne() {
        if (serverErrorShare + unavailableShare + rateLimitedShare + droppedShare + truncatedShare > 1) {
            throw new IllegalArgumentException("fault shares add up to more than 1");
        }
        return this;
    }

    FaultOptions withLatency(Duration min, Duration max) {
        return new FaultOptions(min, max, serverErrorShare, unavailableShare, rateLimitedShare, retryAfter,
                droppedShare, truncatedShare, seed);
    }

    FaultOptions withServerErrors(double share500, double share503) {
        return new FaultOptions(minLatency, maxLatency, share500, share503, rateLimitedShare, retryAfter,
                droppedShare, truncatedShare, seed);
    }

    FaultOptions withRateLimited(double share) {
        return new FaultOptions(minLatency, maxLatency, serverErrorShare, unavailableShare, share, retryAfter,
                droppedShare, truncatedShare, seed);
    }

    FaultOptions withRetryAfter(Duration value) {
        return new FaultOptions(minLatency, maxLatency, serverErrorShare, unavailableShare, rateLimitedShare, value,
                droppedShare, truncatedShare, seed);
    }

    FaultOptions withDropped(double share) {
        return new FaultOptions(minLatency, maxLatency, serverErrorShare, unavailableShare, rateLimitedShare,
                retryAfter, share, truncatedShare, seed);
    }

    FaultOptions withTruncated(double share) {
        return new FaultOptions(minLatency, maxLatency, serverErrorShare, unavailableShare, rateLimitedShare,
                retryAfter, droppedShare, share, seed);
    }

    FaultOptions withSeed(long value) {
        return new FaultOptions(minLatency, maxLatency, serverErrorShare, unavailableShare, rateLimitedShare,
                retryAfter, droppedShare, truncatedShare, value);
    }

    @Override
    public String toString() {
        return "latency=" + minLatency.toMillis() + "-" + maxLatency.toMillis() + " ms, 500=" + serverErrorShare
                + ", 503=" + unavailableShare + ", 429=" + rateLimitedShare + ", dropped=" + droppedShare
                + ", truncated=" + truncatedShare + ", seed=" + seed;
    }

    private static void share(double value, String what) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1: " + value);
        }
    }
}
