package io.parcelport.adapter.trackingmore;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.UnauthorizedException;
import java.time.Duration;
import java.util.Optional;

/**
 * TrackingMore v2's {@code meta.code} values (reference §2) and what each means to the ports: the one table of the
 * adapter's error model.
 *
 * <pre>
 * meta.code                  exception (when the operation has no outcome for it)   outcome reason
 * 200, 201                   (success)
 * 401, 403, 4001, 4002       UnauthorizedException
 * 402, 4019, 4021            QuotaExhaustedException                               QUOTA_EXHAUSTED (batch items)
 * 429                        RateLimitedException (Retry-After, else cool-down)
 * 202, 4020                  InvalidRequestException LIMIT_EXCEEDED
 * 4012                       InvalidRequestException INVALID_FIELD                 INVALID_FIELD
 * 4013, 4014                 InvalidRequestException INVALID_TRACKING_NUMBER       INVALID_TRACKING_NUMBER
 * 4015                       InvalidRequestException INVALID_CARRIER               INVALID_CARRIER
 * 4016                       InvalidRequestException ALREADY_EXISTS                ALREADY_EXISTS
 * 4017, 4031, 404            InvalidRequestException NOT_FOUND                     NOT_FOUND / Optional.empty()
 * 4018, 405                  InvalidRequestException NOT_ALLOWED
 * 4032                       InvalidRequestException CARRIER_NOT_DETECTED          CARRIER_NOT_DETECTED / empty list
 * 4033                       InvalidRequestException INVALID_FIELD
 * 500-599                    BackendUnavailableException
 * anything else              InvalidRequestException BACKEND_ERROR
 * </pre>
 */
final class MetaCodes {
    private MetaCodes() {
    }

    static boolean isSuccess(int code) {
        return code == 200 || code == 201;
    }

    static boolean isUnauthorized(int code) {
        return code == 401 || code == 403 || code == 4001 || code == 4002;
    }

    static boolean isQuota(int code) {
        return code == 402 || code == 4019 || code == 4021;
    }

    static boolean isServerError(int code) {
        return code >= 500 && code <= 599;
    }

    /** The reason a meta code gives for refusing an item or a request. */
    static RejectionReason reason(int code) {
        return switch (code) {
            case 202, 4020 -> RejectionReason.LIMIT_EXCEEDED;
            case 4012, 4033 -> RejectionReason.INVALID_FIELD;
            case 4013, 4014 -> RejectionReason.INVALID_TRACKING_NUMBER;
            case 4015 -> RejectionReason.INVALID_CARRIER;
            case 4016 -> RejectionReason.ALREADY_EXISTS;
            case 4017, 4031, 404 -> RejectionReason.NOT_FOUND;
            case 4018, 405 -> RejectionReason.NOT_ALLOWED;
            case 4032 -> RejectionReason.CARRIER_NOT_DETECTED;
            case 402, 4019, 4021 -> RejectionReason.QUOTA_EXHAUSTED;
            default -> RejectionReason.BACKEND_ERROR;
        };
    }

    /** The exception for an error answer that the operation does not turn into an outcome. */
    static BackendException exception(BackendException.Failure failure, int code, String message,
            Optional<Duration> retryAfter) {
        String text = "TrackingMore answered meta code " + code + (message.isEmpty() ? "" : ": " + message);
        if (isUnauthorized(code)) {
            return new UnauthorizedException(failure, text);
        }
        if (isQuota(code)) {
            return new QuotaExhaustedException(failure, text);
        }
        if (code == 429) {
            return new RateLimitedException(failure, text, retryAfter);
        }
        if (isServerError(code)) {
            return new BackendUnavailableException(failure, text);
        }
        return new InvalidRequestException(failure, reason(code), text);
    }
}
