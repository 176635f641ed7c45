package io.parcelport.adapter.trackingmorev4;

import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.domain.aircargo.Airline;
import io.parcelport.domain.aircargo.AirportCode;
import io.parcelport.domain.aircargo.CargoEvent;
import io.parcelport.domain.aircargo.CargoStatusCode;
import io.parcelport.domain.aircargo.FlightLeg;
import io.parcelport.domain.aircargo.FlightNumber;
import io.parcelport.domain.aircargo.Weight;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.out.AirCargoTracker;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireTimes;
import io.parcelport.wire.trackingmore.v4.V4ClientAnswers;
import io.parcelport.wire.trackingmore.v4.V4ClientRequests;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.System.Logger.Level;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link AirCargoTracker} over {@code POST /awb}, which takes one waybill per call (v4 reference §2.9): the port's list
 * is looped, each waybill its own call and outcome, a waybill named twice asked once.
 *
 * <p>Not repeated after an ambiguous failure: v4 does not document what a waybill costs. A waybill the airline does
 * not know (4161, 4165) or an empty answer is {@code NOT_FOUND}; one refused as invalid (4160) {@code INVALID_FIELD};
 * one whose data the domain refuses {@code BACKEND_ERROR}, so that one bad waybill does not cost the others.
 * {@code status_number} is not mapped (its values are undocumented): the status comes from the events.
 */
final class V4AirCargo implements AirCargoTracker {
    /** Most waybills in one port call; each is a call of its own. */
    static final int MAX_WAYBILLS = 20;
    private static final System.Logger LOG = System.getLogger(V4AirCargo.class.getName());

    private final V4Gateway gateway;

