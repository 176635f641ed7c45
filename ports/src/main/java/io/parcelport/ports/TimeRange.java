package io.parcelport.ports;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An interval of time for a filter, inclusive at both ends, either end open.
 *
 * @param from the earliest instant included
 * @param to the latest instant included
 */
public record TimeRange(Optional<Instant> from, Optional<Instant> to) {
    /** No bound at all. */
    public static final TimeRange ANY = new TimeRange(Optional.empty(), Optional.empty());

    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("time range starts after it ends: " + from.get() + " > " + to.get());
        }
    }

    /** From {@code from} to {@code to}, both included. */
    public static TimeRange between(Instant from, Instant to) {
        return new TimeRange(Optional.of(from), Optional.of(to));
    }

    /** From {@code from} on. */
    public static TimeRange since(Instant from) {
        return new TimeRange(Optional.of(from), Optional.empty());
    }

    /** Up to {@code to}. */
    public static TimeRange until(Instant to) {
        return new TimeRange(Optional.empty(), Optional.of(to));
    }

    /** Whether {@code instant} lies in the range. */
    public boolean contains(Instant instant) {
        return from.map(f -> !instant.isBefore(f)).orElse(true) && to.map(t -> !instant.isAfter(t)).orElse(true);
    }

    /** Whether the range has no bound. */
    public boolean isUnbounded() {
        return from.isEmpty() && to.isEmpty();
    }
}
