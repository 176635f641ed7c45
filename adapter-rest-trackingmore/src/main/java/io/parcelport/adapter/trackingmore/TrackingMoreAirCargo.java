package io.parcelport.adapter.trackingmore;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import java.lang.System.Logger.Level;
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
import io.parcelport.wire.trackingmore.WireBinding;
import io.parcelport.wire.trackingmore.WireTimes;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
 * {@link AirCargoTracker} over {@code POST /trackings/aircargo}, with the air cargo mapper.
 *
 * <p>The answer is keyed by waybill ({@code data["172-28891936"].return_data}); {@code flight_info} is an object
 * keyed by flight number; {@code weight} reads like {@code 1981K}; {@code piece} is an int or a string. A waybill
 * missing from the answer, or without {@code return_data}, is {@code NOT_FOUND}; one whose data the domain refuses
 * (no origin, origin equal to destination) is rejected {@code BACKEND_ERROR} naming the field, so one bad waybill
 * does not cost the others (which are paid for). Inside a waybill, events, legs and the reported route the domain
 * refuses are dropped; {@code status_number} is not mapped because its values are undocumented, so the status is
 * derived from the events.
 */
final class TrackingMoreAirCargo implements AirCargoTracker {
    static final int MAX_WAYBILLS = 40;
    private static final System.Logger LOG = System.getLogger(TrackingMoreAirCargo.class.getName());

    private final HttpGateway gateway;

