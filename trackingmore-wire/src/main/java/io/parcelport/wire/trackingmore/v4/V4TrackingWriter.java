package io.parcelport.wire.trackingmore.v4;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.EventTime;
import io.parcelport.domain.shipment.Milestone;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.SubStatus;
import io.parcelport.domain.shipment.TrackingEvent;
import io.parcelport.domain.shipment.TrackingLeg;
import io.parcelport.wire.trackingmore.Statuses;
import io.parcelport.wire.trackingmore.SubStatuses;
import io.parcelport.wire.trackingmore.WireTimes;
import io.parcelport.wire.trackingmore.WireWriter;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Writes a shipment as TrackingMore v4's tracking object (v4 reference §3), the server side of the format: every key
 * in the order of the one observed object ({@code tracking_object.notfound-amazon.json}), null where the shipment has
 * no value.
 *
 * <p>Choices where the reference is silent: {@code recipient_postcode} follows {@code customer_sms} and {@code label}
 * follows {@code note} (the 2024-12 fields the observed object predates); both legs carry
 * {@code arrived_destination_date} after the other legacy milestones (the SDK models have it, the observed object
 * not); {@code archived} is {@code "tracking"} or {@code "archived"}; offset-less times ({@code checkpoint_date},
 * {@code latest_checkpoint_time}, milestone dates, {@code order_date}) are the carrier's local time,
 * {@code YYYY-MM-DDTHH:MM:SS}; {@code updating} is true while the shipment is refreshed and not finished.
 *
 * <p>Free text a client sent is given back as sent: the caller passes it by field name and it replaces the domain's
 * (parsed, maybe reformatted) value.
 */
public final class V4TrackingWriter {
    private static final DateTimeFormatter LOCAL_ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter SHIP_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** The keys of the UpdateTracking answer (v4 reference §2.4), in the SDK model's order. */
    private static final List<String> UPDATE_KEYS = List.of("id", "tracking_number", "courier_code",
            "courier_code_new", "order_number", "order_date", "order_id", "destination_country", "origin_country",
            "tracking_postal_code", "tracking_ship_date", "tracking_courier_account", "tracking_destination_country",
            "tracking_origin_country", "tracking_key", "customer_name", "customer_email", "customer_sms",
            "recipient_postcode", "title", "logistics_channel", "note", "label", "archived_status");

    /** The keys no simulated shipment has a value for: null in every observation (v4 reference §3). */
    private static final List<String> ALWAYS_NULL = List.of("service_code", "weight", "weight_kg", "product_type",
            "pieces", "dimension", "previously", "destination_track_number", "exchange_number",
            "scheduled_delivery_date", "scheduled_address");

    /** The text that {@code source} carries for trackings created through the API. */
    public static final String SOURCE = "API";

    private V4TrackingWriter() {
    }

    /** The v4 {@code id} of {@code s}: the backend's id, or one derived from the key when the backend gave none. */
    public static String id(Shipment s) {
        return s.backendId().orElseGet(() -> WireWriter.idOf(s.key()));
    }

    /** The value {@code archived} (and {@code archived_status}) has for an archived or an active tracking. */
    public static String archivedWord(boolean archived) {
        return archived ? "archived" : "tracking";
    }

