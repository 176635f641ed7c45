package io.parcelport.ports;

/** The account has no quota or balance left for the operation. */
public final class QuotaExhaustedException extends BackendException {

    public QuotaExhaustedException(Failure failure, String message) {
        super(failure, message, null, false);
    }

    public QuotaExhaustedException(Failure failure, String message, Throwable cause) {
        super(failure, message, cause, false);
    }
}
