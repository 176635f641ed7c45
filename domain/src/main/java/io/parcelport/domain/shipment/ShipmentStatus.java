package io.parcelport.domain.shipment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The delivery status of one shipment: what its carrier last reported, and a manual override a person may have put
 * on top of it.
 *
 * <p>The carrier's status moves only along the state machine of {@link DeliveryStatus#classify(DeliveryStatus)}
 * (documented in {@code docs/status-machine.md}). A manual override ({@link ManualStatus}, set by a person through
 * the backend) hides the carrier's status without replacing it: carrier reports keep being recorded
 * underneath, so that {@link #revertOverride(Instant)} (the backend's "return to the original status") brings back what the
 * carrier says now.
 *
 * <p>Every transition returns a {@link StatusUpdate} and these invariants hold:
 * <ul>
 *   <li>{@link #effective()} is the override's status if there is an override, else the carrier's status;</li>
 *   <li>an update has a {@link StatusChanged} event exactly when the effective status changed, its {@code from} is
 *       the effective status before, its {@code to} the effective status after, and its {@code at} is the instant
 *       given to the transition;</li>
 *   <li>a rejected update carries this status unchanged and no event;</li>
 *   <li>the carrier's status changes only as the table allows, so a terminal carrier status changes only by a
 *       {@link TransitionKind#CORRECTION}.</li>
 * </ul>
 * This value does not order time: it stamps events with the instants it is given and leaves putting reports in
 * order to the caller.
 */
@Value.Immutable
public abstract class ShipmentStatus {

    // Package-private: instances come from the factories and transitions below, never from outside subclasses.
    ShipmentStatus() {
    }

    /** A status a person set by hand, and when. */
    public record ManualOverride(ManualStatus status, Instant setAt) {
        /**
         * Checks that both parts are present.
         *
         * @param status the status set by hand
         * @param setAt when it was set
         */
        public ManualOverride {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(setAt, "setAt");
        }
    }

    /**
     * The status the carrier last reported (through the backend); {@link DeliveryStatus#PENDING} before that.
     *
     * @return the carrier's status
     */
    public abstract DeliveryStatus carrierStatus();

    /**
     * The sub-status the carrier reported with {@link #carrierStatus()}, if any.
     *
     * @return the carrier's sub-status
     */
    public abstract Optional<SubStatus> carrierSubStatus();

    /**
     * The status a person set by hand over the carrier's, if one is in force.
     *
     * @return the manual override
     */
    public abstract Optional<ManualOverride> manualOverride();

    /**
     * The status of a shipment just registered: {@link DeliveryStatus#PENDING}, no sub-status, no override.
     *
     * @return the initial status
     */
    public static ShipmentStatus initial() {
        return of(DeliveryStatus.PENDING, Optional.empty());
    }

    /**
     * A status as a carrier reported it, without override (to load a shipment a backend already tracks).
     *
     * <p>The sub-status is kept as reported even when its prefix names another main status: backends send such
     * pairs, and the carrier's words are not this value's to correct.
     *
     * @param carrierStatus the carrier's status
     * @param carrierSubStatus the carrier's sub-status, if any
     * @return the status
     */
    public static ShipmentStatus of(DeliveryStatus carrierStatus, Optional<SubStatus> carrierSubStatus) {
        Objects.requireNonNull(carrierStatus, "carrierStatus");
        Objects.requireNonNull(carrierSubStatus, "carrierSubStatus");
        return ImmutableShipmentStatus.builder()
                .carrierStatus(carrierStatus)
                .carrierSubStatus(carrierSubStatus)
                .build();
    }

    /**
     * The status in force: the manual override's if there is one, else the carrier's.
     *
     * @return the effective status
     */
    public DeliveryStatus effective() {
        return manualOverride().map(o -> o.status().toDeliveryStatus()).orElse(carrierStatus());
    }

    /**
     * The sub-status in force: the carrier's, unless a manual override is in force.
     *
     * <p>A manual status has no sub-status: the carrier's sub-status refines the carrier's status, and showing, say,
     * {@code transit004} under a hand-set delivered would contradict it.
     *
     * @return the effective sub-status
     */
    public Optional<SubStatus> effectiveSubStatus() {
        return manualOverride().isPresent() ? Optional.empty() : carrierSubStatus();
    }

    /**
     * Whether a manual override is in force.
     *
     * @return true when {@link #manualOverride()} is present
     */
    public boolean isOverridden() {
        return manualOverride().isPresent();
    }

    /**
     * Records a status the carrier reported.
     *
     * <p>The move from the current carrier status is classified by {@link DeliveryStatus#classify(DeliveryStatus)};
     * a rejected move changes nothing, not even the sub-status. An accepted one replaces the carrier's status and
     * sub-status (an absent sub-status clears the old one: it described the old report). While a manual override is
     * in force the report is still recorded, but the effective status stays the override's and no event is emitted.
     *
     * @param reported the status the carrier reports
     * @param subStatus the sub-status reported with it, if any
     * @param at when the report was observed; the event's time
     * @return the update: new status, kind, and a {@link StatusChanged.Cause#CARRIER_UPDATE} event if the effective
     *     status changed
     */
    public StatusUpdate observe(DeliveryStatus reported, Optional<SubStatus> subStatus, Instant at) {
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(subStatus, "subStatus");
        Objects.requireNonNull(at, "at");
        TransitionKind kind = carrierStatus().classify(reported);
        if (!kind.isAccepted()) {
            return StatusUpdate.rejected(this, "the carrier reported " + reported + " after " + carrierStatus()
                    + ", a move the status machine rejects (see docs/status-machine.md)");
        }
        ShipmentStatus next = ImmutableShipmentStatus.builder().from(this)
                .carrierStatus(reported)
                .carrierSubStatus(subStatus)
                .build();
        return StatusUpdate.accepted(next, kind, changeTo(next, at, StatusChanged.Cause.CARRIER_UPDATE));
    }

    /**
     * Sets the status by hand over the carrier's, which stays recorded underneath.
     *
     * <p>Always accepted, as a {@link TransitionKind#CORRECTION}: the table describes what carriers report, and the
     * person setting the status (typically someone holding the parcel, or the lack of it) outranks the carrier's
     * feed. An override replaces an earlier override with a different status; setting the status already in force
     * by hand changes nothing and keeps the earlier time.
     *
     * @param status the status to set
     * @param at when it was set; the override's and the event's time
     * @return the update, with a {@link StatusChanged.Cause#MANUAL_OVERRIDE} event if the effective status changed
     */
    public StatusUpdate override(ManualStatus status, Instant at) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        if (manualOverride().map(ManualOverride::status).filter(status::equals).isPresent()) {
            return StatusUpdate.accepted(this, TransitionKind.CORRECTION, Optional.empty());
        }
        ShipmentStatus next = ImmutableShipmentStatus.builder().from(this)
                .manualOverride(new ManualOverride(status, at))
                .build();
        return StatusUpdate.accepted(next, TransitionKind.CORRECTION,
                changeTo(next, at, StatusChanged.Cause.MANUAL_OVERRIDE));
    }

    /**
     * Removes the manual override, so the carrier's status, as last reported, is in force again.
     *
     * <p>Accepted as a {@link TransitionKind#CORRECTION} whatever the two statuses are: going back to what the
     * carrier says is always possible, even where the table would refuse the carrier such a move. Without an
     * override in force it is rejected, so that a caller with a stale view learns so; nothing changes either way.
     *
     * @param at when the override was removed; the event's time
     * @return the update, with a {@link StatusChanged.Cause#OVERRIDE_REVERTED} event if the effective status changed
     */
    public StatusUpdate revertOverride(Instant at) {
        Objects.requireNonNull(at, "at");
        if (manualOverride().isEmpty()) {
            return StatusUpdate.rejected(this, "there is no manual status to revert: the carrier's status "
                    + carrierStatus() + " is already in force");
        }
        ShipmentStatus next = ImmutableShipmentStatus.builder().from(this)
                .manualOverride(Optional.empty())
                .build();
        return StatusUpdate.accepted(next, TransitionKind.CORRECTION,
                changeTo(next, at, StatusChanged.Cause.OVERRIDE_REVERTED));
    }

    /**
     * Judges a backend's whole report of a status (carrier status, sub-status and manual status) against this one,
     * the last status accepted for the shipment: the one path by which a reported status reaches a shipment.
     *
     * <p>The report is applied as three transitions, in the order that keeps a report to at most one change of the
     * effective status: a manual status the report adds or changes first ({@link #override}), then the carrier's
     * status ({@link #observe}, which the state machine may refuse; recorded under the override when one is in
     * force), then the removal of a manual status the report no longer has ({@link #revertOverride}). A refused
     * carrier move leaves the carrier status and sub-status as they were; the manual parts still apply, because a
     * person set them and the table does not judge people.
     *
     * @param reported the status as the backend reports it now
     * @param at when the report was observed; the time of the change, except that an added manual status keeps
     *     the time the report gives it
     * @return the judgement: the resulting status, the change if any, and the refused move if any
     */
    public StatusJudgement judge(ShipmentStatus reported, Instant at) {
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(at, "at");
        ShipmentStatus now = this;
        // At most one of the three steps changes the effective status: the override hides the carrier's move.
        Optional<StatusChanged> change = Optional.empty();
        Optional<ManualOverride> wanted = reported.manualOverride();
        if (wanted.isPresent() && !wanted.get().status().equals(now.manualOverride().map(ManualOverride::status)
                .orElse(null))) {
            StatusUpdate set = now.override(wanted.get().status(), wanted.get().setAt());
            now = set.status();
            change = set.event();
        }
        StatusUpdate carrier = now.observe(reported.carrierStatus(), reported.carrierSubStatus(), at);
        now = carrier.status();
        change = change.or(carrier::event);
        if (wanted.isEmpty() && now.isOverridden()) {
            StatusUpdate revert = now.revertOverride(at);
            now = revert.status();
            change = change.or(revert::event);
        }
        return new StatusJudgement(now, change, carrier.reason());
    }

    // The one place events are made, so "an event exactly when the effective status changes" holds for every move.
    private Optional<StatusChanged> changeTo(ShipmentStatus next, Instant at, StatusChanged.Cause cause) {
        DeliveryStatus before = effective();
        DeliveryStatus after = next.effective();
        return before == after ? Optional.empty() : Optional.of(new StatusChanged(before, after, at, cause));
    }
}
