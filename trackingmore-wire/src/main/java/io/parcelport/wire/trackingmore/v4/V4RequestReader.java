package io.parcelport.wire.trackingmore.v4;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.CarrierExtras;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.TimeRange;
import io.parcelport.wire.trackingmore.Countries;
import io.parcelport.wire.trackingmore.Statuses;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireTimes;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TrackingMore v4 requests (v4 reference §2) into port values, the server side of the format: create and batch
 * bodies, the update body, the list's query parameters, and the detect and air-waybill bodies. Anything refused is a
 * {@link V4RequestException} carrying the meta code a v4 server answers with.
 *
 * <p>Codes: a missing {@code tracking_number} 4111, a malformed one 4110; a missing or malformed {@code courier_code}
 * (or {@code courier_code_new}) 4120; a malformed {@code awb_number} 4160; more than 40 items or tracking numbers
 * 4103; any other bad field or parameter 400, its message naming it. Every field is read as text, a JSON number
 * included; free text is kept as sent by the caller, this reader only gives the domain what it can hold.
 */
public final class V4RequestReader {
    /** The most items of a batch create, and of a list's {@code tracking_numbers} (v4 reference §2.2, §2.3). */
    public static final int MAX_ITEMS = 40;
    /** The page size of a list that names none. */
    public static final int DEFAULT_PAGE_SIZE = 100;
    /** The largest page a list serves ({@code items_amount}). */
    public static final int MAX_PAGE_SIZE = 2000;

    /** The request fields of create (§2.1) and update (§2.4) whose text answers give back as sent. */
    public static final List<String> FREE_TEXT_FIELDS = List.of("order_number", "order_id", "order_date",
            "origin_country_iso2", "destination_country_iso2", "customer_name", "customer_email", "customer_sms",
            "recipient_postcode", "title", "logistics_channel", "note", "label", "tracking_courier_account",
            "tracking_postal_code", "tracking_origin_country", "tracking_destination_country", "tracking_ship_date",
            "tracking_key", "language");

    // The SDKs' own check (v4 reference §2.9): a 3-digit prefix, an optional space or hyphen, 8 digits.
    private static final Pattern AWB = Pattern.compile("^(\\d{3})[ -]?(\\d{8})$");
    // A '+' sent unencoded (the Java and Python SDKs do) arrives as a space once the query is decoded.
    private static final Pattern SPACE_FOR_PLUS = Pattern.compile("^(.*T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) "
            + "(\\d{2}(?::?\\d{2})?)$");
    private static final DateTimeFormatter SHIP_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private V4RequestReader() {
    }

    // ---- bodies ----

    /** A body that must be a JSON object (create, update, detect, awb). */
    public static JsonObject object(JsonValue body) {
        if (body instanceof JsonObject o) {
            return o;
        }
        throw new V4RequestException(V4MetaCode.BAD_REQUEST, "The request body must be a JSON object.");
    }

