package io.parcelport.ports;

/** The backend refused the credentials (missing, invalid or deleted API key). */
public final class UnauthorizedException extends BackendException {

    public UnauthorizedException(Failure failure, String message) {
        super(failure, message, null, false);
    }

    public UnauthorizedException(Failure failure, String message, Throwable cause) {
        super(failure, message, cause, false);
    }
}
