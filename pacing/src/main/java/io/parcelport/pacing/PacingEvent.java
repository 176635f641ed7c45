package io.parcelport.pacing;

import io.parcelport.ports.BackendException;
import java.time.Duration;
import java.util.Objects;

/**
 * One thing that happened while pacing a call: a wait, a retry or giving up, with what caused it.
 *
 * @param operation the port operation being called, e.g. {@code ShipmentTracker.find}
 * @param attempt for waits and retries the attempt about to be made (1 is the first); for giving up, the last one
 *     made (0 when none was)
 * @param maxAttempts the most attempts the retry policy allows
 * @param kind what happened
 * @param cause why, as a failure's class name and HTTP status ("RateLimitedException, HTTP 429") or the pacing rule
 *     ("client rate limit", "cool-down"); never a backend's message, which might echo a secret
 * @param delay how long the caller waits now (zero when giving up, or the wait it refused)
 */
public record PacingEvent(String operation, int attempt, int maxAttempts, Kind kind, String cause, Duration delay) {

    /** What a pacing event reports. */
    public enum Kind {
        /** Waiting for a slot of the client-side rate limit. */
        RATE_LIMIT_WAIT,
        /** Waiting out a cool-down the vendor started with a "too many requests" answer. */
        COOL_DOWN_WAIT,
        /** A failed attempt is repeated after {@code delay}. */
        RETRY,
        /** The call fails for good with its last failure. */
        GIVING_UP
    }

    public PacingEvent {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(delay, "delay");
    }

    /** The cause text of a failure: its class's simple name and, when the backend answered, the HTTP status. */
    public static String causeOf(BackendException failure) {
        String name = failure.getClass().getSimpleName();
        return failure.httpStatus().isPresent() ? name + ", HTTP " + failure.httpStatus().getAsInt() : name;
    }
}
