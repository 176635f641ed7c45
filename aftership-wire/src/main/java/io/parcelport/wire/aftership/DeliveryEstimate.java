package io.parcelport.wire.aftership;

import io.parcelport.domain.shipment.EventTime;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of a tracking's estimated-delivery objects (reference §3): the carrier's, AfterShip's AI one, the custom one,
 * the first and the latest. The domain has no place for them, so they stay at the wire for now.
 *
 * @param field the tracking field it came from, e.g. {@code latest_estimated_delivery}
 * @param date the single estimated day or time, when given
 * @param earliest the start of the estimated range, when given
 * @param latest the end of the estimated range, when given
 * @param source who estimated ({@code Carrier EDD}, {@code AfterShip EDD}...), when given
 */
public record DeliveryEstimate(String field, Optional<EventTime> date, Optional<EventTime> earliest,
        Optional<EventTime> latest, Optional<String> source) {

    private static final String[][] SHAPES = {
        {"courier_estimated_delivery_date", "estimated_delivery_date", "estimated_delivery_date_min",
            "estimated_delivery_date_max"},
        {"aftership_estimated_delivery_date", "estimated_delivery_date", "estimated_delivery_date_min",
            "estimated_delivery_date_max"},
        {"custom_estimated_delivery_date", "datetime", "datetime_min", "datetime_max"},
        {"first_estimated_delivery", "datetime", "datetime_min", "datetime_max"},
        {"latest_estimated_delivery", "datetime", "datetime_min", "datetime_max"},
    };

    public DeliveryEstimate {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(source, "source");
    }

    /** Every estimate a tracking object carries, in the order of the reference's table; null objects are absent. */
    public static List<DeliveryEstimate> read(JsonObject tracking, String what) {
        List<DeliveryEstimate> out = new ArrayList<>();
        for (String[] shape : SHAPES) {
            String where = what + "." + shape[0];
            Json.object(tracking, shape[0], what).ifPresent(o -> {
                DeliveryEstimate e = new DeliveryEstimate(shape[0], time(o, shape[1], where),
                        time(o, shape[2], where), time(o, shape[3], where), Json.text(o, "source", where));
                if (e.date.isPresent() || e.earliest.isPresent() || e.latest.isPresent()) {
                    out.add(e);
                }
            });
        }
        return out;
    }

    private static Optional<EventTime> time(JsonObject o, String key, String what) {
        return Json.text(o, key, what).flatMap(t -> Times.read(t, what + "." + key));
    }
}