    /**
     * The v4 tracking object of {@code s}.
     *
     * @param s the shipment
     * @param asSent free text by tracking-object key ({@code note}, {@code order_number}...), given back instead of
     *     the shipment's value; keys the object does not have are ignored
     */
    public static JsonObject tracking(Shipment s, Map<String, ? extends JsonValue> asSent) {
        Fields b = new Fields(asSent);
        b.text("id", Optional.of(id(s)));
        b.text("tracking_number", Optional.of(s.key().trackingNumber().value()));
        b.text("courier_code", Optional.of(s.key().carrier().value()));
        b.text("order_number", Optional.empty());
        b.text("order_date", s.orderTime().map(V4TrackingWriter::localIso));
        b.text("created_at", Optional.of(WireTimes.iso(s.createdAt())));
        b.text("update_at", Optional.of(WireTimes.iso(s.updatedAt().orElse(s.createdAt()))));
        b.text("delivery_status", Optional.of(Statuses.word(s.deliveryStatus())));
        b.text("archived", Optional.of(archivedWord(s.isArchived())));
        b.out.add("updating", s.isRefreshing() && !s.isTerminal());
        b.text("source", Optional.of(SOURCE));
        b.text("destination_country", s.destinationCountry().map(CountryCode::value));
        b.text("destination_state", Optional.empty());
        b.text("destination_city", Optional.empty());
        b.text("origin_country", s.originCountry().map(CountryCode::value));
        b.text("origin_state", Optional.empty());
        b.text("origin_city", Optional.empty());
        b.text("tracking_postal_code", s.carrierExtras().postalCode());
        b.text("tracking_ship_date", s.carrierExtras().shipDate().map(SHIP_DATE::format));
        b.text("tracking_destination_country", s.carrierExtras().destinationCountry().map(CountryCode::value));
        b.text("tracking_origin_country", Optional.empty());
        b.text("tracking_key", Optional.empty());
        b.text("tracking_courier_account", s.carrierExtras().accountNumber());
        b.text("customer_name", s.customerName());
        b.text("customer_email", s.customerEmails().isEmpty() ? Optional.empty()
                : Optional.of(String.join(",", s.customerEmails())));
        b.text("customer_sms", s.customerPhone());
        b.text("recipient_postcode", Optional.empty());
        b.text("order_id", s.orderId());
        b.text("title", s.title());
        b.text("logistics_channel", s.logisticsChannel());
        b.text("note", s.comment());
        b.text("label", Optional.empty());
        b.text("signed_by", s.signedBy());
        ALWAYS_NULL.forEach(k -> b.text(k, Optional.empty()));
        b.text("substatus", s.subStatus().map(SubStatuses::write));
        b.text("status_info", Optional.empty());
        Optional<TrackingEvent> latest = s.latestEvent();
        b.text("latest_event", latest.map(V4TrackingWriter::latestEvent));
        b.text("latest_checkpoint_time", latest.map(e -> localIso(e.time())));
        b.out.add("transit_time", s.transitDays().orElse(0));
        b.out.add("origin_info", leg(s.originLeg(), Optional.of(s.originLeg().carrier().orElse(s.key().carrier()))));
        b.out.add("destination_info", leg(s.destinationLeg(), s.destinationLeg().carrier()));
        return b.out.build();
    }

    /**
     * The UpdateTracking answer (v4 reference §2.4): the editable fields of the tracking as it is after the update,
     * {@code courier_code} being the courier the call found and {@code courier_code_new} the one it moved the
     * tracking to (null when the courier did not change).
     *
     * @param updated the shipment after the update
     * @param before the courier the tracking had when the call arrived
     * @param asSent free text by tracking-object key, as for {@link #tracking}
     */
    public static JsonObject updated(Shipment updated, CarrierCode before, Map<String, ? extends JsonValue> asSent) {
        JsonObject full = tracking(updated, asSent);
        JsonObjectBuilder b = JSON.createObjectBuilder();
        for (String key : UPDATE_KEYS) {
            switch (key) {
                case "courier_code" -> b.add(key, before.value());
                case "courier_code_new" -> {
                    if (before.equals(updated.key().carrier())) {
                        b.addNull(key);
                    } else {
                        b.add(key, updated.key().carrier().value());
                    }
                }
                case "archived_status" -> b.add(key, full.get("archived"));
                default -> b.add(key, full.getOrDefault(key, JsonValue.NULL));
            }
        }
        return b.build();
    }

