package io.parcelport.wire.aftership;

import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.shipment.Shipment;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The complete 2025-07 tracking object a server answers (reference §3, §14): every field of the SDK model in the
 * model's order, each one the {@link Trackings#write} writer knows from the shipment, else what the client sent,
 * else its empty value ({@code null}, or {@code []} for the arrays), plus the complete courier object of §5.
 *
 * <p>Kept apart from {@link Trackings#write}, which a client uses to describe a shipment and which writes only what
 * it knows; a server must answer every key a typed client model may read.
 */
public final class TrackingObject {
    /** The request fields a server keeps as sent and shows back (§2.1, §2.4), beside what the shipment holds. */
    public static final List<String> ECHOED = List.of("title", "order_id", "order_id_path", "order_number",
            "order_date", "order_promised_delivery_date", "custom_fields", "note", "shipment_tags", "location_id",
            "shipping_method", "shipment_type", "delivery_type", "pickup_location", "pickup_note",
            "origin_country_region", "origin_state", "origin_city", "origin_postal_code", "origin_raw_location",
            "destination_country_region", "destination_state", "destination_city", "destination_postal_code",
            "destination_raw_location", "tracking_account_number", "tracking_key", "tracking_ship_date",
            "courier_connection_id", "language", "customers", "last_mile", "slug_group");

    private static final List<String> ARRAYS = List.of("checkpoints", "order_tags", "shipment_tags", "customers",
            "subscribed_smses", "subscribed_emails");

    /** Every field of the 2025-07 model ({@code Tracking.ts}) in its order. */
    public static final List<String> FIELDS = List.of("id", "legacy_id", "tracking_number", "slug", "title",
            "source", "unique_token", "created_at", "updated_at", "active", "tag", "subtag", "subtag_message",
            "tracked_count", "return_to_sender", "on_time_status", "on_time_difference", "failed_delivery_attempts",
            "checkpoints", "order_id", "order_id_path", "order_number", "order_date", "order_tags",
            "order_promised_delivery_date", "custom_fields", "note", "shipment_tags", "location_id",
            "shipping_method", "shipment_type", "shipment_package_count", "shipment_pickup_date",
            "shipment_delivery_date", "shipment_weight", "signed_by", "transit_time", "first_attempted_at",
            "delivery_type", "pickup_location", "pickup_note", "signature_requirement", "delivery_location_type",
            "carbon_emissions", "origin_country_region", "origin_state", "origin_city", "origin_postal_code",
            "origin_raw_location", "destination_country_region", "destination_state", "destination_city",
            "destination_postal_code", "destination_raw_location", "courier_destination_country_region",
            "tracking_account_number", "tracking_key", "tracking_ship_date", "courier_connection_id",
            "courier_tracking_link", "courier_redirect_link", "last_mile_tracking_supported",
            "courier_estimated_delivery_date", "aftership_estimated_delivery_date", "custom_estimated_delivery_date",
            "first_estimated_delivery", "latest_estimated_delivery", "first_mile", "last_mile", "customers",
            "subscribed_smses", "subscribed_emails", "language", "aftership_tracking_url",
            "aftership_tracking_order_url");

    /** Every checkpoint field of the 2025-07 model ({@code Checkpoint.ts}) in its order. */
    public static final List<String> CHECKPOINT_FIELDS = List.of("created_at", "slug", "checkpoint_time", "location",
            "city", "state", "zip", "coordinate", "country_region", "country_region_name", "message", "tag", "subtag",
            "subtag_message", "raw_tag", "events", "source");

    private TrackingObject() {
    }

    /**
     * The tracking object of {@code shipment}.
     *
     * @param shipment the shipment
     * @param id the id to show (the backend's, or one the client chose at creation)
     * @param sent the {@link #ECHOED} fields as the client last sent them (an empty object when none)
     * @param completion the reason of a mark-as-completed call that still holds, which decides the tag and subtag
     */
    public static JsonObject write(Shipment shipment, String id, JsonObject sent,
            Optional<Requests.CompletionReason> completion) {
        JsonObject known = Trackings.write(shipment);
        JsonArray checkpoints = checkpoints(known.getJsonArray("checkpoints"), completion);
        JsonObjectBuilder t = Json.object();
        for (String field : FIELDS) {
            JsonValue value = switch (field) {
                case "id" -> Json.PROVIDER.createValue(id);
                case "source" -> Json.PROVIDER.createValue("api");
                case "updated_at" -> known.getOrDefault("updated_at", known.get("created_at"));
                case "tag" -> completion.map(r -> (JsonValue) Json.PROVIDER.createValue(r.tag().wire()))
                        .orElse(known.getOrDefault("tag", JsonValue.NULL));
                case "subtag" -> completion.map(r -> (JsonValue) Json.PROVIDER.createValue(r.subtag()))
                        .orElse(known.getOrDefault("subtag", JsonValue.NULL));
                case "subtag_message" -> completion.map(r -> (JsonValue) Json.PROVIDER.createValue(
                        Subtags.documented().getOrDefault(r.subtag(), r.tag().wire())))
                        .orElse(known.getOrDefault("subtag_message", JsonValue.NULL));
                case "checkpoints" -> checkpoints;
                case "tracked_count" -> Json.PROVIDER.createValue(carrierCheckpoints(checkpoints) + 1);
                case "return_to_sender" -> bool(checkpoints.stream().map(JsonValue::asJsonObject)
                        .anyMatch(c -> Set.of("Exception_010", "Exception_011").contains(text(c, "subtag"))));
                case "failed_delivery_attempts" -> Json.PROVIDER.createValue(checkpoints.stream()
                        .map(JsonValue::asJsonObject).filter(c -> "AttemptFail".equals(text(c, "tag"))).count());
                case "shipment_pickup_date" -> firstTime(checkpoints, Set.of("InTransit"));
                case "shipment_delivery_date" -> firstTime(checkpoints, Set.of("Delivered"));
                case "first_attempted_at" -> firstTime(checkpoints, Set.of("AttemptFail", "Delivered"));
                case "courier_destination_country_region" -> known.getOrDefault("destination_country_region",
                        JsonValue.NULL);
                case "first_mile" -> Json.object().add("tracking_number", shipment.key().trackingNumber().value())
                        .add("slug", shipment.key().carrier().value()).addNull("transit_time")
                        .add("courier_tracking_link", known.getOrDefault("courier_tracking_link", JsonValue.NULL))
                        .addNull("courier_redirect_link").build();
                case "last_mile" -> lastMile(known, sent);
                case "order_date", "tracking_ship_date", "language", "origin_country_region" -> present(sent, field)
                        .orElse(known.getOrDefault(field, JsonValue.NULL));
                default -> present(known, field).or(() -> present(sent, field)).orElse(
                        ARRAYS.contains(field) ? JsonValue.EMPTY_JSON_ARRAY : JsonValue.NULL);
            };
            t.add(field, value);
        }
        return t.build();
    }

    private static Optional<JsonValue> present(JsonObject o, String field) {
        return Optional.ofNullable(o.get(field)).filter(v -> v.getValueType() != JsonValue.ValueType.NULL);
    }

    private static JsonValue bool(boolean value) {
        return value ? JsonValue.TRUE : JsonValue.FALSE;
    }

    private static String text(JsonObject o, String field) {
        return o.get(field) instanceof JsonString s ? s.getString() : "";
    }

    private static long carrierCheckpoints(JsonArray checkpoints) {
        return checkpoints.stream().map(JsonValue::asJsonObject).filter(c -> "carrier".equals(text(c, "source")))
                .count();
    }

    private static JsonValue firstTime(JsonArray checkpoints, Set<String> tags) {
        return checkpoints.stream().map(JsonValue::asJsonObject)
                .filter(c -> "carrier".equals(text(c, "source")) && tags.contains(text(c, "tag")))
                .map(c -> c.get("checkpoint_time")).findFirst().orElse(JsonValue.NULL);
    }

    private static JsonValue lastMile(JsonObject known, JsonObject sent) {
        Optional<JsonObject> from = present(known, "last_mile").or(() -> present(sent, "last_mile"))
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject);
        if (from.isEmpty()) {
            return JsonValue.NULL;
        }
        JsonObject m = from.get();
        return Json.object()
                .add("tracking_number", m.getOrDefault("tracking_number", JsonValue.NULL))
                .add("slug", m.getOrDefault("slug", JsonValue.NULL))
                .addNull("transit_time")
                .add("courier_tracking_link", m.getOrDefault("courier_tracking_link", JsonValue.NULL))
                .addNull("courier_redirect_link")
                .add("source", present(known, "last_mile").isPresent() ? "system" : "user")
                .build();
    }

    // Every checkpoint with every field; a mark-as-completed whose reason the shipment's manual status cannot say
    // (returned to sender) rewrites the user checkpoint the shipment carries.
    private static JsonArray checkpoints(JsonArray known, Optional<Requests.CompletionReason> completion) {
        JsonArrayBuilder out = Json.PROVIDER.createArrayBuilder();
        for (JsonValue v : known) {
            JsonObject c = v.asJsonObject();
            boolean user = "user".equals(text(c, "source"));
            JsonObjectBuilder b = Json.object();
            for (String field : CHECKPOINT_FIELDS) {
                JsonValue value = switch (field) {
                    case "created_at" -> present(c, "created_at").orElseGet(() -> createdAt(c));
                    case "tag" -> user && completion.isPresent()
                            ? Json.PROVIDER.createValue(completion.get().tag().wire())
                            : c.getOrDefault("tag", JsonValue.NULL);
                    case "subtag" -> user && completion.isPresent()
                            ? Json.PROVIDER.createValue(completion.get().subtag())
                            : c.getOrDefault("subtag", JsonValue.NULL);
                    case "subtag_message", "message" -> user && completion.isPresent()
                            ? Json.PROVIDER.createValue(Subtags.documented().getOrDefault(completion.get().subtag(),
                                    completion.get().tag().wire()))
                            : c.getOrDefault(field, JsonValue.NULL);
                    case "raw_tag" -> c.getOrDefault("subtag", JsonValue.NULL);
                    case "events" -> JsonValue.EMPTY_JSON_ARRAY;
                    default -> c.getOrDefault(field, JsonValue.NULL);
                };
                b.add(field, value);
            }
            out.add(b);
        }
        return out.build();
    }

    // A carrier checkpoint has no creation time of its own here: it is the moment the event happened, in GMT+0.
    private static JsonValue createdAt(JsonObject checkpoint) {
        return Times.read(text(checkpoint, "checkpoint_time"), "checkpoint_time")
                .map(t -> t.local().toInstant(t.offset().orElse(ZoneOffset.UTC)))
                .<JsonValue>map(i -> Json.PROVIDER.createValue(Times.write(i))).orElse(JsonValue.NULL);
    }

    /** The complete courier object of §5 (2025-07: {@code credentials} included, no {@code active}). */
    public static JsonObject courier(Carrier c, List<String> serviceCountries) {
        JsonArrayBuilder from = Json.PROVIDER.createArrayBuilder();
        serviceCountries.forEach(from::add);
        return Json.object()
                .add("slug", c.code().value())
                .add("name", c.name())
                .add("phone", c.phone().<JsonValue>map(Json.PROVIDER::createValue).orElse(JsonValue.NULL))
                .addNull("other_name")
                .add("web_url", c.homepage().<JsonValue>map(Json.PROVIDER::createValue).orElse(JsonValue.NULL))
                .add("required_fields", JsonValue.EMPTY_JSON_ARRAY)
                .add("optional_fields", JsonValue.EMPTY_JSON_ARRAY)
                .add("default_language", "en")
                .add("support_languages", Json.PROVIDER.createArrayBuilder().add("en"))
                .add("service_from_country_regions", from)
                .add("credentials", Json.object().add("fields", JsonValue.EMPTY_JSON_ARRAY))
                .build();
    }
}
