package io.parcelport.domain.shipment;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a transition of a {@link ShipmentStatus}: the new status, how the move was classified, and the
 * domain event if the effective status changed, or a typed rejection that leaves the status as it was.
 *
 * @param status the status after the transition; for a rejected update, the unchanged status
 * @param kind how the move was classified; {@link TransitionKind#REJECTED} exactly when {@code reason} is present
 * @param event the change of effective status, present exactly when the effective status changed
 * @param reason why the transition was refused, present exactly for a rejected update
 */
public record StatusUpdate(ShipmentStatus status, TransitionKind kind, Optional<StatusChanged> event,
        Optional<String> reason) {

    /**
     * Checks that rejections explain themselves and carry no event, and that an event leads to {@code status}.
     *
     * @param status the status after the transition
     * @param kind how the move was classified
     * @param event the change of effective status, if any
     * @param reason why the transition was refused, for a rejection only
     */
    public StatusUpdate {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(reason, "reason");
        if ((kind == TransitionKind.REJECTED) != reason.isPresent()) {
            throw new IllegalArgumentException(
                    "a reason goes with a REJECTED update and only with one: kind " + kind + ", reason " + reason);
        }
        if (kind == TransitionKind.REJECTED && event.isPresent()) {
            throw new IllegalArgumentException("a rejected update changes nothing, so it has no event: " + event);
        }
        event.ifPresent(e -> {
            if (e.to() != status.effective()) {
                throw new IllegalArgumentException(
                        "event " + e + " does not lead to the effective status " + status.effective());
            }
        });
    }

    /**
     * An accepted transition.
     *
     * @param status the new status
     * @param kind {@link TransitionKind#PROGRESS} or {@link TransitionKind#CORRECTION}
     * @param event the change of effective status, if there was one
     * @return the update
     */
    public static StatusUpdate accepted(ShipmentStatus status, TransitionKind kind, Optional<StatusChanged> event) {
        return new StatusUpdate(status, kind, event, Optional.empty());
    }

    /**
     * A refused transition.
     *
     * @param unchanged the status as it was before the attempt
     * @param reason why it was refused, for people
     * @return the update, of kind {@link TransitionKind#REJECTED} and without event
     */
    public static StatusUpdate rejected(ShipmentStatus unchanged, String reason) {
        return new StatusUpdate(unchanged, TransitionKind.REJECTED, Optional.empty(), Optional.of(reason));
    }

    /**
     * Whether the transition was refused, leaving the status unchanged.
     *
     * @return true when {@link #kind()} is {@link TransitionKind#REJECTED}
     */
    public boolean isRejected() {
        return kind == TransitionKind.REJECTED;
    }
}
