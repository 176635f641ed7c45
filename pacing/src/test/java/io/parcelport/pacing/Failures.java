package io.parcelport.pacing;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.TransportException;
import io.parcelport.ports.UnauthorizedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;

/** The backend failures the pacing tests throw. */
final class Failures {
    static final String OP = "ShipmentTracker.find";

    private Failures() {
    }

    static RateLimitedException http429(Optional<Duration> retryAfter) {
        return new RateLimitedException(BackendException.Failure.of(OP, 429, "429"), "too many", retryAfter);
    }

    static RateLimitedException clientSide() {
        return new RateLimitedException(BackendException.Failure.of(OP), "our own limit",
                Optional.of(Duration.ofSeconds(1)));
    }

    static BackendUnavailableException http(int status) {
        return new BackendUnavailableException(BackendException.Failure.of(OP, status, null), "server error");
    }

    static TransportException refused() {
        return new TransportException(BackendException.Failure.of(OP), "refused", new ConnectException("refused"));
    }

    static TransportException timedOut() {
        return new TransportException(BackendException.Failure.of(OP), "timeout", new SocketTimeoutException());
    }

    static UnauthorizedException unauthorized() {
        return new UnauthorizedException(BackendException.Failure.of(OP, 401, "401"), "bad key");
    }
}
