package io.parcelport.domain.aircargo;

import io.parcelport.domain.shipment.DeliveryStatus;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What a carrier reports about one air waybill: its route, totals, flights and status events, with the facts derived
 * from them (latest event, delivery status, whether it changed planes).
 *
 * <p>Events and legs keep the order they were given in; legs should be given in flight order, since the
 * {@linkplain #route() route} derived from them follows it. What the backend itself says about the route, the
 * airline and the status is kept apart ({@code reported...}) from what Parcelport derives when it says nothing.
 */
@Value.Immutable
public abstract class AirCargoTracking {

    // Events that happened come after those that are only planned; among each, the later wall-clock time wins.
    // Wall-clock times of different stations are compared as they are, because carriers give no zone: events less
    // than a day apart at stations in different zones may be ordered wrongly, which is the best the data allows.
    private static final Comparator<CargoEvent> BY_TIME = Comparator.comparing(CargoEvent::hasHappened)
            .thenComparing(event -> event.time().orElse(LocalDateTime.MIN));

    /** The air waybill tracked. */
    public abstract AirWaybill waybill();

    /** The airport of departure on the waybill. */
    public abstract AirportCode origin();

    /** The airport of destination on the waybill, different from the origin. */
    public abstract AirportCode destination();

    /** The total number of pieces on the waybill. */
    public abstract OptionalInt pieces();

    /** The total weight on the waybill. */
    public abstract Optional<Weight> weight();

    /** The status events, in the order the carrier gave them (not necessarily chronological). */
    public abstract List<CargoEvent> events();

    /** The flights, in flight order. */
    public abstract List<FlightLeg> flightLegs();

    /**
     * The stations the carrier reports the consignment passes, in order from the origin to the destination; empty
     * when it reports none. See {@link #route()}.
     */
    public abstract List<AirportCode> reportedRoute();

    /** The airline the carrier reports; see {@link #airline()}. */
    public abstract Optional<Airline> reportedAirline();

    /** The delivery status the backend reports; see {@link #status()}. */
    public abstract Optional<DeliveryStatus> reportedStatus();

    // route(), airline() and status() are derived methods rather than @Value.Default attributes because a copy made
    // with builder().from(tracking) would freeze a default as if it had been reported, and then go stale as soon as
    // events or legs are added to the copy.

    /**
     * The stations the consignment passes, in order, from the origin to the destination: the reported route if there
     * is one; otherwise the origin, the departure and arrival station of each leg in turn, and the destination,
     * without repeating a station twice in a row.
     */
    public List<AirportCode> route() {
        if (!reportedRoute().isEmpty()) {
            return reportedRoute();
        }
        List<AirportCode> stations = new ArrayList<>();
        addUnlessRepeated(stations, origin());
        for (FlightLeg leg : flightLegs()) {
            addUnlessRepeated(stations, leg.departureStation());
            addUnlessRepeated(stations, leg.arrivalStation());
        }
        addUnlessRepeated(stations, destination());
        return List.copyOf(stations);
    }

    /** The reported airline, else the one that owns the waybill's prefix, if Parcelport knows it. */
    public Optional<Airline> airline() {
        return reportedAirline().or(() -> waybill().airline());
    }

    /**
     * The reported delivery status; if none was reported, the status implied by the latest event (see
     * {@link #latestEvent()}) whose code implies one, so that an unknown carrier-specific code does not hide a known
     * status; {@code UNKNOWN} if there are events but no code implies a status; {@code INFO_RECEIVED} if there are no
     * events yet, since the carrier already knows the waybill's origin and destination.
     */
    public DeliveryStatus status() {
        if (reportedStatus().isPresent()) {
            return reportedStatus().get();
        }
        if (events().isEmpty()) {
            return DeliveryStatus.INFO_RECEIVED;
        }
        return eventsLatestFirst().stream()
                .flatMap(event -> event.impliedStatus().stream())
                .findFirst()
                .orElse(DeliveryStatus.UNKNOWN);
    }

    /**
     * The most recent event: among those that happened (with an actual time), the latest; if none happened yet, the
     * latest planned one; on equal times, the one given last. Times of different stations are compared as
     * wall-clock values (see {@link CargoEvent}).
     */
    public Optional<CargoEvent> latestEvent() {
        List<CargoEvent> latestFirst = eventsLatestFirst();
        return latestFirst.isEmpty() ? Optional.empty() : Optional.of(latestFirst.get(0));
    }

    /** Whether the consignment changes planes or stops on its way: more than one leg, or a station in between. */
    public boolean isMultiLeg() {
        return flightLegs().size() > 1 || route().size() > 2;
    }

    /** The stations between origin and destination, in order; empty for a direct flight. */
    public List<AirportCode> transitStations() {
        List<AirportCode> route = route();
        return route.size() <= 2 ? List.of() : List.copyOf(route.subList(1, route.size() - 1));
    }

    /** The leg flown on {@code flight}, if the carrier reported one. */
    public Optional<FlightLeg> leg(FlightNumber flight) {
        return flightLegs().stream().filter(leg -> leg.flight().equals(flight)).findFirst();
    }

    private List<CargoEvent> eventsLatestFirst() {
        List<CargoEvent> latestFirst = new ArrayList<>(events());
        // Reversing before the stable sort makes the event given last win on equal times.
        Collections.reverse(latestFirst);
        latestFirst.sort(BY_TIME.reversed());
        return latestFirst;
    }

    private static void addUnlessRepeated(List<AirportCode> stations, AirportCode station) {
        if (stations.isEmpty() || !stations.get(stations.size() - 1).equals(station)) {
            stations.add(station);
        }
    }

    @Value.Check
    protected void check() {
        if (origin().equals(destination())) {
            throw new IllegalArgumentException("Air waybill " + waybill() + " has the same origin and destination: "
                    + origin());
        }
        if (pieces().isPresent() && pieces().getAsInt() < 1) {
            throw new IllegalArgumentException("Air waybill " + waybill() + " must have at least one piece, not "
                    + pieces().getAsInt());
        }
        List<AirportCode> route = route();
        if (!route.get(0).equals(origin()) || !route.get(route.size() - 1).equals(destination())) {
            throw new IllegalArgumentException("The route of air waybill " + waybill() + " must run from " + origin()
                    + " to " + destination() + ": " + route);
        }
        for (int i = 1; i < route.size(); i++) {
            if (route.get(i).equals(route.get(i - 1))) {
                throw new IllegalArgumentException("The route of air waybill " + waybill() + " repeats "
                        + route.get(i) + ": " + route);
            }
        }
    }

    /** A builder for an air cargo tracking. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link AirCargoTracking}; {@code waybill}, {@code origin} and {@code destination} are required.
     */
    public static final class Builder extends ImmutableAirCargoTracking.Builder {
    }
}
