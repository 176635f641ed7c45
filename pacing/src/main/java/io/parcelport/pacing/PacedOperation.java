package io.parcelport.pacing;

import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link Pacer} needs to know about one backend operation: its name (named in every failure and event),
 * whether it is safe to repeat after a failure the backend may have processed, and the rate limit it waits on.
 *
 * @param name the port operation, e.g. {@code ShipmentTracker.find}
 * @param safeToRepeat whether repeating it after an ambiguous failure (a read timeout, a 5xx) ends in the same state
 * @param limiter the in-JVM rate limit it waits on, if any; the same object as {@code gate} when that is one
 * @param gate the rate limit it waits on, if any: a {@link RateLimiter} or a gate shared by a fleet
 */
public record PacedOperation(String name, boolean safeToRepeat, Optional<RateLimiter> limiter,
        Optional<RateGate> gate) {
    public PacedOperation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(limiter, "limiter");
        Objects.requireNonNull(gate, "gate");
        if (limiter.isPresent() && !gate.equals(limiter.<RateGate>map(l -> l))) {
            throw new IllegalArgumentException("limiter and gate must be the same object when both are given");
        }
    }

    /** An operation waiting on an in-JVM limiter, or on none. */
    public PacedOperation(String name, boolean safeToRepeat, Optional<RateLimiter> limiter) {
        this(name, safeToRepeat, limiter, Objects.requireNonNull(limiter, "limiter").map(l -> l));
    }

    /** An operation waiting on {@code gate}, or on none; an in-JVM limiter also has its send times tracked. */
    public static PacedOperation gated(String name, boolean safeToRepeat, Optional<RateGate> gate) {
        Objects.requireNonNull(gate, "gate");
        Optional<RateLimiter> limiter = gate.filter(RateLimiter.class::isInstance).map(RateLimiter.class::cast);
        return new PacedOperation(name, safeToRepeat, limiter, gate);
    }
}
