package io.parcelport.wire.aftership;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.CarrierExtras;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.TimeRange;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The request bodies and list query parameters of AfterShip 2025-07 (reference §2): written by a client, read back by
 * a server. Bodies are unwrapped (no {@code tracking} wrapper since 2024-07).
 */
public final class Requests {

    /** The {@code reason} values of mark-as-completed (§2.7) and the tag and subtag each sets. */
    public enum CompletionReason {
        DELIVERED(Tag.DELIVERED, "Delivered_001"),
        LOST(Tag.EXCEPTION, "Exception_013"),
        RETURNED_TO_SENDER(Tag.EXCEPTION, "Exception_011");

        private final Tag tag;
        private final String subtag;

        CompletionReason(Tag tag, String subtag) {
            this.tag = tag;
            this.subtag = subtag;
        }

        /** The tag the tracking gets. */
        public Tag tag() {
            return tag;
        }

        /** The subtag the tracking gets. */
        public String subtag() {
            return subtag;
        }

        /** The reason a body names, ignoring case; empty for any other word. */
        public static Optional<CompletionReason> parse(String word) {
            for (CompletionReason r : values()) {
                if (r.name().equalsIgnoreCase(word == null ? "" : word.strip())) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    /** The list parameter of tracking numbers (§2.2), comma-separated; the one spelling of it for clients and servers. */
    public static final String TRACKING_NUMBERS = "tracking_numbers";

    /**
     * The custom field that carries Parcelport's archive flag: AfterShip has no archive (reference §9), and
     * {@code custom_fields} is the one place a tracking keeps a client's own values.
     */
    public static final String ARCHIVED_FIELD = "parcelport_archived";

    private static final DateTimeFormatter FILTER_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private Requests() {
    }

    /** The body of {@code POST /trackings} for {@code shipment} (§2.1). */
    public static JsonObject create(NewShipment shipment) {
        JsonObjectBuilder b = Json.object()
                .add("tracking_number", shipment.key().trackingNumber().value())
                .add("slug", shipment.key().carrier().value());
        shipment.title().ifPresent(v -> b.add("title", v));
        shipment.orderId().ifPresent(v -> b.add("order_id", v));
        shipment.orderTime().ifPresent(v -> b.add("order_date", FILTER_TIME.format(v.atOffset(ZoneOffset.UTC))));
        shipment.logisticsChannel().ifPresent(v -> b.add("shipping_method", v));
        shipment.comment().ifPresent(v -> b.add("note", v));
        shipment.language().ifPresent(v -> b.add("language", v.value()));
        shipment.destinationCountry().or(() -> shipment.carrierExtras().destinationCountry())
                .ifPresent(c -> b.add("destination_country_region", Countries.write(c)));
        extras(shipment.carrierExtras(), b);
        customers(shipment.customerName(), shipment.customerEmails(), shipment.customerPhone())
                .ifPresent(c -> b.add("customers", c));
        return b.build();
    }

    private static void extras(CarrierExtras extras, JsonObjectBuilder b) {
        extras.postalCode().ifPresent(v -> b.add("destination_postal_code", v));
        extras.shipDate().ifPresent(v -> b.add("tracking_ship_date", Times.write(v)));
        extras.accountNumber().ifPresent(v -> b.add("tracking_account_number", v));
    }

    /**
     * The registration a create body asks for, as a server reads it.
     *
     * @throws MalformedAnswerException when {@code tracking_number} or {@code slug} is missing or malformed
     */
    public static NewShipment readCreate(JsonObject body) {
        String what = "body";
        String number = Json.text(body, "tracking_number", what)
                .orElseThrow(() -> new MalformedAnswerException("tracking_number", "is required"));
        String slug = Json.text(body, "slug", what)
                .orElseThrow(() -> new MalformedAnswerException("slug", "is required by this reader"));
        ShipmentKey key;
        try {
            key = new ShipmentKey(CarrierCode.of(slug), TrackingNumber.of(number));
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException(what, "names a slug or tracking number that is refused: "
                    + e.getMessage(), e);
        }
        NewShipment.Builder b = NewShipment.builder(key).pinCarrier(true);
        Json.text(body, "title", what).ifPresent(b::title);
        Json.text(body, "order_id", what).ifPresent(b::orderId);
        Json.text(body, "order_date", what).flatMap(t -> Times.read(t, "order_date"))
                .ifPresent(t -> b.orderTime(t.local()));
        Json.text(body, "shipping_method", what).ifPresent(b::logisticsChannel);
        Json.text(body, "note", what).ifPresent(b::comment);
        Json.text(body, "destination_country_region", what).flatMap(Countries::read).ifPresent(b::destinationCountry);
        Optional<String> postal = Json.text(body, "destination_postal_code", what);
        Optional<LocalDate> ship = Json.text(body, "tracking_ship_date", what)
                .map(t -> t.matches("\\d{8}") ? LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE)
                        : Times.read(t, "tracking_ship_date").orElseThrow().local().toLocalDate());
        Optional<String> account = Json.text(body, "tracking_account_number", what);
        b.carrierExtras(new CarrierExtras(postal, ship, account, Optional.empty()));
        List<JsonObject> customers = Json.objects(body, "customers", what);
        customers.stream().flatMap(c -> Json.text(c, "name", "customers").stream()).findFirst()
                .ifPresent(b::customerName);
        customers.stream().flatMap(c -> Json.text(c, "phone_number", "customers").stream()).findFirst()
                .ifPresent(b::customerPhone);
        customers.stream().flatMap(c -> Json.text(c, "email", "customers").stream()).forEach(b::addCustomerEmail);
        return b.build();
    }

    /**
     * The body of {@code PUT /trackings/{id}} for the detail changes in {@code changes} (§2.4). Customers are one
     * array on the wire, so a change of any customer field writes the array from the change and, for the fields it
     * leaves alone, from {@code current}.
     *
     * @param changes the changes; their archive flag and status command are not details and are not written
     * @param currentName the recipient's name as registered
     * @param currentEmails the recipient's e-mails as registered
     * @param currentPhone the recipient's phone as registered
     */
    public static JsonObject update(ShipmentChanges changes, Optional<String> currentName,
            List<String> currentEmails, Optional<String> currentPhone) {
        JsonObjectBuilder b = Json.object();
        changes.title().ifPresent(v -> b.add("title", v));
        changes.orderId().ifPresent(v -> b.add("order_id", v));
        changes.logisticsChannel().ifPresent(v -> b.add("shipping_method", v));
        changes.destinationCountry().ifPresent(c -> b.add("destination_country_region", Countries.write(c)));
        if (changes.customerName().isPresent() || changes.customerEmails().isPresent()
                || changes.customerPhone().isPresent()) {
            customers(changes.customerName().or(() -> currentName),
                    changes.customerEmails().orElse(currentEmails),
                    changes.customerPhone().or(() -> currentPhone)).ifPresent(c -> b.add("customers", c));
        }
        return b.build();
    }

    /**
     * The detail changes an update body asks for, as a server reads it; empty when the body changes nothing the
     * ports know (a {@code slug} change is read by {@link #readSlug}).
     */
    public static Optional<ShipmentChanges> readUpdate(JsonObject body) {
        String what = "body";
        ShipmentChanges.Builder b = ShipmentChanges.builder();
        boolean any = false;
        Optional<String> title = Json.text(body, "title", what);
        if (title.isPresent()) {
            b.title(title.get());
            any = true;
        }
        Optional<String> orderId = Json.text(body, "order_id", what);
        if (orderId.isPresent()) {
            b.orderId(orderId.get());
            any = true;
        }
        Optional<String> method = Json.text(body, "shipping_method", what);
        if (method.isPresent()) {
            b.logisticsChannel(method.get());
            any = true;
        }
        Optional<CountryCode> destination = Json.text(body, "destination_country_region", what)
                .flatMap(Countries::read);
        if (destination.isPresent()) {
            b.destinationCountry(destination.get());
            any = true;
        }
        if (body.containsKey("customers")) {
            List<JsonObject> customers = Json.objects(body, "customers", what);
            customers.stream().flatMap(c -> Json.text(c, "name", "customers").stream()).findFirst()
                    .ifPresent(b::customerName);
            customers.stream().flatMap(c -> Json.text(c, "phone_number", "customers").stream()).findFirst()
                    .ifPresent(b::customerPhone);
            b.customerEmails(customers.stream().flatMap(c -> Json.text(c, "email", "customers").stream()).toList());
            any = true;
        }
        return any ? Optional.of(b.build()) : Optional.empty();
    }

    /** The courier an update body moves the tracking to, when it names one. */
    public static Optional<CarrierCode> readSlug(JsonObject body) {
        return Json.text(body, "slug", "body").filter(s -> s.toLowerCase(java.util.Locale.ROOT)
                .matches("[a-z0-9_-]{1,64}")).map(CarrierCode::of);
    }

    /**
     * A list call's parameters as a server reads them.
     *
     * @param query the filters, as the ports express them
     * @param limit the page size asked for, when given
     * @param cursor the cursor of the page asked for, when given
     * @param slug the courier filter, when given
     */
    public record ListParameters(ShipmentQuery query, Optional<Integer> limit, Optional<String> cursor,
            Optional<CarrierCode> slug) {
    }

    /**
     * Reads the query parameters of {@code GET /trackings}; a {@code tag} that names no tag is refused, as a server
     * refuses it with 400.
     *
     * @throws MalformedAnswerException naming the parameter that is malformed
     */
    public static ListParameters readList(Map<String, String> parameters) {
        ShipmentQuery.Builder q = ShipmentQuery.builder();
        Optional<String> tag = Optional.ofNullable(parameters.get("tag")).filter(t -> !t.isBlank());
        if (tag.isPresent()) {
            q.status(Tag.parse(tag.get()).orElseThrow(() -> new MalformedAnswerException("tag",
                    "is not one of the nine tags")).status());
        }
        Optional.ofNullable(parameters.get(TRACKING_NUMBERS)).ifPresent(n -> q.numbers(
                java.util.Arrays.stream(n.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(TrackingNumber::of).toList()));
        Optional.ofNullable(parameters.get("order_id")).filter(o -> !o.isBlank())
                .ifPresent(o -> q.orderIds(List.of(o)));
        q.created(range(parameters, "created_at_min", "created_at_max"));
        q.updated(range(parameters, "updated_at_min", "updated_at_max"));
        Optional<Integer> limit = Optional.ofNullable(parameters.get("limit")).map(String::strip).map(l -> {
            if (!l.matches("\\d{1,6}")) {
                throw new MalformedAnswerException("limit", "is not a whole number: '" + l + "'");
            }
            return Integer.valueOf(l);
        });
        Optional<CarrierCode> slug = Optional.ofNullable(parameters.get("slug")).filter(s -> !s.isBlank())
                .map(CarrierCode::of);
        return new ListParameters(q.build(), limit,
                Optional.ofNullable(parameters.get("cursor")).filter(c -> !c.isBlank()), slug);
    }

    private static TimeRange range(Map<String, String> parameters, String min, String max) {
        Optional<Instant> from = Optional.ofNullable(parameters.get(min)).flatMap(t -> Times.instant(t, min));
        Optional<Instant> to = Optional.ofNullable(parameters.get(max)).flatMap(t -> Times.instant(t, max));
        return new TimeRange(from, to);
    }

    /** Whether {@code changes} holds any detail {@link #update} writes. */
    public static boolean hasDetails(ShipmentChanges changes) {
        return changes.title().isPresent() || changes.orderId().isPresent() || changes.logisticsChannel().isPresent()
                || changes.destinationCountry().isPresent() || changes.customerName().isPresent()
                || changes.customerEmails().isPresent() || changes.customerPhone().isPresent();
    }

    /** The body of {@code PUT /trackings/{id}} that moves a tracking to another courier (§2.4, {@code slug}). */
    public static JsonObject changeSlug(CarrierCode carrier) {
        return Json.object().add("slug", carrier.value()).build();
    }

    /** The body of {@code PUT /trackings/{id}} that sets the archive flag ({@link #ARCHIVED_FIELD}). */
    public static JsonObject archive(boolean archived) {
        return Json.object().add("custom_fields", Json.object().add(ARCHIVED_FIELD, Boolean.toString(archived)))
                .build();
    }

    /** The body of {@code POST /trackings/{id}/mark-as-completed} (§2.7). */
    public static JsonObject complete(CompletionReason reason) {
        return Json.object().add("reason", reason.name()).build();
    }

    /** The body of {@code POST /couriers/detect} (§2.8-2.10); the ship date in the {@code YYYYMMDD} form detect documents. */
    public static JsonObject detect(TrackingNumber number, CarrierExtras extras, Optional<CountryCode> destination) {
        JsonObjectBuilder b = Json.object().add("tracking_number", number.value());
        extras.postalCode().ifPresent(v -> b.add("destination_postal_code", v));
        extras.shipDate().ifPresent(v -> b.add("tracking_ship_date", DateTimeFormatter.BASIC_ISO_DATE.format(v)));
        extras.accountNumber().ifPresent(v -> b.add("tracking_account_number", v));
        destination.or(extras::destinationCountry)
                .ifPresent(c -> b.add("destination_country_region", Countries.write(c)));
        return b.build();
    }

    /**
     * The query parameters of {@code GET /trackings} (§2.2), in the order given; blank filters are left out.
     *
     * @param limit the page size
     * @param cursor the cursor of the page asked for (absent for the first)
     * @param numbers tracking numbers, comma-separated on the wire
     * @param slug the courier, when one
     * @param orderId one order id
     * @param tag the tag, when one
     * @param created registration window
     * @param updated last-change window
     */
    public static Map<String, String> list(int limit, Optional<String> cursor, List<TrackingNumber> numbers,
            Optional<CarrierCode> slug, Optional<String> orderId, Optional<Tag> tag, TimeRange created,
            TimeRange updated) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("limit", Integer.toString(limit));
        cursor.ifPresent(c -> q.put("cursor", c));
        if (!numbers.isEmpty()) {
            q.put(TRACKING_NUMBERS, numbers.stream().map(TrackingNumber::value).collect(Collectors.joining(",")));
        }
        slug.ifPresent(s -> q.put("slug", s.value()));
        orderId.ifPresent(o -> q.put("order_id", o));
        tag.ifPresent(t -> q.put("tag", t.wire()));
        created.from().ifPresent(t -> q.put("created_at_min", filterTime(t)));
        created.to().ifPresent(t -> q.put("created_at_max", filterTime(t)));
        updated.from().ifPresent(t -> q.put("updated_at_min", filterTime(t)));
        updated.to().ifPresent(t -> q.put("updated_at_max", filterTime(t)));
        return q;
    }

    /** A time filter as written: {@code YYYY-MM-DDTHH:mm:ss+00:00}, the shape AfterShip writes its own times in. */
    public static String filterTime(Instant instant) {
        return FILTER_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    static Optional<JsonArrayBuilder> customers(Optional<String> name, List<String> emails,
            Optional<String> phone) {
        if (name.isEmpty() && emails.isEmpty() && phone.isEmpty()) {
            return Optional.empty();
        }
        JsonArrayBuilder out = Json.PROVIDER.createArrayBuilder();
        // At most three customers (§2.1): the first carries the name and phone, each one e-mail.
        int count = Math.max(1, Math.min(3, emails.size()));
        for (int i = 0; i < count; i++) {
            JsonObjectBuilder c = Json.object().add("role", "buyer");
            if (i == 0) {
                name.ifPresent(v -> c.add("name", v));
                phone.ifPresent(v -> c.add("phone_number", v));
            }
            if (i < emails.size()) {
                c.add("email", emails.get(i));
            }
            out.add(c);
        }
        return Optional.of(out);
    }
}
