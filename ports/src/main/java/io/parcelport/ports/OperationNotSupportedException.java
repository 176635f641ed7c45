package io.parcelport.ports;

/** The backend cannot do this operation at all (a capability another backend may have). */
public final class OperationNotSupportedException extends BackendException {

    public OperationNotSupportedException(Failure failure, String message) {
        super(failure, message, null, false);
    }

    public OperationNotSupportedException(Failure failure, String message, Throwable cause) {
        super(failure, message, cause, false);
    }
}
