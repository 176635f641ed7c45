package io.parcelport.adapter.trackingmore;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.UnauthorizedException;
import io.parcelport.wire.trackingmore.MetaCode;
import io.parcelport.wire.trackingmore.MetaCode.Failure;
import java.time.Duration;
import java.util.Optional;

/**
 * The port exception for each {@link Failure} of a {@code meta.code}: the adapter's error model. Which code is which
 * failure and reason is the wire module's table ({@link MetaCode}); this class only picks the exception.
 */
final class MetaCodes {
    private MetaCodes() {
    }

    static boolean isSuccess(int code) {
        return MetaCode.isSuccess(code);
    }

    static boolean isUnauthorized(int code) {
        return MetaCode.failureOf(code) == Failure.UNAUTHORIZED;
    }

    static boolean isServerError(int code) {
        return MetaCode.failureOf(code) == Failure.UNAVAILABLE;
    }

    /** The reason a meta code gives for refusing an item or a request. */
    static RejectionReason reason(int code) {
        return MetaCode.reasonOf(code);
    }

    /** The exception for an error answer that the operation does not turn into an outcome. */
    static BackendException exception(BackendException.Failure failure, int code, String message,
            Optional<Duration> retryAfter) {
        String text = "TrackingMore answered meta code " + code + (message.isEmpty() ? "" : ": " + message);
        return switch (MetaCode.failureOf(code)) {
            case UNAUTHORIZED -> new UnauthorizedException(failure, text);
            case QUOTA -> new QuotaExhaustedException(failure, text);
            case RATE_LIMITED -> new RateLimitedException(failure, text, retryAfter);
            case UNAVAILABLE -> new BackendUnavailableException(failure, text);
            case NONE, REFUSED -> new InvalidRequestException(failure, MetaCode.reasonOf(code), text);
        };
    }
}
