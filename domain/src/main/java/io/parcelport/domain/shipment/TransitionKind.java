package io.parcelport.domain.shipment;

/**
 * How the delivery-status state machine treats a move from one {@link DeliveryStatus} to another.
 *
 * <p>The classification of every pair lives in {@link DeliveryStatus#classify(DeliveryStatus)} and is explained in
 * {@code docs/status-machine.md}.
 */
public enum TransitionKind {
    /** Forward along the life of a parcel (or no move at all): accepted. */
    PROGRESS,
    /**
     * Backwards or sideways, but carriers really report it (a feed that drops, a second delivery attempt, a customs
     * release, a "delivered" scan taken back): accepted, and worth noting.
     */
    CORRECTION,
    /** Impossible for a real parcel (nothing goes back to pending, a delivery is not undone by silence): refused. */
    REJECTED;

    /**
     * Whether a move of this kind is applied.
     *
     * @return true for {@link #PROGRESS} and {@link #CORRECTION}
     */
    public boolean isAccepted() {
        return this != REJECTED;
    }
}
