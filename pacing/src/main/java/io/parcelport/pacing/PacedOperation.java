package io.parcelport.pacing;

import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link Pacer} needs to know about one backend operation: its name (named in every failure and event),
 * whether it is safe to repeat after a failure the backend may have processed, and the rate limit it waits on.
 *
 * @param name the port operation, e.g. {@code ShipmentTracker.find}
 * @param safeToRepeat whether repeating it after an ambiguous failure (a read timeout, a 5xx) ends in the same state
 * @param limiter the rate limit it waits on, if any
 */
public record PacedOperation(String name, boolean safeToRepeat, Optional<RateLimiter> limiter) {
    public PacedOperation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(limiter, "limiter");
    }
}
