package io.parcelport.domain.shipment;

import io.parcelport.domain.Checks;
import io.parcelport.domain.CountryCode;
import io.parcelport.domain.EmailAddress;
import io.parcelport.domain.LanguageCode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A parcel registered with a tracking backend, with everything the backend knows about it: the aggregate of the
 * tracking domain.
 *
 * <h2>Identity</h2>
 * A shipment is identified by its {@link ShipmentKey} (carrier + tracking number) in every backend; the backend's own
 * id ({@link #backendId()}) is kept for reference only, because another backend will not know it.
 *
 * <h2>Life cycle</h2>
 * A shipment is registered ({@link DeliveryStatus#PENDING}), then the backend refreshes it from the carrier in the
 * background while {@link #isRefreshing()} holds, which moves its {@link #status()} along the state machine
 * documented on {@link DeliveryStatus} and adds {@link TrackingEvent}s to its legs. The carrier's view may be
 * overridden by hand (delivered or exception) and the override reverted later; {@link ShipmentStatus} keeps both, so
 * reverting restores what the carrier said. A shipment ends when it reaches a terminal status, when refreshing is
 * stopped, or when it is deleted; archiving only hides it from default listings.
 *
 * <h2>Legs</h2>
 * International parcels are often handed from an origin carrier to a destination carrier; each keeps its own events
 * and milestone times in a {@link TrackingLeg}. Events are kept newest first, and their times stay in each carrier's
 * local time.
 */
@Value.Immutable
public abstract class Shipment {

    /** The carrier and tracking number that identify this shipment. */
    public abstract ShipmentKey key();

    /** The backend's own id for this shipment, when it has one. */
    public abstract Optional<String> backendId();

    /** The carrier's status, any manual override on top of it, and the sub-status. */
    @Value.Default
    public ShipmentStatus status() {
        return ShipmentStatus.initial();
    }

    /** The merchant's order id. */
    public abstract Optional<String> orderId();

    /** A title for the shipment, usually the product name. */
    public abstract Optional<String> title();

    /** When the order was placed, in the merchant's local time. */
    public abstract Optional<LocalDateTime> orderTime();

    /** The recipient's name. */
    public abstract Optional<String> customerName();

    /** The recipient's e-mail addresses. */
    public abstract List<String> customerEmails();

    /** The recipient's phone number. */
    public abstract Optional<String> customerPhone();

    /** The country the parcel was sent from. */
    public abstract Optional<CountryCode> originCountry();

    /** The country the parcel is going to. */
    public abstract Optional<CountryCode> destinationCountry();

    /** Facts some carriers need to find the number (postal code, ship date, account, destination). */
    @Value.Default
    public CarrierExtras carrierExtras() {
        return CarrierExtras.NONE;
    }

    /** The leg handled by the shipment's own carrier. */
    @Value.Default
    public TrackingLeg originLeg() {
        return TrackingLeg.EMPTY;
    }

    /** The leg handled by a destination carrier after a hand-over; empty when there is none. */
    @Value.Default
    public TrackingLeg destinationLeg() {
        return TrackingLeg.EMPTY;
    }

    /** The merchant's shipping channel or service name. */
    public abstract Optional<String> logisticsChannel();

    /** A free-text remark. */
    public abstract Optional<String> comment();

    /** Who signed for the parcel. */
    public abstract Optional<String> signedBy();

    /** The language the carrier's texts were requested in. */
    public abstract Optional<LanguageCode> language();

    /** When the shipment was registered with the backend. */
    public abstract Instant createdAt();

    /** When the backend last changed it. */
    public abstract Optional<Instant> updatedAt();

    /** Whether the shipment is archived (hidden from default listings, still stored). */
    @Value.Default
    public boolean isArchived() {
        return false;
    }

    /** Whether the backend still refreshes the shipment from its carrier. */
    @Value.Default
    public boolean isRefreshing() {
        return true;
    }

    /** Days the parcel has been (or was) on its way, as the backend counts them. */
    public abstract OptionalInt transitDays();

    /** Days since the latest event, as the backend counts them. */
    public abstract OptionalInt daysSinceLastEvent();

    /** The delivery status in force: a manual override if one is set, else the carrier's. */
    public DeliveryStatus deliveryStatus() {
        return status().effective();
    }

    /** The sub-status in force. */
    public Optional<SubStatus> subStatus() {
        return status().effectiveSubStatus();
    }

    /** Whether the shipment will not move any more (see {@link DeliveryStatus#isTerminal()}). */
    public boolean isTerminal() {
        return deliveryStatus().isTerminal();
    }

    /** The events of both legs, newest first. */
    public List<TrackingEvent> events() {
        List<TrackingEvent> all = new ArrayList<>(originLeg().events());
        all.addAll(destinationLeg().events());
        all.sort(Comparator.comparing(TrackingEvent::time).reversed());
        return List.copyOf(all);
    }

    /** The newest event of either leg. */
    public Optional<TrackingEvent> latestEvent() {
        List<TrackingEvent> all = events();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** When {@code milestone} was reached, on the destination leg if it has it, else on the origin leg. */
    public Optional<EventTime> milestone(Milestone milestone) {
        return destinationLeg().milestone(milestone).or(() -> originLeg().milestone(milestone));
    }

    /** A builder pre-filled with this shipment, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.from(this);
        return builder;
    }

    @Value.Check
    protected void check() {
        customerEmails().forEach(EmailAddress::new);
        backendId().ifPresent(id -> Checks.requireText(id, "backend id"));
        transitDays().ifPresent(d -> Checks.requireNonNegative(d, "transit days"));
        daysSinceLastEvent().ifPresent(d -> Checks.requireNonNegative(d, "days since last event"));
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Shipment}; {@code key} and {@code createdAt} are required. */
    public static final class Builder extends ImmutableShipment.Builder {
    }
}