    /** The items of a batch body: a JSON array of at most 40 objects (else 4103, nothing done). */
    public static List<JsonObject> items(JsonValue body) {
        if (!(body instanceof JsonArray array)) {
            throw new V4RequestException(V4MetaCode.BAD_REQUEST, "The request body must be a JSON array.");
        }
        if (array.size() > MAX_ITEMS) {
            throw new V4RequestException(V4MetaCode.TOO_MANY);
        }
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : array) {
            if (!(v instanceof JsonObject o)) {
                throw new V4RequestException(V4MetaCode.BAD_REQUEST, "Every item must be a JSON object.");
            }
            out.add(o);
        }
        return out;
    }

    /** {@code tracking_number} and {@code courier_code} of a create body or batch item. */
    public static ShipmentKey key(JsonObject o) {
        return new ShipmentKey(courier(o, "courier_code"), number(o));
    }

    /** {@code tracking_number}: 4111 when missing or blank, 4110 when no tracking number can be like it. */
    public static TrackingNumber number(JsonObject o) {
        String text = text(o, "tracking_number").orElseThrow(() -> new V4RequestException(
                V4MetaCode.NUMBER_REQUIRED));
        try {
            return TrackingNumber.of(text);
        } catch (IllegalArgumentException e) {
            throw new V4RequestException(V4MetaCode.INVALID_NUMBER);
        }
    }

    /** A courier code field: 4120 when missing, blank or not a courier code's form. */
    public static CarrierCode courier(JsonObject o, String field) {
        return courier(text(o, field).orElseThrow(() -> new V4RequestException(V4MetaCode.INVALID_COURIER)));
    }

    /** A courier code: 4120 when not a courier code's form. */
    public static CarrierCode courier(String text) {
        try {
            return CarrierCode.of(text);
        } catch (IllegalArgumentException e) {
            throw new V4RequestException(V4MetaCode.INVALID_COURIER);
        }
    }

    /**
     * A create body or batch item (§2.1) as a new shipment under {@code key}: {@code customer_sms} is the phone,
     * {@code note} the comment, {@code order_date} the order time (when it reads as one), {@code language} the
     * language, the {@code tracking_*} fields the carrier's extras; {@code auto_correct} {@code "1"} pins the courier,
     * as in v2 (its v4 meaning is undocumented).
     */
    public static NewShipment newShipment(JsonObject o, ShipmentKey key) {
        try {
            NewShipment.Builder b = NewShipment.builder(key);
            text(o, "order_id").ifPresent(b::orderId);
            text(o, "title").ifPresent(b::title);
            text(o, "customer_name").ifPresent(b::customerName);
            text(o, "customer_email").ifPresent(v -> Arrays.stream(v.split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).forEach(b::addCustomerEmail));
            text(o, "customer_sms").ifPresent(b::customerPhone);
            text(o, "logistics_channel").ifPresent(b::logisticsChannel);
            text(o, "note").ifPresent(b::comment);
            country(o, "destination_country_iso2").ifPresent(b::destinationCountry);
            text(o, "order_date").flatMap(WireTimes::freeTime).ifPresent(b::orderTime);
            language(o).ifPresent(b::language);
            b.carrierExtras(new CarrierExtras(text(o, "tracking_postal_code"), shipDate(o),
                    text(o, "tracking_courier_account"), country(o, "tracking_destination_country")));
            b.pinCarrier(text(o, "auto_correct").filter("1"::equals).isPresent());
            return b.build();
        } catch (V4RequestException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new V4RequestException(V4MetaCode.BAD_REQUEST, V4MetaCode.BAD_REQUEST.message() + " "
                    + e.getMessage());
        }
    }

    /**
     * What an update body (§2.4) asks for.
     *
     * @param changes the changes the domain holds, when the body has any ({@code note}, {@code label} and the other
     *     echo-only fields are not among them)
     * @param newCourier {@code courier_code_new}, when given
     */
    public record Update(Optional<ShipmentChanges> changes, Optional<CarrierCode> newCourier) {
    }

    /**
     * An update body: the domain's changes ({@code customer_sms} the phone, {@code destination_country_iso2} the
     * destination, {@code archived_status} {@code "archived"} or {@code "tracking"}) and {@code courier_code_new}.
     */
    public static Update update(JsonObject o) {
        Optional<CarrierCode> newCourier = text(o, "courier_code_new").map(V4RequestReader::courier);
        try {
            ShipmentChanges.Builder b = ShipmentChanges.builder();
            boolean any = false;
            Optional<String> title = text(o, "title");
            title.ifPresent(b::title);
            any |= title.isPresent();
            Optional<String> channel = text(o, "logistics_channel");
            channel.ifPresent(b::logisticsChannel);
            any |= channel.isPresent();
            Optional<String> name = text(o, "customer_name");
            name.ifPresent(b::customerName);
            any |= name.isPresent();
            Optional<String> emails = text(o, "customer_email");
            emails.ifPresent(v -> b.customerEmails(Arrays.stream(v.split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList()));
            any |= emails.isPresent();
            Optional<String> phone = text(o, "customer_sms");
            phone.ifPresent(b::customerPhone);
            any |= phone.isPresent();
            Optional<String> orderId = text(o, "order_id");
            orderId.ifPresent(b::orderId);
            any |= orderId.isPresent();
            Optional<CountryCode> destination = country(o, "destination_country_iso2");
            destination.ifPresent(b::destinationCountry);
            any |= destination.isPresent();
            Optional<Boolean> archived = text(o, "archived_status").map(V4RequestReader::archivedStatus);
            archived.ifPresent(b::archived);
            any |= archived.isPresent();
            return new Update(any ? Optional.of(b.build()) : Optional.empty(), newCourier);
        } catch (V4RequestException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new V4RequestException(V4MetaCode.BAD_REQUEST, V4MetaCode.BAD_REQUEST.message() + " "
                    + e.getMessage());
        }
    }

    /** {@code archived_status}: "archived" (or "true") archives, "tracking" (or "false") brings back; else 400. */
    static boolean archivedStatus(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "archived", "true", "1" -> true;
            case "tracking", "false", "0" -> false;
            default -> throw new V4RequestException(V4MetaCode.BAD_REQUEST,
                    "archived_status must be \"archived\" or \"tracking\": '" + value + "'.");
        };
    }

    /** The {@code tracking_number} of a detect body. */
    public static TrackingNumber detectNumber(JsonObject o) {
        return number(o);
    }

    /** The {@code awb_number} of an air-waybill body, as {@code PPP-SSSSSSSS}; 4160 when missing or malformed. */
    public static String awbNumber(JsonObject o) {
        String text = text(o, "awb_number").orElseThrow(() -> new V4RequestException(V4MetaCode.AWB_INVALID));
        Matcher m = AWB.matcher(text);
        if (!m.matches()) {
            throw new V4RequestException(V4MetaCode.AWB_INVALID);
        }
        return m.group(1) + "-" + m.group(2);
    }

    // ---- the list (§2.3) ----

    /**
     * What a {@code GET /trackings/get} asks for.
     *
     * @param query the filters the ports know
     * @param courier {@code courier_code}, which the ports' query has no filter for
     * @param page {@code pages_amount}, 1-based
     * @param size {@code items_amount}
     */
    public record Listing(ShipmentQuery query, Optional<CarrierCode> courier, int page, int size) {
    }

    /**
     * The list's query parameters (already percent-decoded): {@code pages_amount} from 1 (default 1),
     * {@code items_amount} from 1 to 2000 (default 100), 0 or blank meaning the default, at most 40 {@code tracking_numbers}, {@code delivery_status}
     * one of the nine words, {@code archived_status} {@code "archived"}, {@code "tracking"} or {@code "all"},
     * the four date bounds ISO-8601, both ends included, a maximum covering its whole second.
     */
    public static Listing listing(Map<String, String> params) {
        // 0 is "not given": the Java SDK drops a 0 itself, and an SDK that sends every field sends 0 for unset ints.
        int page = whole(params, "pages_amount").filter(n -> n != 0).orElse(1);
        int size = whole(params, "items_amount").filter(n -> n != 0).orElse(DEFAULT_PAGE_SIZE);
        if (page < 1) {
            throw new V4RequestException(V4MetaCode.BAD_REQUEST, "pages_amount must be 1 or more (the first page is"
                    + " 1): " + page + ".");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new V4RequestException(V4MetaCode.BAD_REQUEST, "items_amount must be from 1 to " + MAX_PAGE_SIZE
                    + ": " + size + ".");
        }
        ShipmentQuery.Builder q = ShipmentQuery.builder();
        param(params, "delivery_status").ifPresent(word -> {
            DeliveryStatus status = Statuses.status(word);
            if (!Statuses.isKnownWord(word)) {
                throw new V4RequestException(V4MetaCode.BAD_REQUEST, "delivery_status is not a status: '" + word
                        + "'.");
            }
            q.status(status);
        });
        q.created(range(params, "created_date_min", "created_date_max"));
        q.updated(range(params, "updated_date_min", "updated_date_max"));
        List<TrackingNumber> numbers = new ArrayList<>();
        for (String n : param(params, "tracking_numbers").map(s -> Arrays.stream(s.split(","))
                .map(String::strip).filter(p -> !p.isEmpty()).distinct().toList()).orElse(List.of())) {
            try {
                numbers.add(TrackingNumber.of(n));
            } catch (IllegalArgumentException e) {
                throw new V4RequestException(V4MetaCode.INVALID_NUMBER);
            }
        }
        if (numbers.size() > MAX_ITEMS) {
            throw new V4RequestException(V4MetaCode.TOO_MANY);
        }
        q.numbers(numbers);
        q.archived(switch (param(params, "archived_status").map(s -> s.toLowerCase(Locale.ROOT)).orElse("all")) {
            case "all" -> ArchivedFilter.EITHER;
            case "archived", "true" -> ArchivedFilter.ARCHIVED_ONLY;
            case "tracking", "false" -> ArchivedFilter.ACTIVE_ONLY;
            default -> throw new V4RequestException(V4MetaCode.BAD_REQUEST,
                    "archived_status must be \"archived\", \"tracking\" or \"all\".");
        });
        param(params, "lang").filter(l -> l.matches("[A-Za-z]{2}")).map(LanguageCode::of).ifPresent(q::language);
        Optional<CarrierCode> courier = param(params, "courier_code").map(V4RequestReader::courier);
        return new Listing(q.build(), courier, page, size);
    }

    /**
     * A date filter: ISO-8601 with an offset ({@code 2023-08-23T06:00:00+00:00}, {@code ...Z}); the raw {@code +}
     * that decoded to a space is read as {@code +}; without an offset the time is UTC.
     */
    public static Instant time(String name, String value) {
        String text = value.strip();
        Matcher plus = SPACE_FOR_PLUS.matcher(value);
        if (plus.matches()) {
            text = plus.group(1) + "+" + plus.group(2);
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new V4RequestException(V4MetaCode.BAD_REQUEST, name
                        + " must be ISO-8601 with an offset, such as 2023-08-23T06:00:00+00:00: '" + value + "'.");
            }
        }
    }

    private static TimeRange range(Map<String, String> params, String min, String max) {
        Optional<Instant> from = param(params, min).map(v -> time(min, v));
        // The maximum covers its whole second: the times it is compared with are only shown to the second.
        Optional<Instant> to = param(params, max).map(v -> time(max, v).plusNanos(999_999_999));
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new V4RequestException(V4MetaCode.BAD_REQUEST, min + " is after " + max + ".");
        }
        return new TimeRange(from, to);
    }

    // ---- fields ----

    private static Optional<String> param(Map<String, String> params, String name) {
        return Optional.ofNullable(params.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<Integer> whole(Map<String, String> params, String name) {
        Optional<String> text = param(params, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.get()));
        } catch (NumberFormatException e) {
            throw new V4RequestException(V4MetaCode.BAD_REQUEST, name + " must be a whole number: '" + text.get()
                    + "'.");
        }
    }

    private static Optional<String> text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v == null ? Optional.empty() : Wire.text(v);
    }

    private static Optional<CountryCode> country(JsonObject o, String field) {
        Optional<String> text = text(o, field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Countries.parse(text.get()).orElseThrow(() -> new V4RequestException(
                V4MetaCode.BAD_REQUEST, field + " is not a country code: '" + text.get() + "'.")));
    }

    private static Optional<LanguageCode> language(JsonObject o) {
        return text(o, "language").filter(l -> l.matches("[A-Za-z]{2}")).map(LanguageCode::of);
    }

    private static Optional<LocalDate> shipDate(JsonObject o) {
        Optional<String> text = text(o, "tracking_ship_date");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get(), SHIP_DATE));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(text.get()));
            } catch (DateTimeParseException e2) {
                // Kept as sent for the answer; a carrier that needs the date would not find the parcel.
                return Optional.empty();
            }
        }
    }
}