    V4AirCargo(V4Gateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public int maxWaybillsPerCall() {
        return MAX_WAYBILLS;
    }

    @Override
    public List<ItemOutcome<AirCargoTracking>> track(List<AirWaybill> waybills) {
        Objects.requireNonNull(waybills, "waybills");
        if (waybills.size() > MAX_WAYBILLS) {
            throw new InvalidRequestException(BackendException.Failure.of(V4Endpoint.AIR_CARGO.operation),
                    RejectionReason.LIMIT_EXCEEDED, waybills.size() + " waybills exceed the limit of "
                            + MAX_WAYBILLS);
        }
        Map<AirWaybill, ItemOutcome<AirCargoTracking>> byWaybill = new LinkedHashMap<>();
        for (AirWaybill w : waybills) {
            Objects.requireNonNull(w, "waybill");
            if (!byWaybill.containsKey(w)) {
                byWaybill.put(w, one(w));
            }
        }
        return waybills.stream().map(byWaybill::get).toList();
    }

    private ItemOutcome<AirCargoTracking> one(AirWaybill waybill) {
        String body = V4ClientRequests.airWaybill(waybill).toString();
        V4Reply reply = gateway.call(V4Endpoint.AIR_CARGO, api -> api.airWaybill(body));
        if (!reply.isSuccess()) {
            return reply.rejectedOrThrow(EnumSet.of(RejectionReason.NOT_FOUND, RejectionReason.INVALID_FIELD),
                    waybill);
        }
        Optional<V4ClientAnswers.AirWaybillAnswer> answer = gateway.decode(reply,
                () -> V4ClientAnswers.airWaybill(reply.data()));
        if (answer.isEmpty()) {
            return ItemOutcome.rejected(new Rejection(RejectionReason.NOT_FOUND,
                    waybill + ": the airline does not know this air waybill", Optional.empty()));
        }
        try {
            return ItemOutcome.accepted(map(waybill, answer.get()));
        } catch (MalformedAnswerException | IllegalArgumentException | NullPointerException problem) {
            return ItemOutcome.rejected(new Rejection(RejectionReason.BACKEND_ERROR,
                    waybill + ": unreadable answer: " + problem.getMessage(), Optional.empty()));
        }
    }

    private static AirCargoTracking map(AirWaybill waybill, V4ClientAnswers.AirWaybillAnswer d) {
        AirCargoTracking.Builder b = AirCargoTracking.builder()
                .waybill(waybill)
                .origin(airport(d.origin().orElse(null), "origin"))
                .destination(airport(d.destination().orElse(null), "destination"))
                .weight(weight(d.weight().orElse(null)));
        Wire.count(d.piece(), "piece").stream().filter(p -> p > 0).findFirst().ifPresent(b::pieces);
        for (int i = 0; i < d.track().size(); i++) {
            int index = i;
            try {
                b.addEvents(event(d.track().get(i)));
            } catch (IllegalArgumentException | MalformedAnswerException problem) {
                LOG.log(Level.DEBUG, () -> waybill + ": dropped track_info[" + index + "]: " + problem.getMessage());
            }
        }
        b.addAllFlightLegs(legs(waybill, d.flights()));
        d.airlineName().ifPresent(name -> b.reportedAirline(Airline.byPrefix(waybill.prefix())
                .orElseGet(() -> new Airline(waybill.prefix(), name, Optional.empty()))));
        List<AirportCode> route = route(d.flightWayStation());
        try {
            return b.addAllReportedRoute(route).build();
        } catch (IllegalArgumentException inconsistent) {
            if (route.isEmpty()) {
                throw inconsistent;
            }
            // A reported route that does not run from origin to destination is dropped; the legs give one.
            LOG.log(Level.DEBUG, () -> waybill + ": dropped flight_way_station: " + inconsistent.getMessage());
            return b.reportedRoute(List.of()).build();
        }
    }

    private static CargoEvent event(JsonObject t) {
        CargoEvent.Builder e = CargoEvent.builder()
                .statusCode(CargoStatusCode.of(Wire.text(t.get("status")).orElseThrow(
                        () -> new MalformedAnswerException("status", "is missing"))))
                .station(airport(Wire.text(t.get("station")).orElse(null), "station"))
                .flight(Wire.text(t.get("flight_number")).flatMap(V4AirCargo::flight))
                .weight(weight(Wire.text(t.get("weight")).orElse(null)))
                .plannedTime(time(t.get("plan_date"), "plan_date"))
                .actualTime(time(t.get("actual_date"), "actual_date"));
        Wire.count(t.get("piece"), "piece").ifPresent(e::pieces);
        Wire.text(t.get("event")).ifPresent(e::description);
        return e.build();
    }

    private static List<FlightLeg> legs(AirWaybill waybill, Map<String, JsonObject> flights) {
        List<FlightLeg> legs = new ArrayList<>();
        for (Map.Entry<String, JsonObject> f : flights.entrySet()) {
            try {
                JsonObject v = f.getValue();
                legs.add(FlightLeg.builder()
                        .flight(flight(f.getKey()).orElseThrow(
                                () -> new MalformedAnswerException("flight_info key", "is not a flight number")))
                        .departureStation(airport(Wire.text(v.get("depart_station")).orElse(null), "depart_station"))
                        .arrivalStation(airport(Wire.text(v.get("arrival_station")).orElse(null), "arrival_station"))
                        .plannedDeparture(time(v.get("plan_depart_time"), "plan_depart_time"))
                        .actualDeparture(time(v.get("depart_time"), "depart_time"))
                        .plannedArrival(time(v.get("plan_arrival_time"), "plan_arrival_time"))
                        .actualArrival(time(v.get("arrival_time"), "arrival_time"))
                        .build());
            } catch (IllegalArgumentException | MalformedAnswerException | NullPointerException problem) {
                LOG.log(Level.DEBUG, () -> waybill + ": dropped flight_info." + f.getKey() + ": "
                        + problem.getMessage());
            }
        }
        // flight_info is an object, so its order means nothing: put legs in flight order by departure time.
        legs.sort(Comparator.comparing((FlightLeg l) -> l.plannedDeparture().or(l::actualDeparture)
                .orElse(LocalDateTime.MAX)));
        return legs;
    }

    private static List<AirportCode> route(List<String> stations) {
        List<AirportCode> route = new ArrayList<>();
        for (String s : stations) {
            if (!s.matches("[A-Za-z]{3}")) {
                return List.of(); // a route with a hole in it is no route
            }
            route.add(AirportCode.of(s));
        }
        return route;
    }

    private static AirportCode airport(String value, String field) {
        String code = Wire.text(value).orElseThrow(() -> new MalformedAnswerException(field, "is missing"));
        try {
            return AirportCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException(field, "is not an IATA airport code", e);
        }
    }

    private static Optional<FlightNumber> flight(String value) {
        try {
            return Optional.of(FlightNumber.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Weight> weight(String value) {
        try {
            return Wire.text(value).map(Weight::parse);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a unit guessed wrong is worse than none
        }
    }

    private static Optional<LocalDateTime> time(JsonValue value, String field) {
        try {
            return WireTimes.stamp(Wire.text(value).orElse(null), field).map(WireTimes.EventStamp::local);
        } catch (MalformedAnswerException e) {
            return Optional.empty();
        }
    }
}
