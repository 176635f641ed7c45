package io.parcelport.adapter.trackingmore;

import io.parcelport.pacing.RateLimiter;
import io.parcelport.ports.BackendLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * The adapter's client-side rate limits, shared by all threads of one backend: callers wait for a slot, up to
 * {@code maxWait}, and only then fail with {@code RateLimitedException}.
 *
 * <p>TrackingMore v2's documented rates are stated once, in {@link BackendLimits#TRACKINGMORE_V2} (which the use
 * cases also read for batch and page sizes); {@link #DEFAULT} takes them from there.
 *
 * @param realtimePerSecond real-time tracking calls per second (TrackingMore: 3)
 * @param listPerSecond list calls per second (TrackingMore: 1)
 * @param otherPerSecond every other call per second; 0 means unlimited
 * @param maxWait the longest a caller waits for a slot or for the end of a cool-down
 * @param margin how much longer than one second the client counts a second's calls over: TrackingMore counts calls as
 *     they arrive, so the margin must exceed how much the calls' travel times differ (see {@link RateLimiter});
 *     {@link RateLimiter#DEFAULT_MARGIN} by default
 */
public record RateLimits(double realtimePerSecond, double listPerSecond, double otherPerSecond, Duration maxWait,
        Duration margin) {

    /** TrackingMore v2's documented limits, from {@link BackendLimits#TRACKINGMORE_V2}; others unlimited; 30 s wait. */
    public static final RateLimits DEFAULT = of(BackendLimits.TRACKINGMORE_V2, Duration.ofSeconds(30));

    public RateLimits {
        if (!(realtimePerSecond > 0) || !(listPerSecond > 0) || !(otherPerSecond >= 0)
                || Double.isInfinite(otherPerSecond)) {
            throw new IllegalArgumentException("rates must be positive (other may be 0 for unlimited): "
                    + realtimePerSecond + ", " + listPerSecond + ", " + otherPerSecond);
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
    public RateLimits(double realtimePerSecond, double listPerSecond, double otherPerSecond, Duration maxWait) {
        this(realtimePerSecond, listPerSecond, otherPerSecond, maxWait, RateLimiter.DEFAULT_MARGIN);
    }

    /** These limits with {@code margin} instead. */
    public RateLimits withMargin(Duration margin) {
        return new RateLimits(realtimePerSecond, listPerSecond, otherPerSecond, maxWait, margin);
    }

    /** The rates a backend documents in {@code limits}, other calls unlimited. */
    public static RateLimits of(BackendLimits limits, Duration maxWait) {
        return new RateLimits(limits.realtimeCallsPerSecond(), limits.queryCallsPerSecond(), 0, maxWait);
    }

    /** The rate of one of the adapter's limiters; 0 means unlimited. */
    double perSecond(Endpoint.Limiter limiter) {
        return switch (limiter) {
            case REALTIME -> realtimePerSecond;
            case LIST -> listPerSecond;
            case OTHER -> otherPerSecond;
        };
    }
}
