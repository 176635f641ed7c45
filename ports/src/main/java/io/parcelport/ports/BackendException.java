package io.parcelport.ports;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A tracking backend failed to do what was asked; the sealed root of the only exceptions a port throws for backend
 * trouble.
 *
 * <p>Each carries the port operation that failed, and when the backend answered at all, the HTTP status and the
 * backend's own code (TrackingMore's {@code meta.code}, say). Messages never contain credentials.
 *
 * <p>Like every exception they are serialisable, but only within one version of Parcelport: the subclasses that add no
 * state of their own leave their serial version to the JVM rather than promise a stable form.
 */
public abstract sealed class BackendException extends RuntimeException
        permits UnauthorizedException, QuotaExhaustedException, RateLimitedException, InvalidRequestException,
        OperationNotSupportedException, BackendUnavailableException, TransportException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int httpStatus;
    private final String backendCode;
    private final boolean retryable;

    /** The one constructor shape of the family: where it failed, what happened, why, and whether to try again. */
    BackendException(Failure failure, String message, Throwable cause, boolean retryable) {
        super(Objects.requireNonNull(failure, "failure").describe(message), cause);
        this.operation = failure.operation();
        this.httpStatus = failure.httpStatus().orElse(-1);
        this.backendCode = failure.backendCode().orElse(null);
        this.retryable = retryable;
    }

    /** The port operation that failed, e.g. {@code ShipmentTracker.createAll}. */
    public String operation() {
        return operation;
    }

    /** The HTTP status of the backend's answer, when there was one. */
    public OptionalInt httpStatus() {
        return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** The backend's own error code, when it gave one. */
    public Optional<String> backendCode() {
        return Optional.ofNullable(backendCode);
    }

    /** Whether repeating the same call later may succeed; fixed by the kind of failure. */
    public boolean isRetryable() {
        return retryable;
    }

    /**
     * Where a failure happened: the operation, and the HTTP status and backend code when known.
     *
     * @param operation the port operation
     * @param httpStatus the HTTP status, if any
     * @param backendCode the backend's own code, if any
     */
    public record Failure(String operation, OptionalInt httpStatus, Optional<String> backendCode) {
        public Failure {
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(httpStatus, "httpStatus");
            Objects.requireNonNull(backendCode, "backendCode");
        }

        /** A failure of {@code operation} with no HTTP exchange behind it (an in-process backend, say). */
        public static Failure of(String operation) {
            return new Failure(operation, OptionalInt.empty(), Optional.empty());
        }

        /** A failure of {@code operation} with the backend's answer. */
        public static Failure of(String operation, int httpStatus, String backendCode) {
            return new Failure(operation, OptionalInt.of(httpStatus), Optional.ofNullable(backendCode));
        }

        String describe(String message) {
            StringBuilder text = new StringBuilder(operation).append(": ").append(message);
            if (httpStatus.isPresent() || backendCode.isPresent()) {
                text.append(" (");
                httpStatus.ifPresent(s -> text.append("HTTP ").append(s));
                if (httpStatus.isPresent() && backendCode.isPresent()) {
                    text.append(", ");
                }
                backendCode.ifPresent(c -> text.append("code ").append(c));
                text.append(')');
            }
            return text.toString();
        }
    }
}
