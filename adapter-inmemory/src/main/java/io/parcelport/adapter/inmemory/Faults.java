package io.parcelport.adapter.inmemory;

import io.parcelport.pacing.Ticker;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Failure injection for the in-memory backend, off by default: latency, random failures per operation, TrackingMore's
 * rate limits and an exhausted quota, so that an application can test its own error handling.
 *
 * <p>Random choices (failures, random latency) come from a generator seeded with {@link Builder#seed(long)}, so a
 * run is repeatable. Latency is waited out on a {@link Ticker} (the project's one way to wait), which tests replace with a
 * {@link io.parcelport.pacing.ManualTicker} so that nothing really sleeps.
 */
public final class Faults {

    /** One kind of call to the backend, for per-operation failure rates. */
    public enum Operation {
        /** {@code create} and {@code createAll}. */
        CREATE,
        /** {@code find}. */
        FIND,
        /** {@code query} (TrackingMore's list call). */
        QUERY,
        /** {@code update} and {@code updateAll}. */
        UPDATE,
        /** {@code delete} and {@code deleteAll}. */
        DELETE,
        /** {@code changeCarrier}. */
        CHANGE_CARRIER,
        /** {@code stopRefreshing}. */
        STOP_REFRESHING,
        /** {@code trackNow} (TrackingMore's real-time call). */
        TRACK_NOW,
        /** Air waybill lookups. */
        AIR_CARGO,
        /** The carrier list. */
        CARRIERS,
        /** Carrier detection. */
        DETECT,
        /** Account info. */
        ACCOUNT,
        /** Status counts. */
        STATUS_COUNTS,
        /** Remote areas and transit times. */
        INSIGHTS
    }

    private static final Faults NONE = builder().build();

    private final Duration minLatency;
    private final Duration maxLatency;
    private final Map<Operation, Double> failureRates;
    private final boolean rateLimited;
    private final boolean quotaExhausted;
    private final long seed;
    private final Ticker ticker;

    private Faults(Builder b) {
        this.minLatency = b.minLatency;
        this.maxLatency = b.maxLatency;
        this.failureRates = Collections.unmodifiableMap(new EnumMap<>(b.failureRates));
        this.rateLimited = b.rateLimited;
        this.quotaExhausted = b.quotaExhausted;
        this.seed = b.seed;
        this.ticker = b.ticker;
    }

    /** No faults at all: the default. */
    public static Faults none() {
        return NONE;
    }

    /** A builder with every fault off. */
    public static Builder builder() {
        return new Builder();
    }

    /** The least simulated latency of a call. */
    public Duration minLatency() {
        return minLatency;
    }

    /** The most simulated latency of a call. */
    public Duration maxLatency() {
        return maxLatency;
    }

    /** The probability, from 0 to 1, that a call of {@code operation} fails as unavailable. */
    public double failureRate(Operation operation) {
        return failureRates.getOrDefault(operation, 0.0);
    }

    /** Whether real-time and list calls are limited to the backend's calls per second. */
    public boolean isRateLimited() {
        return rateLimited;
    }

    /** Whether the quota is treated as exhausted whatever is left. */
    public boolean isQuotaExhausted() {
        return quotaExhausted;
    }

    /** The seed of the random choices. */
    public long seed() {
        return seed;
    }

    /** What waits out latency. */
    public Ticker ticker() {
        return ticker;
    }

    /** Builds {@link Faults}; everything is off until set. */
    public static final class Builder {
        private Duration minLatency = Duration.ZERO;
        private Duration maxLatency = Duration.ZERO;
        private final Map<Operation, Double> failureRates = new EnumMap<>(Operation.class);
        private boolean rateLimited;
        private boolean quotaExhausted;
        private long seed = 42;
        private Ticker ticker = Ticker.SYSTEM;

        private Builder() {
        }

        /** Every call takes {@code latency}. */
        public Builder latency(Duration latency) {
            return latency(latency, latency);
        }

        /** Every call takes a random time between {@code min} and {@code max}. */
        public Builder latency(Duration min, Duration max) {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.isNegative() || max.compareTo(min) < 0) {
                throw new IllegalArgumentException("need 0 <= min <= max: " + min + ", " + max);
            }
            this.minLatency = min;
            this.maxLatency = max;
            return this;
        }

        /** Calls of {@code operation} fail with probability {@code rate} (0 to 1). */
        public Builder failureRate(Operation operation, double rate) {
            Objects.requireNonNull(operation, "operation");
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("failure rate must be between 0 and 1: " + rate);
            }
            failureRates.put(operation, rate);
            return this;
        }

        /** Calls of every operation fail with probability {@code rate} (0 to 1). */
        public Builder failureRate(double rate) {
            for (Operation operation : Operation.values()) {
                failureRate(operation, rate);
            }
            return this;
        }

        /** Limits real-time and list calls per second as the backend's limits say (TrackingMore: 3/s and 1/s). */
        public Builder rateLimited(boolean value) {
            this.rateLimited = value;
            return this;
        }

        /** Treats the quota as exhausted. */
        public Builder quotaExhausted(boolean value) {
            this.quotaExhausted = value;
            return this;
        }

        /** Seeds the random choices, for repeatable runs. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** Waits out latency on {@code value}; a {@link io.parcelport.pacing.ManualTicker} records instead. */
        public Builder ticker(Ticker value) {
            this.ticker = Objects.requireNonNull(value, "ticker");
            return this;
        }

        /** The faults. */
        public Faults build() {
            return new Faults(this);
        }
    }
}
