package io.parcelport.adapter.trackingmore;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Spaces calls evenly at a rate per second, shared by every thread of one backend: each caller reserves the next
 * free slot and waits for it, unless the wait would exceed the bound, in which case it reserves nothing and fails.
 *
 * <p>Even spacing (one call per 1/rate seconds) rather than a bursty bucket: TrackingMore answers errors when more
 * than three real-time calls land within one second, and a burst at a second boundary can do that.
 */
final class RateLimiter {
    private final Duration interval;
    private final Duration maxWait;
    private final Clock clock;
    private Instant nextFree = Instant.MIN;

    RateLimiter(double perSecond, Duration maxWait, Clock clock) {
        this.interval = Duration.ofNanos((long) Math.ceil(1_000_000_000d / perSecond));
        this.maxWait = maxWait;
        this.clock = clock;
    }

    /**
     * Reserves a slot and returns how long to wait for it.
     *
     * @throws RateLimitedException when the slot is further away than the bound
     */
    Duration reserve(String operation) {
        synchronized (this) {
            Instant now = clock.instant();
            Instant slot = nextFree.isAfter(now) ? nextFree : now;
            Duration wait = Duration.between(now, slot);
            if (wait.compareTo(maxWait) > 0) {
                throw new RateLimitedException(BackendException.Failure.of(operation),
                        "client-side rate limit: the next free slot is " + wait.toMillis()
                                + " ms away, longer than the configured wait of " + maxWait.toMillis() + " ms",
                        Optional.of(wait));
            }
            nextFree = slot.plus(interval);
            return wait;
        }
    }
}
