package io.parcelport.adapter.trackingmorev4;

import io.parcelport.pacing.RateLimiter;
import io.parcelport.ports.BackendLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * The v4 adapter's client-side rate limits, shared by all threads of one backend: callers wait for a slot, up to
 * {@code maxWait}, and only then fail with {@code RateLimitedException}.
 *
 * <p>TrackingMore v4's documented limits are stated once, in {@link #DOCUMENTED} (v4 reference §8): 10 calls per
 * second in general, 3 per second for {@code POST /trackings/create} (a real-time call), 40 per batch, and after a
 * 429 no call for 120 s (the retry policy's cool-down, or {@code Retry-After} when the answer has one). A create call
 * waits on the create limiter only, every other call on the general one: which calls v4's 10 TPS counts is not
 * documented, and the stricter create limit keeps the sum within 13 a second at worst.
 *
 * @param generalPerSecond every call but create, per second (TrackingMore: 10)
 * @param createPerSecond create calls per second (TrackingMore: 3)
 * @param maxWait the longest a caller waits for a slot or for the end of a cool-down
 * @param margin how much longer than one second the client counts a second's calls over (see {@link RateLimiter})
 */
public record V4RateLimits(double generalPerSecond, double createPerSecond, Duration maxWait, Duration margin) {

    /**
     * TrackingMore v4's documented limits: 40 per batch (4103), pages of {@link TrackingMoreV4Config#DEFAULT_PAGE_SIZE}
     * (v4 documents no maximum), 40 numbers per list filter (v2's limit; v4 documents none), no order-id filter (the
     * port's record needs a positive number, so 1, and the adapter refuses any), 3/s create, 10/s list.
     */
    public static final BackendLimits DOCUMENTED = limits(TrackingMoreV4Config.DEFAULT_PAGE_SIZE);

    /** The documented rates, 30 s wait for a slot. */
    public static final V4RateLimits DEFAULT = new V4RateLimits(DOCUMENTED.queryCallsPerSecond(),
            DOCUMENTED.realtimeCallsPerSecond(), Duration.ofSeconds(30));

    public V4RateLimits {
        if (!(generalPerSecond > 0) || !(createPerSecond > 0) || Double.isInfinite(generalPerSecond)
                || Double.isInfinite(createPerSecond)) {
            throw new IllegalArgumentException("rates must be positive and finite: " + generalPerSecond + ", "
                    + createPerSecond);
        }
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative: " + maxWait);
        }
        Objects.requireNonNull(margin, "margin");
        if (margin.isNegative() || margin.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("margin must be between 0 and 1 s: " + margin);
        }
    }

    /** These rates with the default margin. */
    public V4RateLimits(double generalPerSecond, double createPerSecond, Duration maxWait) {
        this(generalPerSecond, createPerSecond, maxWait, RateLimiter.DEFAULT_MARGIN);
    }

    /** v4's documented limits with pages of {@code pageSize}. */
    static BackendLimits limits(int pageSize) {
        return new BackendLimits(40, pageSize, 40, 1, 3.0, 10.0);
    }

    /** The rate of one of the adapter's limiters. */
    double perSecond(V4Endpoint.Limiter limiter) {
        return limiter == V4Endpoint.Limiter.CREATE ? createPerSecond : generalPerSecond;
    }
}
