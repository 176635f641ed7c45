package io.parcelport.domain.aircargo;

import io.parcelport.domain.shipment.DeliveryStatus;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One status update of an air cargo consignment at one station, such as "9 pieces received from the shipper at XMN".
 *
 * <p>Times are station-local wall-clock times without a zone, because that is how carriers report them; times of
 * events at different stations can therefore be compared only roughly. The planned time is when the carrier
 * expected the event, the actual time when it happened; an event with only a planned time has not happened yet.
 * Pieces and weight are what the carrier counted at that event and may differ from the waybill's totals (partial
 * shipments, recounts), so they are not checked against them.
 */
@Value.Immutable
public abstract class CargoEvent {

    /** The Cargo-IMP status code, e.g. {@code RCS}. */
    public abstract CargoStatusCode statusCode();

    /** The carrier's description; when none is given, the code's meaning, or the code itself if it is unknown. */
    @Value.Default
    public String description() {
        return statusCode().meaning().orElse(statusCode().code());
    }

    /** The station (airport) where the event happened. */
    public abstract AirportCode station();

    /** The flight the event concerns, if any (receipt from the shipper may name the booked flight). */
    public abstract Optional<FlightNumber> flight();

    /** The number of pieces counted at this event. */
    public abstract OptionalInt pieces();

    /** The weight measured at this event. */
    public abstract Optional<Weight> weight();

    /** When the carrier planned the event, in station-local time. */
    public abstract Optional<LocalDateTime> plannedTime();

    /** When the event happened, in station-local time. */
    public abstract Optional<LocalDateTime> actualTime();

    /** The actual time if the event happened, else the planned time. */
    public Optional<LocalDateTime> time() {
        return actualTime().or(this::plannedTime);
    }

    /** Whether the carrier reported the event as done, that is with an actual time. */
    public boolean hasHappened() {
        return actualTime().isPresent();
    }

    /**
     * Actual minus planned time, when both are known; negative when early. Both are local to the same station, so
     * the difference is meaningful.
     */
    public Optional<Duration> delay() {
        return actualTime().flatMap(actual -> plannedTime().map(planned -> Duration.between(planned, actual)));
    }

    /** The delivery status the status code implies, if the code is known. */
    public Optional<DeliveryStatus> impliedStatus() {
        return statusCode().impliedStatus();
    }

    @Value.Check
    protected void check() {
        if (pieces().isPresent() && pieces().getAsInt() < 0) {
            throw new IllegalArgumentException("Cargo event pieces cannot be negative: " + pieces().getAsInt());
        }
    }

    /** A builder for a cargo event. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CargoEvent}; {@code statusCode} and {@code station} are required. */
    public static final class Builder extends ImmutableCargoEvent.Builder {
    }
}
