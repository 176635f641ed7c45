package io.parcelport.wire.trackingmore.v4;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.Airline;
import io.parcelport.domain.aircargo.CargoEvent;
import io.parcelport.domain.aircargo.FlightLeg;
import io.parcelport.domain.aircargo.FlightNumber;
import io.parcelport.domain.aircargo.Weight;
import io.parcelport.domain.aircargo.WeightUnit;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.wire.trackingmore.CarrierKinds;
import io.parcelport.wire.trackingmore.Statuses;
import io.parcelport.wire.trackingmore.WireTimes;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes TrackingMore v4's answers other than the tracking object (v4 reference §1, §2.2, §5, §6): the envelope, an
 * error, a batch item, a courier and an air waybill. The server side of the format; {@link V4TrackingWriter} writes
 * the tracking object.
 *
 * <p>Choices where the reference is silent: an error's envelope has {@code meta} only, no {@code data} (the README's
 * table and every SDK read {@code meta}; an absent {@code data} reads as null in every SDK's model, where {@code []}
 * or {@code {}} would break one typed as an object or as a list); {@code meta} has no {@code type}. An air waybill's
 * {@code status_number} is a JSON number, as the Go SDK's int64 needs and the Java SDK's String accepts; its other
 * scalars are strings, as every SDK types them.
 */
public final class V4AnswerWriter {

    private V4AnswerWriter() {
    }

    // ---- envelope ----

    /** {@code {"meta":{"code":..,"message":..},"data":data}} with the code's README message. */
    public static JsonObject envelope(V4MetaCode meta, JsonValue data) {
        return JSON.createObjectBuilder().add("meta", meta(meta, meta.message())).add("data", data).build();
    }

    /** An error answer: {@code {"meta":{"code":..,"message":..}}}, no {@code data}. */
    public static JsonObject error(V4MetaCode meta, String message) {
        return JSON.createObjectBuilder().add("meta", meta(meta, message)).build();
    }

    /** {@code meta}: code and message. */
    public static JsonObject meta(V4MetaCode meta, String message) {
        return JSON.createObjectBuilder().add("code", meta.code()).add("message", message).build();
    }

    // ---- batch create (§2.2) ----

    /** A created item of a batch: {@code id}, {@code tracking_number}, {@code courier_code}. */
    public static JsonObject batchCreated(String id, String trackingNumber, String courierCode) {
        return JSON.createObjectBuilder().add("id", id).add("tracking_number", trackingNumber)
                .add("courier_code", courierCode).build();
    }

