package io.parcelport.ports;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The backend refused the call because too many were made; it says when to try again when it knows. */
public final class RateLimitedException extends BackendException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;

    public RateLimitedException(Failure failure, String message, Optional<Duration> retryAfter) {
        super(failure, message, null, true);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long to wait before the next call, when the backend said (or documents) it. */
    public Optional<Duration> retryAfter() {
        return retryAfter == null ? Optional.empty() : retryAfter;
    }
}
