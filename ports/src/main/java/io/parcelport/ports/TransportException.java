package io.parcelport.ports;

/** The backend could not be reached or did not answer in time (connection refused, I/O error, timeout). */
public final class TransportException extends BackendException {

    public TransportException(Failure failure, String message) {
        super(failure, message, null, true);
    }

    public TransportException(Failure failure, String message, Throwable cause) {
        super(failure, message, cause, true);
    }
}