    /**
     * A refused item of a batch: {@code id} (only when a tracking with that number and courier exists, as for 4101),
     * {@code tracking_number}, {@code courier_code}, then the camelCase {@code errorCode} and {@code errorMessage}.
     */
    public static JsonObject batchRefused(Optional<String> id, String trackingNumber, String courierCode,
            V4MetaCode code, String message) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        id.ifPresent(v -> b.add("id", v));
        return b.add("tracking_number", trackingNumber).add("courier_code", courierCode)
                .add("errorCode", code.code()).add("errorMessage", message).build();
    }

    // ---- couriers (§5) ----

    /**
     * A courier of {@code /couriers/all} and {@code /couriers/detect}. The directory knows no country, languages or
     * extra fields per carrier: {@code courier_country_iso2} is null, the languages English, and
     * {@code tracking_required_fields} / {@code optional_fields} empty arrays.
     */
    public static JsonObject courier(Carrier c) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("courier_name", c.name())
                .add("courier_code", c.code().value())
                .addNull("courier_country_iso2");
        nullable(b, "courier_url", c.homepage().map(h -> h.startsWith("//") ? "https:" + h : h));
        nullable(b, "courier_phone", c.phone());
        return b.add("courier_type", CarrierKinds.write(c.kind()))
                .add("default_language", "en")
                .add("support_language", JSON.createArrayBuilder().add("en"))
                .add("courier_logo", "https://s.trackingmore.com/images/icons/express/" + c.code().value() + ".png")
                .add("tracking_required_fields", JsonValue.EMPTY_JSON_ARRAY)
                .add("optional_fields", JsonValue.EMPTY_JSON_ARRAY)
                .build();
    }

    // ---- air waybill (§6) ----

    /** The AirWaybill object of {@code POST /awb}: every field of the SDK models, in their order. */
    public static JsonObject airWaybill(AirCargoTracking t) {
        DeliveryStatus status = t.status();
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("awb_number", t.waybill().value())
                .add("awb_status", Statuses.word(status));
        nullable(b, "awb_substatus", Optional.empty());
        b.add("status_number", statusNumber(status));
        nullable(b, "weight", t.weight().map(V4AnswerWriter::weight));
        nullable(b, "piece", count(t.pieces()));
        b.add("origin", t.origin().code()).add("destination", t.destination().code());
        JsonArrayBuilder stations = JSON.createArrayBuilder();
        t.route().forEach(a -> stations.add(a.code()));
        b.add("flight_way_station", stations);
        nullable(b, "last_event", t.latestEvent().map(CargoEvent::description));

        JsonArrayBuilder flightsNew = JSON.createArrayBuilder();
        JsonObjectBuilder flights = JSON.createObjectBuilder();
        for (FlightLeg leg : t.flightLegs()) {
            JsonObjectBuilder f = JSON.createObjectBuilder().add("flight_number", leg.flight().value())
                    .add("depart_station", leg.departureStation().code())
                    .add("arrival_station", leg.arrivalStation().code());
            nullable(f, "plan_depart_time", leg.plannedDeparture().map(WireTimes::local));
            nullable(f, "depart_time", leg.actualDeparture().map(WireTimes::local));
            nullable(f, "plan_arrival_time", leg.plannedArrival().map(WireTimes::local));
            nullable(f, "arrival_time", leg.actualArrival().map(WireTimes::local));
            nullable(f, "piece", count(t.pieces()));
            nullable(f, "weight", t.weight().map(V4AnswerWriter::weight));
            f.add("status", leg.hasArrived() ? "Arrived" : leg.hasDeparted() ? "Departed" : "Planned");
            flightsNew.add(f);

            JsonObjectBuilder keyed = JSON.createObjectBuilder();
            nullable(keyed, "plan_depart_time", leg.plannedDeparture().map(WireTimes::local));
            nullable(keyed, "depart_time", leg.actualDeparture().map(WireTimes::local));
            keyed.add("depart_station", leg.departureStation().code());
            nullable(keyed, "plan_arrival_time", leg.plannedArrival().map(WireTimes::local));
            nullable(keyed, "arrival_time", leg.actualArrival().map(WireTimes::local));
            keyed.add("arrival_station", leg.arrivalStation().code());
            flights.add(leg.flight().value(), keyed);
        }
        b.add("flight_info_new", flightsNew).add("flight_info", flights);

        JsonArrayBuilder events = JSON.createArrayBuilder();
        for (CargoEvent e : t.events()) {
            JsonObjectBuilder ev = JSON.createObjectBuilder();
            nullable(ev, "plan_date", e.plannedTime().map(V4AnswerWriter::local));
            nullable(ev, "actual_date", e.actualTime().map(V4AnswerWriter::local));
            ev.add("event", e.description()).add("station", e.station().code());
            nullable(ev, "flight_number", e.flight().map(FlightNumber::value));
            ev.add("status", e.statusCode().code());
            nullable(ev, "piece", count(e.pieces()));
            nullable(ev, "weight", e.weight().map(V4AnswerWriter::weight));
            DeliveryStatus implied = e.impliedStatus().orElse(DeliveryStatus.IN_TRANSIT);
            ev.add("checkpoint_status", Statuses.word(implied));
            ev.addNull("checkpoint_substatus");
            events.add(ev);
        }
        b.add("track_info", events);

        Optional<Airline> airline = t.airline();
        if (airline.isPresent()) {
            b.add("airline_info", JSON.createObjectBuilder().add("name", airline.get().name())
                    .addNull("url").addNull("track_url").addNull("trackpage_url"));
        } else {
            b.addNull("airline_info");
        }
        return b.build();
    }

    private static String local(LocalDateTime time) {
        return WireTimes.local(time);
    }

    private static Optional<String> count(OptionalInt n) {
        return n.isPresent() ? Optional.of(Integer.toString(n.getAsInt())) : Optional.empty();
    }

    private static String weight(Weight w) {
        return w.amount().stripTrailingZeros().toPlainString() + (w.unit() == WeightUnit.POUND ? "L" : "K");
    }

    // Undocumented (v2 reference §5.16 has one data point, 4 = delivered); the same scale as the v2 writer's.
    private static int statusNumber(DeliveryStatus status) {
        return switch (status) {
            case DELIVERED -> 4;
            case OUT_FOR_DELIVERY -> 3;
            case IN_TRANSIT -> 2;
            case EXCEPTION, FAILED_ATTEMPT -> 5;
            default -> 1;
        };
    }

    private static void nullable(JsonObjectBuilder b, String name, Optional<String> value) {
        value.ifPresentOrElse(v -> b.add(name, v), () -> b.addNull(name));
    }
}
