package io.parcelport.emulator;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.shipment.ShipmentKey;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import io.parcelport.wire.trackingmore.v4.V4RequestReader;
import jakarta.json.JsonArray;
import java.util.HashMap;
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

    /**
     * The fields that mean the same under v2's and v4's names (v4 reference §11): whichever face sends one, both names
     * are remembered, so that the other face gives back the latest text too.
     */
    private static final Map<String, String> ALIASES = Map.of("comment", "note", "note", "comment",
            "customer_phone", "customer_sms", "customer_sms", "customer_phone",
            "order_create_time", "order_date", "order_date", "order_create_time",
            "destination_code", "destination_country_iso2", "destination_country_iso2", "destination_code");

    /** The v4 tracking object's keys and the request field each echoes, where the two names differ. */
    private static final Map<String, String> V4_ANSWER_KEYS = Map.of("destination_country", "destination_country_iso2",
            "origin_country", "origin_country_iso2");

    private final Map<String, JsonObject> byKey = new ConcurrentHashMap<>();

    /** Remembers the fields of a create ({@code realtime}: 5.9's names, {@code order} for the order id). */
    void created(ShipmentKey key, JsonObject request, boolean realtime) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
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
            JsonObjectBuilder b = old == null ? JSON.createObjectBuilder() : JSON.createObjectBuilder(old);
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
        JsonObjectBuilder b = JSON.createObjectBuilder(tracking);
        known.forEach((name, value) -> {
            if (tracking.containsKey(name)) {
                b.add(name, value);
            }
        });
        return b.build();
    }

    private static void copy(JsonObject request, JsonObjectBuilder b) {
        copy(request, b, FIELDS);
    }

    private static void copy(JsonObject request, JsonObjectBuilder b, List<String> fields) {
        fields.forEach(field -> {
            JsonValue v = request.get(field);
            if (v == null) {
                return;
            }
            if (v.getValueType() == JsonValue.ValueType.ARRAY && field.equals("customer_email")) {
                b.add(field, v);
            } else {
                text(v).ifPresent(t -> {
                    b.add(field, t);
                    Optional.ofNullable(ALIASES.get(field)).ifPresent(alias -> b.add(alias, t));
                });
            }
        });
    }

    // ---- v4 ----

    /** Remembers the free text of a v4 create or batch item ({@link V4RequestReader#FREE_TEXT_FIELDS}). */
    void createdV4(ShipmentKey key, JsonObject request) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        copy(request, b, V4RequestReader.FREE_TEXT_FIELDS);
        byKey.put(id(key), b.build());
    }

    /**
     * Merges the free text of a v4 update over what is known. A blank value changes nothing, as the domain ignores
     * it too: an SDK that sends every field of its model sends {@code ""} for those the caller did not set.
     */
    void changedV4(ShipmentKey key, JsonObject request) {
        JsonObjectBuilder given = JSON.createObjectBuilder();
        request.forEach((name, value) -> {
            if (!(value instanceof JsonString s && s.getString().isBlank())) {
                given.add(name, value);
            }
        });
        JsonObject nonBlank = given.build();
        byKey.compute(id(key), (k, old) -> {
            JsonObjectBuilder b = old == null ? JSON.createObjectBuilder() : JSON.createObjectBuilder(old);
            copy(nonBlank, b, V4RequestReader.FREE_TEXT_FIELDS);
            return b.build();
        });
    }

    /**
     * The text known for {@code key} under the v4 tracking object's keys, whichever face sent it: what
     * {@link io.parcelport.wire.trackingmore.v4.V4TrackingWriter} gives back instead of the shipment's values. A v2
     * array of e-mails is given as v4's comma-separated string.
     */
    Map<String, JsonValue> v4(ShipmentKey key) {
        JsonObject known = byKey.get(id(key));
        if (known == null) {
            return Map.of();
        }
        Map<String, JsonValue> out = new HashMap<>();
        known.forEach((name, value) -> {
            if (value instanceof JsonArray emails) {
                out.put(name, JSON.createValue(String.join(",", emails.stream().map(SentFields::text)
                        .flatMap(Optional::stream).toList())));
            } else {
                out.put(name, value);
            }
        });
        V4_ANSWER_KEYS.forEach((answerKey, requestField) -> {
            JsonValue v = known.get(requestField);
            if (v != null) {
                out.put(answerKey, v);
            }
        });
        return out;
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
