package io.parcelport.adapter.trackingmorev4;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.UnauthorizedException;
import io.parcelport.wire.trackingmore.MetaCode.Failure;
import java.time.Duration;
import java.util.Optional;

/**
 * The port exception for each kind of v4 failure: the adapter's error model. Which code (or HTTP status) is which
 * failure and reason is the wire module's table, {@code V4MetaCode}; this class only picks the exception.
 */
final class V4Failures {
    private V4Failures() {
    }

    static BackendException exception(BackendException.Failure failure, Failure kind, RejectionReason reason,
            String text, Optional<Duration> retryAfter) {
        return switch (kind) {
            case UNAUTHORIZED -> new UnauthorizedException(failure, text);
            case QUOTA -> new QuotaExhaustedException(failure, text);
            case RATE_LIMITED -> new RateLimitedException(failure, text, retryAfter);
            case UNAVAILABLE -> new BackendUnavailableException(failure, text);
            case NONE, REFUSED -> new InvalidRequestException(failure, reason, text);
        };
    }
}
