package io.parcelport.wire.trackingmore;

import io.parcelport.domain.AccountInfo;
import io.parcelport.domain.AirCargoTracking;
import io.parcelport.domain.CargoEvent;
import io.parcelport.domain.Carrier;
import io.parcelport.domain.CountryCode;
import io.parcelport.domain.DeliveryStatus;
import io.parcelport.domain.EventTime;
import io.parcelport.domain.FlightLeg;
import io.parcelport.domain.Milestone;
import io.parcelport.domain.RemoteAreaResult;
import io.parcelport.domain.Shipment;
import io.parcelport.domain.ShipmentKey;
import io.parcelport.domain.StatusCounts;
import io.parcelport.domain.TrackingEvent;
import io.parcelport.domain.TrackingLeg;
import io.parcelport.domain.TransitTimeStats;
import io.parcelport.domain.Weight;
import io.parcelport.domain.WeightUnit;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoUnit;
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
    private static final DateTimeFormatter ISO_SECONDS = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss").appendOffset("+HH:MM", "+00:00").toFormatter();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private WireWriter() {
    }

    // ---- envelope ----

    /** {@code {"meta":{code,type,message},"data":data}}. */
    public static JsonObject envelope(MetaCode meta, JsonValue data) {
        return envelope(meta, meta.message(), data);
    }

    /** As {@link #envelope(MetaCode, JsonValue)} with another message. */
    public static JsonObject envelope(MetaCode meta, String message, JsonValue data) {
        return Json.createObjectBuilder().add("meta", meta(meta, message)).add("data", data).build();
    }

    /** An error answer: its meta and {@code "data": []}, as TrackingMore sends errors (reference §8.1). */
    public static JsonObject error(MetaCode meta, String message) {
        return envelope(meta, message, JsonValue.EMPTY_JSON_ARRAY);
    }

    /** {@code meta} with code, type and message. */
    public static JsonObject meta(MetaCode meta, String message) {
        return Json.createObjectBuilder().add("code", meta.code()).add("type", meta.type())
                .add("message", message).build();
    }

    // ---- the tracking object (§4) ----

    /** The tracking object of single GET, list items, real-time items, create, PUT and webhooks. */
    public static JsonObject tracking(Shipment s) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", s.backendId().orElseGet(() -> idOf(s.key())))
                .add("tracking_number", s.key().trackingNumber().value())
                .add("carrier_code", s.key().carrier().value())
                .add("status", Statuses.word(s.deliveryStatus()));
        optional(b, "substatus", s.subStatus().map(SubStatuses::write));
        b.add("track_update", s.isRefreshing())
                .add("created_at", iso(s.createdAt()));
        optional(b, "updated_at", s.updatedAt().map(WireWriter::iso));
        optional(b, "order_create_time", s.orderTime().map(WireWriter::orderTime));
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
            JsonArrayBuilder a = Json.createArrayBuilder();
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
            b.add("lastEvent", e.description() + "," + e.location().orElse("") + "," + eventTime(e.time()));
            b.add("lastUpdateTime", eventTime(e.time()));
        }, () -> b.addNull("lastEvent").addNull("lastUpdateTime"));
        return b.build();
    }

    /** {@code origin_info} / {@code destination_info}. */
    public static JsonObject leg(TrackingLeg leg) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (Milestone m : Milestone.values()) {
            milestone(b, Milestones.write(m), leg, m);
        }
        optional(b, "ReferenceNumber", leg.referenceNumber());
        optional(b, "weblink", leg.website());
        optional(b, "phone", leg.phone());
        optional(b, "carrier_code", leg.carrier().map(io.parcelport.domain.CarrierCode::value));
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (TrackingEvent e : leg.events()) {
            events.add(event(e));
        }
        return b.add("trackinfo", events).build();
    }

    /** One {@code trackinfo[]} event. */
    public static JsonObject event(TrackingEvent e) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("Date", eventTime(e.time()))
                .add("StatusDescription", e.description())
                .add("Details", e.location().orElse(""))
                .add("checkpoint_status", Statuses.word(e.checkpointStatus()));
        optional(b, "substatus", e.subStatus().map(SubStatuses::write));
        e.milestone().ifPresent(m -> b.add("ItemNode", Milestones.write(m)));
        return b.build();
    }

    // ---- other answers ----

    /** A carrier of the list (5.17). */
    public static JsonObject carrier(Carrier c) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", c.name()).add("code", c.code().value());
        optional(b, "phone", c.phone());
        optional(b, "homepage", c.homepage());
        return b.add("type", switch (c.kind()) {
            case EXPRESS -> "express";
            case POSTAL -> "globalpost";
            case AIR -> "air";
            case FREIGHT -> "freight";
            default -> "other";
        }).add("picture", "//cdn.trackingmore.com/images/icons/express/" + c.code().value() + ".png").build();
    }

    /** A detected carrier (5.18): name and code only, as the doc shows. */
    public static JsonObject detectedCarrier(Carrier c) {
        return Json.createObjectBuilder().add("name", c.name()).add("code", c.code().value()).build();
    }

    /** Account info (5.11): {@code regtime} a string of Unix seconds, {@code track_number} the remaining quota. */
    public static JsonObject userInfo(AccountInfo info) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        optional(b, "email", info.email());
        optional(b, "regtime", info.registeredAt().map(t -> Long.toString(t.getEpochSecond())));
        b.addNull("phone");
        b.add("money", info.balance().orElse(BigDecimal.ZERO));
        return b.add("track_number", info.remainingQuota()).build();
    }

    /** Trackings per status word (5.12), every v2 status present. */
    public static JsonObject statusCounts(StatusCounts counts) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (DeliveryStatus s : DeliveryStatus.values()) {
            if (s != DeliveryStatus.UNKNOWN) {
                b.add(Statuses.word(s), counts.count(s));
            }
        }
        return b.build();
    }

    /**
     * The remote-area answer (5.14): one {@code remote[]} entry per carrier a place is remote for, and the places
     * remote for none in {@code other}.
     */
    public static JsonObject remote(List<RemoteAreaResult> results) {
        JsonArrayBuilder remote = Json.createArrayBuilder();
        JsonArrayBuilder other = Json.createArrayBuilder();
        for (RemoteAreaResult r : results) {
            if (r.remoteFor().isEmpty()) {
                other.add(Json.createObjectBuilder().add("two_code", r.check().country().value())
                        .add("far_country", r.check().country().englishName())
                        .add("far_city_postcode", r.check().postcodeOrCity()));
            }
            for (io.parcelport.domain.CarrierCode carrier : r.remoteFor()) {
                remote.add(Json.createObjectBuilder().add("far_express_company", carrier.value())
                        .add("two_code", r.check().country().value())
                        .add("far_country", r.check().country().englishName())
                        .add("far_city_postcode", r.check().postcodeOrCity()));
            }
        }
        return Json.createObjectBuilder().add("submitted", results.size()).add("other", other)
                .add("remote", remote).build();
    }

    /** One route of the transit-time answer (5.15); shares as percentages with two decimals. */
    public static JsonObject costTime(TransitTimeStats s) {
        return Json.createObjectBuilder()
                .add("carrier_code", s.query().carrier().value())
                .add("original", s.query().from().value())
                .add("destination", s.query().to().value())
                .add("total", s.sampleSize())
                .add("delivered", s.deliveredCount())
                .add("range1", percent(s.withinWeek()))
                .add("range3", percent(s.within8To15Days()))
                .add("range4", percent(s.within16To30Days()))
                .add("range5", percent(s.within31To60Days()))
                .add("range6", percent(s.over60Days()))
                .build();
    }

    /** One waybill's entry of the air cargo answer (5.16), keyed by the waybill in {@code data}. */
    public static JsonObject airCargo(AirCargoTracking t) {
        JsonObjectBuilder data = Json.createObjectBuilder();
        t.weight().ifPresentOrElse(w -> data.add("weight", cargoWeight(w)), () -> data.add("weight", ""));
        if (t.pieces().isPresent()) {
            data.add("piece", t.pieces().getAsInt());
        } else {
            data.addNull("piece");
        }
        data.add("origin", t.origin().code()).add("destination", t.destination().code())
                .add("status_number", statusNumber(t.status()));
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (CargoEvent e : t.events()) {
            JsonObjectBuilder ev = Json.createObjectBuilder();
            optional(ev, "plan_date", e.plannedTime().map(WireWriter::local));
            optional(ev, "actual_date", e.actualTime().map(WireWriter::local));
            ev.add("event", e.description()).add("station", e.station().code());
            optional(ev, "flight_number", e.flight().map(io.parcelport.domain.FlightNumber::value));
            ev.add("status", e.statusCode().code());
            if (e.pieces().isPresent()) {
                ev.add("piece", e.pieces().getAsInt());
            }
            e.weight().ifPresent(w -> ev.add("weight", cargoWeight(w)));
            events.add(ev);
        }
        data.add("track_info", events);
        JsonObjectBuilder flights = Json.createObjectBuilder();
        for (FlightLeg leg : t.flightLegs()) {
            JsonObjectBuilder f = Json.createObjectBuilder();
            optional(f, "plan_depart_time", leg.plannedDeparture().map(WireWriter::local));
            optional(f, "depart_time", leg.actualDeparture().map(WireWriter::local));
            f.add("depart_station", leg.departureStation().code());
            optional(f, "plan_arrival_time", leg.plannedArrival().map(WireWriter::local));
            optional(f, "arrival_time", leg.actualArrival().map(WireWriter::local));
            f.add("arrival_station", leg.arrivalStation().code());
            flights.add(leg.flight().value(), f);
        }
        data.add("flight_info", flights);
        JsonArrayBuilder route = Json.createArrayBuilder();
        t.reportedRoute().forEach(a -> route.add(a.code()));
        data.add("flight_way_station", route);
        optional(data, "last_event", t.latestEvent().map(CargoEvent::description));
        JsonObjectBuilder entry = Json.createObjectBuilder().add("track_number", t.waybill().value())
                .add("return_data", data);
        t.airline().ifPresent(a -> entry.add("airline_info", Json.createObjectBuilder().add("name", a.name())));
        return entry.build();
    }

    // ---- values ----

    /** An instant as {@code created_at} carries it: ISO-8601 in UTC with {@code +00:00}, to the second. */
    public static String iso(Instant instant) {
        return ISO_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /** An event time: local {@code YYYY-MM-DD HH:MM:SS}, or ISO-8601 with its offset when it has one. */
    public static String eventTime(EventTime time) {
        return time.offset().map(o -> time.local().truncatedTo(ChronoUnit.SECONDS).atOffset(o).toString())
                .orElseGet(() -> local(time.local()));
    }

    /** A local time {@code YYYY-MM-DD HH:MM:SS}. */
    public static String local(LocalDateTime time) {
        return LOCAL.format(time);
    }

    /** A merchant's order time as the docs show it, {@code YYYY-MM-DD HH:MM}, with seconds when it has some. */
    public static String orderTime(LocalDateTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 ? ORDER_TIME.format(time) : LOCAL.format(time);
    }

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

    private static String cargoWeight(Weight w) {
        // Cargo-IMP's spelling (1981K, 12L), as the aircargo answer writes it.
        return w.amount().stripTrailingZeros().toPlainString() + (w.unit() == WeightUnit.POUND ? "L" : "K");
    }

    private static int statusNumber(DeliveryStatus status) {
        // Undocumented (reference §5.16); the one data point is 4 = delivered.
        return switch (status) {
            case DELIVERED -> 4;
            case OUT_FOR_DELIVERY -> 3;
            case IN_TRANSIT -> 2;
            case EXCEPTION, FAILED_ATTEMPT -> 5;
            default -> 1;
        };
    }

    private static BigDecimal percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    private static void milestone(JsonObjectBuilder b, String name, TrackingLeg leg, Milestone m) {
        Map<Milestone, EventTime> milestones = leg.milestones();
        optional(b, name, Optional.ofNullable(milestones.get(m)).map(WireWriter::eventTime));
    }

    private static void optional(JsonObjectBuilder b, String name, Optional<String> value) {
        value.ifPresentOrElse(v -> b.add(name, v), () -> b.addNull(name));
    }

    private static void optionalInt(JsonObjectBuilder b, String name, Optional<Integer> value) {
        value.ifPresentOrElse(v -> b.add(name, v), () -> b.addNull(name));
    }
}
