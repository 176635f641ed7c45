package io.parcelport.ports;

/** The backend answered but could not serve the request (server error, maintenance, an unreadable answer). */
public final class BackendUnavailableException extends BackendException {

    public BackendUnavailableException(Failure failure, String message) {
        super(failure, message, null, true);
    }

    public BackendUnavailableException(Failure failure, String message, Throwable cause) {
        super(failure, message, cause, true);
    }
}
