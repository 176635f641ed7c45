package io.parcelport.domain.shipment;

import java.util.Objects;
import java.util.Optional;

/**
 * A delivery status a person may set by hand over the carrier's, which backends limit to delivered and exception.
 *
 * <p>Backends accept only these two by hand; returning to the carrier's status ("return to the original status") is
 * {@link ShipmentStatus#revertOverride(java.time.Instant)}, not a status.
 */
public enum ManualStatus {
    /** The parcel was delivered, whatever the carrier says (the recipient has it in hand). */
    DELIVERED(DeliveryStatus.DELIVERED),
    /** Something went wrong with the parcel, whatever the carrier says (lost, refused, returned). */
    EXCEPTION(DeliveryStatus.EXCEPTION);

    private final DeliveryStatus status;

    ManualStatus(DeliveryStatus status) {
        this.status = status;
    }

    /**
     * The delivery status this manual status stands for.
     *
     * @return {@link DeliveryStatus#DELIVERED} or {@link DeliveryStatus#EXCEPTION}
     */
    public DeliveryStatus toDeliveryStatus() {
        return status;
    }

    /**
     * The manual status for {@code status}, if a person may set it by hand.
     *
     * @param status any delivery status
     * @return the matching manual status, or empty for every status but delivered and exception
     */
    public static Optional<ManualStatus> from(DeliveryStatus status) {
        Objects.requireNonNull(status, "status");
        for (ManualStatus manual : values()) {
            if (manual.status == status) {
                return Optional.of(manual);
            }
        }
        return Optional.empty();
    }
}