    TrackingMoreAirCargo(HttpGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public int maxWaybillsPerCall() {
        return MAX_WAYBILLS;
    }

    /**
     * <b>Not</b> retried after an ambiguous failure: each waybill costs 20 quota units per call. The same waybill
     * twice is sent once.
     */
    @Override
    public List<ItemOutcome<AirCargoTracking>> track(List<AirWaybill> waybills) {
        Objects.requireNonNull(waybills, "waybills");
        if (waybills.size() > MAX_WAYBILLS) {
            throw new InvalidRequestException(BackendException.Failure.of(Endpoint.AIR_CARGO.operation),
                    RejectionReason.LIMIT_EXCEEDED, waybills.size() + " waybills exceed the limit of " + MAX_WAYBILLS);
        }
        List<AirWaybill> unique = waybills.stream().map(w -> Objects.requireNonNull(w, "waybill")).distinct()
                .toList();
        if (unique.isEmpty()) {
            return List.of();
        }
        JsonArrayBuilder numbers = JSON.createArrayBuilder();
        unique.forEach(w -> numbers.add(w.value()));
        String body = JSON.createObjectBuilder().add("track_number", numbers).build().toString();
        Reply reply = gateway.call(Endpoint.AIR_CARGO, api -> api.airCargo(body));
        if (!reply.isSuccess()) {
            return reply.rejectedAllOrThrow(EnumSet.of(RejectionReason.NOT_FOUND), waybills);
        }
        Map<AirWaybill, ItemOutcome<AirCargoTracking>> byWaybill = gateway.decode(reply, () -> {
            Map<AirWaybill, JsonObject> entries = entries(reply.data());
            Map<AirWaybill, ItemOutcome<AirCargoTracking>> out = new LinkedHashMap<>();
            for (AirWaybill w : unique) {
                JsonObject entry = entries.get(w);
                out.put(w, entry == null ? notFound(w) : tracking(w, entry));
            }
            return out;
        });
        return waybills.stream().map(byWaybill::get).toList();
    }

    private static Map<AirWaybill, JsonObject> entries(JsonValue data) {
        Map<AirWaybill, JsonObject> out = new LinkedHashMap<>();
        if (data instanceof JsonArray array) {
            if (!array.isEmpty()) {
                for (JsonValue v : array) {
                    if (v instanceof JsonObject o) {
                        Wire.text(o.get("track_number")).filter(AirWaybill::isValid)
                                .ifPresent(t -> out.put(AirWaybill.parse(t), o));
                    }
                }
            }
            return out;
        }
        for (Map.Entry<String, JsonValue> e : WireBinding.object(data, "data").entrySet()) {
            if (e.getValue() instanceof JsonObject o) {
                Optional<String> number = Wire.text(o.get("track_number")).filter(AirWaybill::isValid)
                        .or(() -> Optional.of(e.getKey()).filter(AirWaybill::isValid));
                number.ifPresent(n -> out.put(AirWaybill.parse(n), o));
            }
        }
        return out;
    }

    private static ItemOutcome<AirCargoTracking> notFound(AirWaybill w) {
        return ItemOutcome.rejected(new Rejection(RejectionReason.NOT_FOUND,
                w + ": the airline does not know this air waybill", Optional.empty()));
    }

    private static ItemOutcome<AirCargoTracking> tracking(AirWaybill waybill, JsonObject entry) {
        Wire.AirCargoEntry e = WireBinding.bind(entry, Wire.AirCargoEntry.class, "data." + waybill);
        if (!(e.returnData() instanceof JsonObject returnData) || returnData.isEmpty()) {
            return notFound(waybill);
        }
        try {
            Wire.AirCargoData d = WireBinding.bind(returnData, Wire.AirCargoData.class, "data." + waybill + ".return_data");
            return ItemOutcome.accepted(map(waybill, d, Optional.ofNullable(e.airlineInfo())
                    .or(() -> Optional.ofNullable(d.airlineInfo()))));
        } catch (MalformedAnswerException | IllegalArgumentException problem) {
            return ItemOutcome.rejected(new Rejection(RejectionReason.BACKEND_ERROR,
                    waybill + ": unreadable answer: " + problem.getMessage(), Optional.empty()));
        }
    }

    private static AirCargoTracking map(AirWaybill waybill, Wire.AirCargoData d, Optional<Wire.AirlineInfo> airline) {
        AirportCode origin = airport(d.origin(), "origin");
        AirportCode destination = airport(d.destination(), "destination");
        AirCargoTracking.Builder b = AirCargoTracking.builder()
                .waybill(waybill)
                .origin(origin)
                .destination(destination)
                .weight(weight(d.weight()));
        Wire.count(d.piece(), "piece").stream().filter(p -> p > 0).findFirst().ifPresent(b::pieces);
        List<Wire.CargoTrack> tracks = d.trackInfo() == null ? List.of() : d.trackInfo();
        for (int i = 0; i < tracks.size(); i++) {
            int index = i;
            try {
                b.addEvents(event(tracks.get(i)));
            } catch (IllegalArgumentException | MalformedAnswerException problem) {
                LOG.log(Level.DEBUG, () -> waybill + ": dropped track_info[" + index + "]: " + problem.getMessage());
            }
        }
        b.addAllFlightLegs(legs(waybill, d.flightInfo()));
        airline.flatMap(a -> Wire.text(a.name())).ifPresent(name -> b.reportedAirline(
                Airline.byPrefix(waybill.prefix()).orElseGet(() -> new Airline(waybill.prefix(), name,
                        Optional.empty()))));
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

    private static CargoEvent event(Wire.CargoTrack t) {
        CargoEvent.Builder e = CargoEvent.builder()
                .statusCode(CargoStatusCode.of(Wire.text(t.status()).orElseThrow(
                        () -> new MalformedAnswerException("status", "is missing"))))
                .station(airport(t.station(), "station"))
                .flight(Wire.text(t.flightNumber()).flatMap(TrackingMoreAirCargo::flight))
                .weight(weight(t.weight()))
                .plannedTime(time(t.planDate(), "plan_date"))
                .actualTime(time(t.actualDate(), "actual_date"));
        Wire.count(t.piece(), "piece").ifPresent(e::pieces);
        Wire.text(t.event()).ifPresent(e::description);
        return e.build();
    }

    private static List<FlightLeg> legs(AirWaybill waybill, Map<String, Wire.Flight> flights) {
        List<FlightLeg> legs = new ArrayList<>();
        if (flights == null) {
            return legs;
        }
        for (Map.Entry<String, Wire.Flight> f : flights.entrySet()) {
            try {
                Wire.Flight v = f.getValue();
                legs.add(FlightLeg.builder()
                        .flight(flight(f.getKey()).orElseThrow(
                                () -> new MalformedAnswerException("flight_info key", "is not a flight number")))
                        .departureStation(airport(v.departStation(), "depart_station"))
                        .arrivalStation(airport(v.arrivalStation(), "arrival_station"))
                        .plannedDeparture(time(v.planDepartTime(), "plan_depart_time"))
                        .actualDeparture(time(v.departTime(), "depart_time"))
                        .plannedArrival(time(v.planArrivalTime(), "plan_arrival_time"))
                        .actualArrival(time(v.arrivalTime(), "arrival_time"))
                        .build());
            } catch (IllegalArgumentException | MalformedAnswerException | NullPointerException problem) {
                LOG.log(Level.DEBUG, () -> waybill + ": dropped flight_info." + f.getKey() + ": " + problem.getMessage());
            }
        }
        // flight_info is an object, so its order means nothing: put legs in flight order by departure time.
        legs.sort(Comparator.comparing((FlightLeg l) -> l.plannedDeparture().or(l::actualDeparture)
                .orElse(LocalDateTime.MAX)));
        return legs;
    }

    private static List<AirportCode> route(List<JsonValue> stations) {
        List<AirportCode> route = new ArrayList<>();
        if (stations == null) {
            return route;
        }
        for (JsonValue s : stations) {
            Optional<String> code = Wire.text(s);
            if (code.isEmpty() || !code.get().matches("[A-Za-z]{3}")) {
                return List.of(); // a route with a hole in it is no route
            }
            route.add(AirportCode.of(code.get()));
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

    private static Optional<Weight> weight(JsonValue value) {
        try {
            return Wire.text(value).map(Weight::parse);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // e.g. "" or a bare number: a unit guessed wrong is worse than none
        }
    }

    private static Optional<LocalDateTime> time(String value, String field) {
        try {
            return WireTimes.stamp(value, field).map(WireTimes.EventStamp::local);
        } catch (MalformedAnswerException e) {
            return Optional.empty();
        }
    }
}
