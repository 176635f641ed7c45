package io.parcelport.wire.trackingmore.v4;

import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.Wire;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads the small v4 answers a client gets besides trackings (v4 reference §2.2, §5, §6): the batch create's
 * {@code {success, error}}, couriers, and an air waybill. Read from the tree, tolerantly: unknown fields ignored,
 * numbers as numbers or strings ({@code errorCode}, {@code status_number}, {@code piece}), PHP's {@code []} for an
 * empty object read as absent.
 */
public final class V4ClientAnswers {

    private V4ClientAnswers() {
    }

    /**
     * One item of a batch answer; v4 spells its error fields in camelCase.
     *
     * @param id TrackingMore's id, when given
     * @param trackingNumber the number
     * @param courierCode the courier
     * @param errorCode {@code errorCode}, on error items
     * @param errorMessage {@code errorMessage}, or empty
     */
    public record BatchItem(Optional<String> id, Optional<String> trackingNumber, Optional<String> courierCode,
            OptionalInt errorCode, String errorMessage) {
    }

    /**
     * A batch answer's {@code data}.
     *
     * @param success the items created
     * @param error the items refused
     */
    public record Batch(List<BatchItem> success, List<BatchItem> error) {
    }

    /**
     * One courier of {@code /couriers/all} or {@code /couriers/detect}.
     *
     * @param code {@code courier_code}
     * @param name {@code courier_name}
     * @param type {@code courier_type}
     * @param url {@code courier_url}
     * @param phone {@code courier_phone}
     */
    public record Courier(Optional<String> code, Optional<String> name, Optional<String> type,
            Optional<String> url, Optional<String> phone) {
    }

    /**
     * An air waybill ({@code POST /awb}).
     *
     * @param awbNumber the waybill
     * @param statusNumber a number or a numeric string; meaning undocumented
     * @param weight e.g. {@code 1981K}
     * @param piece pieces, a number or a string
     * @param origin IATA code
     * @param destination IATA code
     * @param flightWayStation the route's stations
     * @param flights {@code flight_info}, keyed by flight number, each with its times and stations
     * @param track {@code track_info}
     * @param airlineName {@code airline_info.name}
     */
    public record AirWaybillAnswer(Optional<String> awbNumber, OptionalLong statusNumber, Optional<String> weight,
            JsonValue piece, Optional<String> origin, Optional<String> destination, List<String> flightWayStation,
            Map<String, JsonObject> flights, List<JsonObject> track, Optional<String> airlineName) {
    }

    /** The {@code data} of {@code POST /trackings/batch}. */
    public static Batch batch(JsonValue data) {
        JsonObject object = object(data, "data").orElseThrow(
                () -> new MalformedAnswerException("data", "is not the batch answer object"));
        return new Batch(batchItems(object.get("success"), "data.success"),
                batchItems(object.get("error"), "data.error"));
    }

    private static List<BatchItem> batchItems(JsonValue value, String what) {
        List<BatchItem> items = new ArrayList<>();
        for (JsonObject o : objects(value, what)) {
            OptionalLong code = Wire.whole(o.get("errorCode"), what + ".errorCode");
            items.add(new BatchItem(Wire.text(o.get("id")), Wire.text(o.get("tracking_number")),
                    Wire.text(o.get("courier_code")),
                    code.isPresent() && code.getAsLong() == (int) code.getAsLong()
                            ? OptionalInt.of((int) code.getAsLong()) : OptionalInt.empty(),
                    Wire.text(o.get("errorMessage")).orElse("")));
        }
        return items;
    }

    /** The {@code data} of {@code /couriers/all} or {@code /couriers/detect}: an array (one bare object tolerated). */
    public static List<Courier> couriers(JsonValue data) {
        List<Courier> out = new ArrayList<>();
        List<JsonObject> entries = data instanceof JsonObject single ? List.of(single) : objects(data, "data");
        for (JsonObject o : entries) {
            out.add(new Courier(Wire.text(o.get("courier_code")), Wire.text(o.get("courier_name")),
                    Wire.text(o.get("courier_type")), Wire.text(o.get("courier_url")),
                    Wire.text(o.get("courier_phone"))));
        }
        return out;
    }

    /** The {@code data} of {@code POST /awb}; empty when it holds nothing ({@code null}, {@code []}, {@code {}}). */
    public static Optional<AirWaybillAnswer> airWaybill(JsonValue data) {
        JsonValue value = data instanceof JsonArray array && array.size() == 1 ? array.get(0) : data;
        Optional<JsonObject> found = object(value, "data").filter(o -> !o.isEmpty());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonObject o = found.get();
        List<String> stations = new ArrayList<>();
        if (o.get("flight_way_station") instanceof JsonArray array) {
            array.forEach(s -> Wire.text(s).ifPresent(stations::add));
        }
        Map<String, JsonObject> flights = new LinkedHashMap<>();
        object(o.get("flight_info"), "data.flight_info").ifPresent(f -> f.forEach((number, leg) -> {
            if (leg instanceof JsonObject legObject) {
                flights.put(number, legObject);
            }
        }));
        Optional<String> airline = object(o.get("airline_info"), "data.airline_info")
                .flatMap(a -> Wire.text(a.get("name")));
        return Optional.of(new AirWaybillAnswer(Wire.text(o.get("awb_number")),
                Wire.whole(o.get("status_number"), "data.status_number"), Wire.text(o.get("weight")),
                o.get("piece"), Wire.text(o.get("origin")), Wire.text(o.get("destination")), stations, flights,
                objects(o.get("track_info"), "data.track_info"), airline));
    }

    // An object; PHP's [] and null are absent; anything else is malformed.
    private static Optional<JsonObject> object(JsonValue value, String what) {
        if (value == null || value == JsonValue.NULL || value instanceof JsonArray array && array.isEmpty()) {
            return Optional.empty();
        }
        if (value instanceof JsonObject object) {
            return Optional.of(object);
        }
        throw new MalformedAnswerException(what, "is not an object but " + value.getValueType());
    }

    private static List<JsonObject> objects(JsonValue value, String what) {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new MalformedAnswerException(what, "is not an array but " + value.getValueType());
        }
        List<JsonObject> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject o)) {
                throw new MalformedAnswerException(what + "[" + i + "]", "is not an object");
            }
            out.add(o);
        }
        return out;
    }
}
