package io.parcelport.domain.shipment;

import java.util.Objects;
import java.util.Optional;

/**
 * The domain's answer to a backend's report of a shipment's status: the status the shipment now has, the change
 * listeners should hear of, and the carrier move the state machine refused, if it refused one.
 *
 * <p>Unlike a {@link StatusUpdate}, which is one transition, a report may carry a carrier status and a manual status
 * at once, so a refused carrier move can come with an accepted change of the manual status.
 *
 * @param status the status the shipment has after the report: the accepted parts applied, the refused part not
 * @param change the change of effective status, present exactly when the effective status changed
 * @param refusedMove why the carrier's move was refused, present when the state machine refused it
 */
public record StatusJudgement(ShipmentStatus status, Optional<StatusChanged> change, Optional<String> refusedMove) {

    /**
     * Checks that every part is present and that the change leads to {@code status}.
     *
     * @param status the status after the report
     * @param change the change of effective status, if any
     * @param refusedMove why the carrier's move was refused, if it was
     */
    public StatusJudgement {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(refusedMove, "refusedMove");
        change.ifPresent(c -> {
            if (c.to() != status.effective()) {
                throw new IllegalArgumentException(
                        "change " + c + " does not lead to the effective status " + status.effective());
            }
        });
    }

    /**
     * Whether the state machine refused the carrier's move, so the shipment keeps its last accepted carrier status.
     *
     * @return true when {@link #refusedMove()} is present
     */
    public boolean isRefused() {
        return refusedMove.isPresent();
    }
}
