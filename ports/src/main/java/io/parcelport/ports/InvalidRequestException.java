package io.parcelport.ports;

import java.util.Objects;

/** The backend refused a request as a whole because of what it asked (a batch over the limit, a bad filter...). */
public final class InvalidRequestException extends BackendException {
    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;

    public InvalidRequestException(Failure failure, RejectionReason reason, String message) {
        super(failure, message, null, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the request was refused. */
    public RejectionReason reason() {
        return reason;
    }
}
