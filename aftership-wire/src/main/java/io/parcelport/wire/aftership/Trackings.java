package io.parcelport.wire.aftership;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.CarrierExtras;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.EventTime;
import io.parcelport.domain.shipment.ManualStatus;
import io.parcelport.domain.shipment.Milestone;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.domain.shipment.SubStatus;
import io.parcelport.domain.shipment.TrackingEvent;
import io.parcelport.domain.shipment.TrackingLeg;
import io.parcelport.domain.shipment.TrackingNumber;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The tracking object (reference §3) and the domain {@link Shipment}, both ways; checkpoints are the shipment's
 * {@link TrackingEvent}s.
 *
 * <p>Reading is tolerant: unknown fields are ignored, unknown tags read as {@link DeliveryStatus#UNKNOWN} (or, when
 * the tag is missing, as the subtag's prefix says), unknown subtags are kept without a meaning, and a checkpoint
 * without any time is skipped rather than invented.
 *
 * <p>Mark-as-completed (§2.7) is a manual status: it adds a checkpoint whose {@code source} is {@code user} and sets
 * the tag. A tracking whose newest checkpoint is such a one, with tag {@code Delivered} or {@code Exception}, reads
 * as that manual status over the carrier's, which is the tag of the newest carrier checkpoint ({@code Pending} when
 * there is none); the user checkpoint itself is the override, not an event. The writer does the reverse.
 *
 * <p>Legs: AfterShip keeps one checkpoint list; checkpoints whose {@code slug} is the {@code last_mile} carrier's
 * (when it differs from the tracking's) form the destination leg, the rest the origin leg.
 */
public final class Trackings {
    private static final String USER = "user";
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private Trackings() {
    }

    // ---------------------------------------------------------------- reading

    /**
     * The shipment a tracking object describes.
     *
     * @param tracking the tracking object
     * @param now the registration time to assume when {@code created_at} is missing
     * @param what where the object is, for messages
     * @throws MalformedAnswerException when the object lacks its slug or number or has a malformed field
     */
    public static Shipment read(JsonObject tracking, Instant now, String what) {
        // Versions up to 2024-04 wrapped the object as {"tracking": {...}} (reference §1); read either shape.
        if (!tracking.containsKey("slug") && tracking.get("tracking") instanceof JsonObject wrapped) {
            return read(wrapped, now, what + ".tracking");
        }
        String slug = Json.text(tracking, "slug", what)
                .orElseThrow(() -> new MalformedAnswerException(what + ".slug", "is missing"));
        String number = Json.text(tracking, "tracking_number", what)
                .orElseThrow(() -> new MalformedAnswerException(what + ".tracking_number", "is missing"));
        ShipmentKey key;
        try {
            key = new ShipmentKey(CarrierCode.of(slug), TrackingNumber.of(number));
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException(what, "has a slug or tracking number the domain refuses: "
                    + e.getMessage(), e);
        }
        List<JsonObject> checkpoints = Json.objects(tracking, "checkpoints", what);
        Optional<JsonObject> lastMile = Json.object(tracking, "last_mile", what);
        Optional<String> lastMileSlug = lastMile.flatMap(m -> Json.text(m, "slug", what + ".last_mile"))
                .filter(s -> !s.equalsIgnoreCase(slug));

        List<TrackingEvent> origin = new ArrayList<>();
        List<TrackingEvent> destination = new ArrayList<>();
        Optional<Checkpoint> newestCarrier = Optional.empty();
        Optional<Checkpoint> newestUser = Optional.empty();
        for (int i = 0; i < checkpoints.size(); i++) {
            String where = what + ".checkpoints[" + i + "]";
            Optional<Checkpoint> read = checkpoint(checkpoints.get(i), where);
            if (read.isEmpty()) {
                continue;
            }
            Checkpoint c = read.get();
            if (c.user) {
                newestUser = newer(newestUser, c);
                continue;
            }
            newestCarrier = newer(newestCarrier, c);
            boolean lastLeg = lastMileSlug.isPresent() && Json.text(checkpoints.get(i), "slug", where)
                    .filter(s -> s.equalsIgnoreCase(lastMileSlug.get())).isPresent();
            (lastLeg ? destination : origin).add(c.event);
        }

        Optional<Tag> tag = Json.text(tracking, "tag", what).flatMap(Tag::parse);
        Optional<String> subtag = Json.text(tracking, "subtag", what);
        Optional<SubStatus> subStatus = Subtags.read(tag, subtag.orElse(null),
                Json.text(tracking, "subtag_message", what).orElse(null));
        DeliveryStatus status = status(tag, Json.text(tracking, "tag", what), subStatus);
        ShipmentStatus shipmentStatus = ShipmentStatus.of(status, subStatus);
        Optional<ManualStatus> manual = ManualStatus.from(status);
        Optional<Checkpoint> completion = newestUser;
        if (completion.isPresent() && manual.isPresent()
                && newestCarrier.map(c -> c.event.time().compareTo(completion.get().event.time()) <= 0).orElse(true)) {
            Checkpoint user = completion.get();
            ShipmentStatus carrier = newestCarrier
                    .map(c -> ShipmentStatus.of(c.event.checkpointStatus(), c.event.subStatus()))
                    .orElse(ShipmentStatus.initial());
            Instant at = user.createdAt.or(() -> user.event.time().toInstant())
                    .orElse(user.event.time().local().toInstant(ZoneOffset.UTC));
            shipmentStatus = carrier.override(manual.get(), at).status();
        }

        Instant createdAt = Json.text(tracking, "created_at", what)
                .flatMap(t -> Times.instant(t, what + ".created_at")).orElse(now);
        Shipment.Builder b = Shipment.builder()
                .key(key)
                .backendId(Json.text(tracking, "id", what))
                .status(shipmentStatus)
                .orderId(Json.text(tracking, "order_id", what))
                .title(Json.text(tracking, "title", what))
                .orderTime(Json.text(tracking, "order_date", what)
                        .flatMap(t -> Times.read(t, what + ".order_date")).map(EventTime::local))
                .originCountry(Json.text(tracking, "origin_country_region", what).flatMap(Countries::read))
                .destinationCountry(Json.text(tracking, "destination_country_region", what)
                        .flatMap(Countries::read))
                .carrierExtras(extras(tracking, what))
                .originLeg(new TrackingLeg(Optional.empty(), origin, milestones(origin),
                        Json.text(tracking, "courier_tracking_link", what), Optional.empty(), Optional.empty()))
                .destinationLeg(lastMile.map(m -> destinationLeg(m, destination, what)).orElse(
                        destination.isEmpty() ? TrackingLeg.EMPTY : TrackingLeg.of(destination)))
                .logisticsChannel(Json.text(tracking, "shipping_method", what))
                .comment(Json.text(tracking, "note", what))
                .signedBy(Json.text(tracking, "signed_by", what))
                .language(Json.text(tracking, "language", what).filter(l -> l.matches("[A-Za-z]{2}"))
                        .map(LanguageCode::of))
                .createdAt(createdAt)
                .updatedAt(Json.text(tracking, "updated_at", what)
                        .flatMap(t -> Times.instant(t, what + ".updated_at")))
                .refreshing(Json.bool(tracking, "active").orElse(true))
                .archived(Json.object(tracking, "custom_fields", what)
                        .flatMap(f -> Json.text(f, Requests.ARCHIVED_FIELD, what + ".custom_fields"))
                        .filter("true"::equalsIgnoreCase).isPresent())
                .transitDays(Json.count(tracking, "transit_time"));
        customers(tracking, what, b);
        try {
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new MalformedAnswerException(what, "is not a shipment the domain accepts: " + e.getMessage(), e);
        }
    }

    /** The domain status of a tag; a missing tag is the subtag's prefix, else pending; an unknown tag is unknown. */
    static DeliveryStatus status(Optional<Tag> tag, Optional<String> rawTag, Optional<SubStatus> subStatus) {
        if (tag.isPresent()) {
            return tag.get().status();
        }
        if (rawTag.isPresent()) {
            return DeliveryStatus.UNKNOWN;
        }
        return subStatus.flatMap(Subtags::tagOf).map(Tag::status).orElse(DeliveryStatus.PENDING);
    }

    /** One checkpoint as an event, with its source and creation time; empty when it has no time at all. */
    private record Checkpoint(TrackingEvent event, boolean user, Optional<Instant> createdAt) {
    }

    private static Optional<Checkpoint> newer(Optional<Checkpoint> current, Checkpoint candidate) {
        return current.isEmpty() || candidate.event.time().compareTo(current.get().event.time()) >= 0
                ? Optional.of(candidate) : current;
    }

    private static Optional<Checkpoint> checkpoint(JsonObject c, String what) {
        Optional<String> createdText = Json.text(c, "created_at", what);
        Optional<EventTime> time = Json.text(c, "checkpoint_time", what)
                .flatMap(t -> Times.read(t, what + ".checkpoint_time"))
                .or(() -> createdText.flatMap(t -> Times.read(t, what + ".created_at")));
        if (time.isEmpty()) {
            return Optional.empty();
        }
        Optional<Tag> tag = Json.text(c, "tag", what).flatMap(Tag::parse);
        Optional<String> subtagMessage = Json.text(c, "subtag_message", what);
        Optional<SubStatus> subStatus = Subtags.read(tag, Json.text(c, "subtag", what).orElse(null),
                subtagMessage.orElse(null));
        DeliveryStatus status = status(tag, Json.text(c, "tag", what), subStatus);
        String description = Json.text(c, "message", what).or(() -> subtagMessage)
                .or(() -> tag.map(Tag::wire)).orElse(status.name());
        TrackingEvent event = new TrackingEvent(time.get(), description, location(c, what), status, subStatus,
                subStatus.flatMap(Trackings::milestone));
        boolean user = Json.text(c, "source", what).filter(USER::equalsIgnoreCase).isPresent();
        return Optional.of(new Checkpoint(event, user,
                createdText.flatMap(t -> Times.instant(t, what + ".created_at"))));
    }

    private static Optional<String> location(JsonObject c, String what) {
        Optional<String> location = Json.text(c, "location", what);
        if (location.isPresent()) {
            return location;
        }
        StringJoiner parts = new StringJoiner(", ");
        Json.text(c, "city", what).ifPresent(parts::add);
        Json.text(c, "state", what).ifPresent(parts::add);
        Json.text(c, "country_region_name", what).or(() -> Json.text(c, "country_region", what))
                .ifPresent(parts::add);
        return parts.length() == 0 ? Optional.empty() : Optional.of(parts.toString());
    }

    // Only the two subtags that say exactly what a milestone says.
    private static Optional<Milestone> milestone(SubStatus subStatus) {
        return switch (subStatus.code()) {
            case "intransit_004" -> Optional.of(Milestone.ARRIVED_ABROAD);
            case "intransit_006" -> Optional.of(Milestone.CUSTOMS);
            default -> Optional.empty();
        };
    }

    private static Map<Milestone, EventTime> milestones(List<TrackingEvent> events) {
        Map<Milestone, EventTime> out = new EnumMap<>(Milestone.class);
        events.stream().sorted(Comparator.comparing(TrackingEvent::time))
                .forEach(e -> e.milestone().ifPresent(m -> out.putIfAbsent(m, e.time())));
        return out;
    }

    private static TrackingLeg destinationLeg(JsonObject lastMile, List<TrackingEvent> events, String what) {
        String where = what + ".last_mile";
        Optional<CarrierCode> carrier = Json.text(lastMile, "slug", where)
                .filter(s -> s.toLowerCase(Locale.ROOT).matches("[a-z0-9_-]{1,64}")).map(CarrierCode::of);
        return new TrackingLeg(carrier, events, milestones(events),
                Json.text(lastMile, "courier_tracking_link", where), Optional.empty(),
                Json.text(lastMile, "tracking_number", where));
    }

    private static CarrierExtras extras(JsonObject tracking, String what) {
        Optional<String> postal = Json.text(tracking, "destination_postal_code", what)
                .or(() -> Json.text(tracking, "tracking_postal_code", what));
        Optional<LocalDate> shipDate = Json.text(tracking, "tracking_ship_date", what)
                .map(t -> shipDate(t, what + ".tracking_ship_date"));
        return new CarrierExtras(postal, shipDate, Json.text(tracking, "tracking_account_number", what),
                Json.text(tracking, "tracking_destination_country_region", what).flatMap(Countries::read));
    }

    private static LocalDate shipDate(String text, String what) {
        if (text.matches("\\d{8}")) {
            return LocalDate.parse(text, COMPACT_DATE);
        }
        return Times.read(text, what).orElseThrow().local().toLocalDate();
    }

    private static void customers(JsonObject tracking, String what, Shipment.Builder b) {
        List<JsonObject> customers = Json.objects(tracking, "customers", what);
        Optional<String> name = Optional.empty();
        Optional<String> phone = Optional.empty();
        for (int i = 0; i < customers.size(); i++) {
            String where = what + ".customers[" + i + "]";
            JsonObject c = customers.get(i);
            name = name.or(() -> Json.text(c, "name", where));
            phone = phone.or(() -> Json.text(c, "phone_number", where));
            Json.text(c, "email", where).filter(Trackings::isEmail).ifPresent(b::addCustomerEmails);
        }
        b.customerName(name).customerPhone(phone);
    }

    private static boolean isEmail(String text) {
        try {
            new io.parcelport.domain.EmailAddress(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- writing

    /** The tracking object for {@code shipment}, as AfterShip 2025-07 answers it. */
    public static JsonObject write(Shipment shipment) {
        JsonObjectBuilder t = Json.object();
        shipment.backendId().ifPresent(id -> t.add("id", id));
        t.add("tracking_number", shipment.key().trackingNumber().value());
        t.add("slug", shipment.key().carrier().value());
        t.add("active", shipment.isRefreshing());
        t.add("created_at", Times.write(shipment.createdAt()));
        shipment.updatedAt().ifPresent(u -> t.add("updated_at", Times.write(u)));
        ShipmentStatus status = shipment.status();
        Optional<SubStatus> sub = status.manualOverride()
                .map(o -> Optional.of(completedSubtag(o.status())))
                .orElse(status.carrierSubStatus());
        Tag tag = Tag.of(status.effective(), sub);
        t.add("tag", tag.wire());
        sub.ifPresentOrElse(s -> {
            t.add("subtag", Subtags.spell(s));
            s.meaning().or(() -> Subtags.meaning(s)).ifPresent(m -> t.add("subtag_message", m));
        }, () -> t.addNull("subtag"));
        shipment.title().ifPresent(v -> t.add("title", v));
        shipment.orderId().ifPresent(v -> t.add("order_id", v));
        shipment.orderTime().ifPresent(v -> t.add("order_date", Times.write(new EventTime(v,
                Optional.of(ZoneOffset.UTC)))));
        shipment.originCountry().ifPresent(c -> t.add("origin_country_region", Countries.write(c)));
        shipment.destinationCountry().ifPresent(c -> t.add("destination_country_region", Countries.write(c)));
        CarrierExtras extras = shipment.carrierExtras();
        extras.postalCode().ifPresent(v -> t.add("destination_postal_code", v));
        extras.shipDate().ifPresent(v -> t.add("tracking_ship_date", Times.write(v)));
        extras.accountNumber().ifPresent(v -> t.add("tracking_account_number", v));
        shipment.logisticsChannel().ifPresent(v -> t.add("shipping_method", v));
        shipment.comment().ifPresent(v -> t.add("note", v));
        shipment.signedBy().ifPresent(v -> t.add("signed_by", v));
        shipment.language().ifPresent(v -> t.add("language", v.value()));
        shipment.transitDays().ifPresent(v -> t.add("transit_time", v));
        shipment.originLeg().website().ifPresent(v -> t.add("courier_tracking_link", v));
        TrackingLeg last = shipment.destinationLeg();
        if (last.carrier().isPresent() || last.referenceNumber().isPresent()) {
            JsonObjectBuilder m = Json.object();
            last.referenceNumber().ifPresent(v -> m.add("tracking_number", v));
            last.carrier().ifPresent(v -> m.add("slug", v.value()));
            last.website().ifPresent(v -> m.add("courier_tracking_link", v));
            t.add("last_mile", m);
        }
        Requests.customers(shipment.customerName(), shipment.customerEmails(), shipment.customerPhone())
                .ifPresent(c -> t.add("customers", c));
        t.add("checkpoints", checkpoints(shipment));
        return t.build();
    }

    /** The subtag mark-as-completed sets for a manual status (§2.7): {@code Delivered_001}, {@code Exception_013}. */
    public static SubStatus completedSubtag(ManualStatus status) {
        return status == ManualStatus.DELIVERED ? new SubStatus("Delivered_001", Optional.of("Delivered"))
                : new SubStatus("Exception_013", Optional.of("Shipment lost"));
    }

    private static JsonArrayBuilder checkpoints(Shipment shipment) {
        JsonArrayBuilder out = Json.PROVIDER.createArrayBuilder();
        // Oldest first, as the only official fixture lists them (the order is not documented, §3).
        List<TrackingEvent> origin = new ArrayList<>(shipment.originLeg().events());
        List<TrackingEvent> destination = new ArrayList<>(shipment.destinationLeg().events());
        List<Object[]> all = new ArrayList<>();
        origin.forEach(e -> all.add(new Object[] {e, shipment.key().carrier().value()}));
        String lastSlug = shipment.destinationLeg().carrier().map(CarrierCode::value)
                .orElse(shipment.key().carrier().value());
        destination.forEach(e -> all.add(new Object[] {e, lastSlug}));
        all.sort(Comparator.comparing(o -> ((TrackingEvent) o[0]).time()));
        for (Object[] pair : all) {
            out.add(checkpoint((TrackingEvent) pair[0], (String) pair[1], "carrier"));
        }
        shipment.status().manualOverride().ifPresent(o -> {
            SubStatus sub = completedSubtag(o.status());
            TrackingEvent event = new TrackingEvent(EventTime.of(o.setAt().atOffset(ZoneOffset.UTC)),
                    sub.meaning().orElseThrow(), Optional.empty(), o.status().toDeliveryStatus(), Optional.of(sub),
                    Optional.empty());
            out.add(Json.object(checkpoint(event, shipment.key().carrier().value(), USER))
                    .add("created_at", Times.write(o.setAt())));
        });
        return out;
    }

    private static JsonObject checkpoint(TrackingEvent e, String slug, String source) {
        JsonObjectBuilder c = Json.object()
                .add("slug", slug)
                .add("checkpoint_time", Times.write(e.time()))
                .add("message", e.description())
                .add("tag", Tag.of(e.checkpointStatus(), e.subStatus()).wire())
                .add("source", source);
        e.location().ifPresent(l -> c.add("location", l));
        e.subStatus().ifPresent(s -> {
            c.add("subtag", Subtags.spell(s));
            s.meaning().or(() -> Subtags.meaning(s)).ifPresent(m -> c.add("subtag_message", m));
        });
        return c.build();
    }
}
