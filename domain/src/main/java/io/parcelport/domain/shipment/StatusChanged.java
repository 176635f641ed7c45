package io.parcelport.domain.shipment;

import java.time.Instant;
import java.util.Objects;

/**
 * A domain event: the effective delivery status of a shipment changed.
 *
 * <p>Only real changes are events: {@code from} and {@code to} always differ. {@code from} is the effective status
 * before the change and {@code to} the one after, so the events of one shipment link up, each {@code from} being the
 * previous {@code to}.
 *
 * @param from the effective status before
 * @param to the effective status after
 * @param at when the change was observed or made (the instant given to the transition)
 * @param cause what made the status change
 */
public record StatusChanged(DeliveryStatus from, DeliveryStatus to, Instant at, Cause cause) {

    /** What made the effective status change. */
    public enum Cause {
        /** The carrier (through the backend) reported a new status. */
        CARRIER_UPDATE,
        /** A person set the status by hand. */
        MANUAL_OVERRIDE,
        /** A person removed their manual status, so the carrier's status is in force again. */
        OVERRIDE_REVERTED
    }

    /**
     * Checks that the event is complete and really is a change.
     *
     * @param from the effective status before
     * @param to the effective status after, different from {@code from}
     * @param at when the change was observed or made
     * @param cause what made the status change
     */
    public StatusChanged {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cause, "cause");
        if (from == to) {
            throw new IllegalArgumentException("a status change needs two different statuses, got " + from + " twice");
        }
    }
}
