package io.parcelport.domain.aircargo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One flight of an air cargo consignment from one station to another, with its planned and actual departure and
 * arrival.
 *
 * <p>Departure times are local to the departure station and arrival times local to the arrival station, without a
 * zone, as carriers report them. Hence there is deliberately no flight duration (it would subtract times of two
 * different zones), and a leg whose arrival reads earlier than its departure is accepted: carriers do report such
 * legs, e.g. Cargolux CV7493 departing XMN at 2018-04-12 08:46 and "arriving" LUX at 2018-04-11 15:56. Delays are
 * meaningful, as they compare two times of the same station.
 */
@Value.Immutable
public abstract class FlightLeg {

    /** The flight, e.g. {@code CV7493}. */
    public abstract FlightNumber flight();

    // Not from()/to(): an attribute named "from" would suppress the builder's from(FlightLeg) copy method.

    /** The departure station. */
    public abstract AirportCode departureStation();

    /** The arrival station, different from the departure station. */
    public abstract AirportCode arrivalStation();

    /** The scheduled departure, local to {@link #departureStation()}. */
    public abstract Optional<LocalDateTime> plannedDeparture();

    /** The actual departure, local to {@link #departureStation()}. */
    public abstract Optional<LocalDateTime> actualDeparture();

    /** The scheduled arrival, local to {@link #arrivalStation()}. */
    public abstract Optional<LocalDateTime> plannedArrival();

    /** The actual arrival, local to {@link #arrivalStation()}. */
    public abstract Optional<LocalDateTime> actualArrival();

    /** Actual minus planned departure, when both are known; negative when the flight left early. */
    public Optional<Duration> departureDelay() {
        return difference(plannedDeparture(), actualDeparture());
    }

    /** Actual minus planned arrival, when both are known; negative when the flight landed early. */
    public Optional<Duration> arrivalDelay() {
        return difference(plannedArrival(), actualArrival());
    }

    /** Whether the carrier reported the flight as departed. */
    public boolean hasDeparted() {
        return actualDeparture().isPresent();
    }

    /** Whether the carrier reported the flight as arrived. */
    public boolean hasArrived() {
        return actualArrival().isPresent();
    }

    private static Optional<Duration> difference(Optional<LocalDateTime> planned, Optional<LocalDateTime> actual) {
        return actual.flatMap(a -> planned.map(p -> Duration.between(p, a)));
    }

    @Value.Check
    protected void check() {
        if (departureStation().equals(arrivalStation())) {
            throw new IllegalArgumentException("Flight leg " + flight() + " departs from and arrives at the same "
                    + "station: " + departureStation());
        }
    }

    /** A builder for a flight leg. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FlightLeg}; the flight and both stations are required. */
    public static final class Builder extends ImmutableFlightLeg.Builder {
    }
}