    /** {@code origin_info} / {@code destination_info}. */
    static JsonObject leg(TrackingLeg leg, Optional<CarrierCode> courier) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        nullable(b, "courier_code", courier.map(CarrierCode::value));
        nullable(b, "courier_phone", leg.phone());
        nullable(b, "weblink", leg.website());
        nullable(b, "reference_number", leg.referenceNumber());
        JsonObjectBuilder milestones = JSON.createObjectBuilder();
        nullable(milestones, "inforeceived_date", leg.milestone(Milestone.RECEIVED).map(V4TrackingWriter::localIso));
        nullable(milestones, "pickup_date", firstAt(leg, e -> e.checkpointStatus() == DeliveryStatus.IN_TRANSIT));
        nullable(milestones, "outfordelivery_date",
                firstAt(leg, e -> e.checkpointStatus() == DeliveryStatus.OUT_FOR_DELIVERY));
        nullable(milestones, "delivery_date", firstAt(leg, e -> e.checkpointStatus() == DeliveryStatus.DELIVERED));
        // The newer sub-status list's exception011 (returning) and exception010 (returned), v4 reference §4.2.
        nullable(milestones, "returning_date", firstAt(leg, e -> hasSubStatus(e, "exception011")));
        nullable(milestones, "returned_date", firstAt(leg, e -> hasSubStatus(e, "exception010")));
        b.add("milestone_date", milestones);
        nullable(b, "pickup_date", leg.milestone(Milestone.RECEIVED).map(V4TrackingWriter::localIso));
        nullable(b, "departed_airport_date",
                leg.milestone(Milestone.DEPARTED_AIRPORT).map(V4TrackingWriter::localIso));
        nullable(b, "arrived_abroad_date", leg.milestone(Milestone.ARRIVED_ABROAD).map(V4TrackingWriter::localIso));
        nullable(b, "customs_received_date", leg.milestone(Milestone.CUSTOMS).map(V4TrackingWriter::localIso));
        nullable(b, "arrived_destination_date",
                leg.milestone(Milestone.ARRIVED_AT_DELIVERY_OFFICE).map(V4TrackingWriter::localIso));
        JsonArrayBuilder events = JSON.createArrayBuilder();
        leg.events().forEach(e -> events.add(event(e)));
        return b.add("trackinfo", events).build();
    }

    /** One {@code trackinfo[]} event; the leg keeps its events newest first, as v2 and [OBS-B] list them. */
    static JsonObject event(TrackingEvent e) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("checkpoint_date", localIso(e.time()))
                .add("checkpoint_delivery_status", Statuses.word(e.checkpointStatus()));
        nullable(b, "checkpoint_delivery_substatus", e.subStatus().map(SubStatuses::write));
        b.add("tracking_detail", e.description());
        nullable(b, "location", e.location());
        return b.addNull("country_iso2").addNull("state").addNull("city").addNull("zip").addNull("raw_status")
                .build();
    }

    /** {@code "<detail>, <location>, <YYYY-MM-DD HH:MM:SS>"}; the location and its comma are left out when unknown. */
    static String latestEvent(TrackingEvent e) {
        String time = WireTimes.local(e.time().local().truncatedTo(ChronoUnit.SECONDS));
        return e.location().map(l -> e.description() + ", " + l + ", " + time)
                .orElseGet(() -> e.description() + ", " + time);
    }

    /** A wall-clock time without its offset, to the second. */
    public static String localIso(EventTime time) {
        return localIso(time.local());
    }

    /** A local time as v4's offset-less fields write it, {@code YYYY-MM-DDTHH:MM:SS}. */
    public static String localIso(LocalDateTime time) {
        return LOCAL_ISO.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    private static boolean hasSubStatus(TrackingEvent e, String code) {
        return e.subStatus().map(SubStatus::code).filter(code::equals).isPresent();
    }

    // The oldest event of the leg that matches: the moment the parcel first reached that state.
    private static Optional<String> firstAt(TrackingLeg leg, Predicate<TrackingEvent> matches) {
        return leg.events().stream().filter(matches).min(Comparator.comparing(TrackingEvent::time))
                .map(e -> localIso(e.time()));
    }

    private static void nullable(JsonObjectBuilder b, String name, Optional<String> value) {
        value.ifPresentOrElse(v -> b.add(name, v), () -> b.addNull(name));
    }

    /** The object under construction, with the sent text winning over the shipment's value. */
    private static final class Fields {
        private final JsonObjectBuilder out = JSON.createObjectBuilder();
        private final Map<String, ? extends JsonValue> asSent;

        Fields(Map<String, ? extends JsonValue> asSent) {
            this.asSent = asSent;
        }

        void text(String name, Optional<String> value) {
            JsonValue sent = asSent.get(name);
            if (sent != null) {
                out.add(name, sent);
            } else {
                nullable(out, name, value);
            }
        }
    }
}
