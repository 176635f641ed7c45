package io.parcelport.ports;

import java.util.Optional;

/** The backend cannot do this operation at all (a capability another backend may have). */
public final class OperationNotSupportedException extends BackendException {

    private static final long serialVersionUID = 1L;

    private final Capability capability;

    public OperationNotSupportedException(Failure failure, String message) {
        this(failure, message, null, null);
    }

    public OperationNotSupportedException(Failure failure, String message, Throwable cause) {
        this(failure, message, cause, null);
    }

    private OperationNotSupportedException(Failure failure, String message, Throwable cause, Capability capability) {
        super(failure, message, cause, false);
        this.capability = capability;
    }

    /** {@code backend} does not offer {@code capability}: the message names both. */
    public static OperationNotSupportedException notOffered(Capability capability, String backend) {
        return new OperationNotSupportedException(Failure.of(capability.operation()),
                "not offered by the " + backend + " backend", null, capability);
    }

    /** The optional operation that is not offered, when the failure is about one. */
    public Optional<Capability> capability() {
        return Optional.ofNullable(capability);
    }
}
