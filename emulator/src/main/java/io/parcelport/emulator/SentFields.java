package io.parcelport.emulator;

import io.parcelport.domain.shipment.ShipmentKey;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The free-text fields of each tracking exactly as the client sent them, so that answers give them back unchanged:
 * real v2 stores them as text and echoes them ({@code order_create_time} {@code "2017/8/27 16:51"} comes back as
 * such, reference §1 and the 5.9 sample), while the domain keeps them parsed (a date, a country, a list of e-mails)
 * and would write them back reformatted.
 *
 * <p>Only keys an answer already has are replaced, so the short create shape stays short. A value sent as a number is
 * given back as its text, as v2's text columns would. Thread-safe; one instance per generation of the emulator's
 * state, so a reset forgets it with the shipments.
 */
final class SentFields {
    /** The fields given back as sent, under the same names in requests and answers. */
    private static final List<String> FIELDS = List.of("order_create_time", "title", "customer_name", "comment",
            "order_id", "logistics_channel", "destination_code", "customer_email", "customer_phone");

    private final Map<String, JsonObject> byKey = new ConcurrentHashMap<>();

    /** Remembers the fields of a create ({@code realtime}: 5.9's names, {@code order} for the order id). */
    void created(ShipmentKey key, JsonObject request, boolean realtime) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        copy(request, b);
        if (realtime && request.containsKey("order")) {
            text(request.get("order")).ifPresent(v -> b.add("order_id", v));
        }
        byKey.put(id(key), b.build());
    }

    /** Remembers the fields of a create unless some are known already (a repeated real-time call). */
    void createdIfNew(ShipmentKey key, JsonObject request, boolean realtime) {
        if (!byKey.containsKey(id(key))) {
            created(key, request, realtime);
        }
    }

    /** Merges the fields an update sent over those known. */
    void changed(ShipmentKey key, JsonObject request) {
        byKey.compute(id(key), (k, old) -> {
            JsonObjectBuilder b = old == null ? Json.createObjectBuilder() : Json.createObjectBuilder(old);
            copy(request, b);
            return b.build();
        });
    }

    void forget(ShipmentKey key) {
        byKey.remove(id(key));
    }

    void moved(ShipmentKey from, ShipmentKey to) {
        JsonObject known = byKey.remove(id(from));
        if (known != null) {
            byKey.put(id(to), known);
        }
    }

    /** {@code tracking} (a tracking object or the short create shape) with the known fields as sent. */
    JsonObject shown(JsonObject tracking) {
        JsonObject known = byKey.get(id(tracking.getString("carrier_code", ""),
                tracking.getString("tracking_number", "")));
        if (known == null) {
            return tracking;
        }
        JsonObjectBuilder b = Json.createObjectBuilder(tracking);
        known.forEach((name, value) -> {
            if (tracking.containsKey(name)) {
                b.add(name, value);
            }
        });
        return b.build();
    }

    private static void copy(JsonObject request, JsonObjectBuilder b) {
        FIELDS.forEach(field -> {
            JsonValue v = request.get(field);
            if (v == null) {
                return;
            }
            if (v.getValueType() == JsonValue.ValueType.ARRAY && field.equals("customer_email")) {
                b.add(field, v);
            } else {
                text(v).ifPresent(t -> b.add(field, t));
            }
        });
    }

    private static Optional<String> text(JsonValue v) {
        if (v instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        if (v instanceof JsonNumber n) {
            return Optional.of(n.toString());
        }
        return Optional.empty();
    }

    private static String id(ShipmentKey key) {
        return id(key.carrier().value(), key.trackingNumber().value());
    }

    private static String id(String carrier, String number) {
        return carrier.toLowerCase(Locale.ROOT) + "/" + number.toUpperCase(Locale.ROOT);
    }
}
