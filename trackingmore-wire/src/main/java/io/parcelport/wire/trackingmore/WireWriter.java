package io.parcelport.wire.trackingmore;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.shipment.EventTime;
import io.parcelport.domain.shipment.Milestone;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingEvent;
import io.parcelport.domain.shipment.TrackingLeg;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes domain values as TrackingMore v2 JSON (reference §4, §5), so that what {@link Wire}'s readers and the REST
 * adapter's mappers read back is what was written: the server side of the format, used by the emulator.
 *
 * <p>Choices where the reference allows several spellings, each one a client must already tolerate: times as
 * TrackingMore writes them ({@code created_at} ISO-8601 with an offset, to the second; event dates
 * {@code YYYY-MM-DD HH:MM:SS}, or ISO-8601 with the offset when the event has one); {@code customer_email} null, a
 * string or an array; {@code archived} and {@code track_update} as JSON booleans; {@code destination_info} null when
 * there is no destination leg; {@code singed_by} (sic).
 */
public final class WireWriter {
    private WireWriter() {
    }

    // ---- envelope ----

    /** {@code {"meta":{code,type,message},"data":data}}. */
    public static JsonObject envelope(MetaCode meta, JsonValue data) {
        return envelope(meta, meta.message(), data);
    }

    /** As {@link #envelope(MetaCode, JsonValue)} with another message. */
    public static JsonObject envelope(MetaCode meta, String message, JsonValue data) {
        return JSON.createObjectBuilder().add("meta", meta(meta, message)).add("data", data).build();
    }

    /** An error answer: its meta and {@code "data": []}, as TrackingMore sends errors (reference §8.1). */
    public static JsonObject error(MetaCode meta, String message) {
        return envelope(meta, message, JsonValue.EMPTY_JSON_ARRAY);
    }

    /** {@code meta} with code, type and message. */
    public static JsonObject meta(MetaCode meta, String message) {
        return JSON.createObjectBuilder().add("code", meta.code()).add("type", meta.type())
                .add("message", message).build();
    }

    // ---- the tracking object (§4) ----

    // The nine keys of the create answer in the reference's example (5.1): the short shape, not the whole tracking.
    private static final List<String> CREATED_KEYS = List.of("id", "tracking_number", "carrier_code", "status",
            "created_at", "customer_email", "customer_name", "order_id", "title");

    /** The answer to a single create (5.1): the short shape of nine keys, null where there is nothing. */
    public static JsonObject created(Shipment s) {
        JsonObject full = tracking(s);
        JsonObjectBuilder b = JSON.createObjectBuilder();
        CREATED_KEYS.forEach(k -> b.add(k, full.getOrDefault(k, JsonValue.NULL)));
        return b.build();
    }

    /** The tracking object of single GET, list items, real-time items, create, PUT and webhooks. */
    public static JsonObject tracking(Shipment s) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", s.backendId().orElseGet(() -> idOf(s.key())))
                .add("tracking_number", s.key().trackingNumber().value())
                .add("carrier_code", s.key().carrier().value())
                .add("status", Statuses.word(s.deliveryStatus()));
        optional(b, "substatus", s.subStatus().map(SubStatuses::write));
        b.add("track_update", s.isRefreshing())
                .add("created_at", WireTimes.iso(s.createdAt()));
        optional(b, "updated_at", s.updatedAt().map(WireTimes::iso));
        optional(b, "order_create_time", s.orderTime().map(WireTimes::orderTime));
        optional(b, "title", s.title());
        optional(b, "order_id", s.orderId());
        optional(b, "comment", s.comment());
        optional(b, "customer_name", s.customerName());
        List<String> emails = s.customerEmails();
        if (emails.isEmpty()) {
            b.addNull("customer_email");
        } else if (emails.size() == 1) {
            b.add("customer_email", emails.get(0));
        } else {
            JsonArrayBuilder a = JSON.createArrayBuilder();
            emails.forEach(a::add);
            b.add("customer_email", a);
        }
        optional(b, "customer_phone", s.customerPhone());
        optional(b, "logistics_channel", s.logisticsChannel());
        optional(b, "destination_code", s.destinationCountry().map(CountryCode::value));
        b.add("original_country", s.originCountry().map(CountryCode::englishName).orElse(""));
        b.add("destination_country", s.destinationCountry().map(CountryCode::englishName).orElse(""));
        b.add("archived", s.isArchived());
        optional(b, "singed_by", s.signedBy());
        optional(b, "lang", s.language().map(io.parcelport.domain.LanguageCode::value));
        optionalInt(b, "itemTimeLength", s.transitDays().isPresent() ? Optional.of(s.transitDays().getAsInt())
                : Optional.empty());
        optionalInt(b, "stayTimeLength", s.daysSinceLastEvent().isPresent()
                ? Optional.of(s.daysSinceLastEvent().getAsInt()) : Optional.empty());
        b.add("origin_info", leg(s.originLeg()));
        if (s.destinationLeg().isEmpty()) {
            b.addNull("destination_info");
        } else {
            b.add("destination_info", leg(s.destinationLeg()));
        }
        s.latestEvent().ifPresentOrElse(e -> {
            b.add("lastEvent", e.description() + "," + e.location().orElse("") + "," + WireTimes.eventTime(e.time()));
            b.add("lastUpdateTime", WireTimes.eventTime(e.time()));
        }, () -> b.addNull("lastEvent").addNull("lastUpdateTime"));
        return b.build();
    }

    /** {@code origin_info} / {@code destination_info}. */
    public static JsonObject leg(TrackingLeg leg) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        for (Milestone m : Milestone.values()) {
            milestone(b, Milestones.write(m), leg, m);
        }
        optional(b, "ReferenceNumber", leg.referenceNumber());
        optional(b, "weblink", leg.website());
        optional(b, "phone", leg.phone());
        optional(b, "carrier_code", leg.carrier().map(io.parcelport.domain.carrier.CarrierCode::value));
        JsonArrayBuilder events = JSON.createArrayBuilder();
        for (TrackingEvent e : leg.events()) {
            events.add(event(e));
        }
        return b.add("trackinfo", events).build();
    }

    /** One {@code trackinfo[]} event. */
    public static JsonObject event(TrackingEvent e) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("Date", WireTimes.eventTime(e.time()))
                .add("StatusDescription", e.description())
                .add("Details", e.location().orElse(""))
                .add("checkpoint_status", Statuses.word(e.checkpointStatus()));
        optional(b, "substatus", e.subStatus().map(SubStatuses::write));
        e.milestone().ifPresent(m -> b.add("ItemNode", Milestones.write(m)));
        return b.build();
    }

    // ---- values ----

    /** A 32-hex id derived from the key, for shipments the backend gave no id. */
    public static String idOf(ShipmentKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(
                    (key.carrier().value() + "/" + key.trackingNumber().value()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available in this JDK", e);
        }
    }

    /** Seconds to wait as a {@code Retry-After} header value, at least 1. */
    public static String retryAfter(Duration wait) {
        return Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    private static void milestone(JsonObjectBuilder b, String name, TrackingLeg leg, Milestone m) {
        Map<Milestone, EventTime> milestones = leg.milestones();
        optional(b, name, Optional.ofNullable(milestones.get(m)).map(WireTimes::eventTime));
    }

    static void optional(JsonObjectBuilder b, String name, Optional<String> value) {
        value.ifPresentOrElse(v -> b.add(name, v), () -> b.addNull(name));
    }

    private static void optionalInt(JsonObjectBuilder b, String name, Optional<Integer> value) {
        value.ifPresentOrElse(v -> b.add(name, v), () -> b.addNull(name));
    }
}
