package io.parcelport.ports;

import io.parcelport.domain.shipment.ManualStatus;

/** A manual change of a shipment's status: set it by hand to delivered or exception, or go back to the carrier's. */
public enum StatusCommand {
    /** Mark the shipment delivered by hand. */
    MARK_DELIVERED,
    /** Mark the shipment as an exception by hand. */
    MARK_EXCEPTION,
    /** Drop the manual status and show the carrier's own again. */
    REVERT_TO_CARRIER;

    /** The manual status this command sets; empty for {@link #REVERT_TO_CARRIER}. */
    public java.util.Optional<ManualStatus> manualStatus() {
        return switch (this) {
            case MARK_DELIVERED -> java.util.Optional.of(ManualStatus.DELIVERED);
            case MARK_EXCEPTION -> java.util.Optional.of(ManualStatus.EXCEPTION);
            case REVERT_TO_CARRIER -> java.util.Optional.empty();
        };
    }
}
