package io.parcelport.wire.trackingmore;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.shipment.CarrierExtras;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The bodies of TrackingMore v2's create, real-time and update requests (reference §5.1, §5.3, §5.5, §5.7, §5.9),
 * written by the client and read by the server side by side.
 *
 * <p>Writers take values the domain and the ports have already checked and write them exactly as documented:
 * {@code archived} as the string {@code "true"}/{@code "false"}, {@code status} as the int 4, 7 or 8, the ship date
 * as {@code YYYYMMDD}, e-mail addresses comma-joined. Readers are as tolerant as the answers' readers
 * ({@code archived} a string or a boolean, {@code status} a number or a string, e-mails comma-separated or an array)
 * and throw {@link IllegalArgumentException} (or {@link MalformedAnswerException} for a number that is not one)
 * naming the field for anything else; the key's own checks (which meta code a missing or bad number or carrier
 * earns) are the server's.
 */
public final class ShipmentRequests {
    private static final DateTimeFormatter SHIP_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private ShipmentRequests() {
    }

    // ---- writers ----

    /** 5.1 create, and each item of 5.5 batch create. */
    public static JsonObject create(NewShipment s) {
        JsonObjectBuilder b = key(s.key());
        s.destinationCountry().ifPresent(c -> b.add("destination_code", c.value()));
        s.title().ifPresent(v -> b.add("title", v));
        s.logisticsChannel().ifPresent(v -> b.add("logistics_channel", v));
        s.customerName().ifPresent(v -> b.add("customer_name", v));
        if (!s.customerEmails().isEmpty()) {
            b.add("customer_email", String.join(",", s.customerEmails()));
        }
        s.customerPhone().ifPresent(v -> b.add("customer_phone", v));
        s.orderId().ifPresent(v -> b.add("order_id", v));
        s.orderTime().ifPresent(t -> b.add("order_create_time", ORDER_TIME.format(t)));
        s.carrierExtras().shipDate().ifPresent(d -> b.add("tracking_ship_date", SHIP_DATE.format(d)));
        s.carrierExtras().postalCode().ifPresent(v -> b.add("tracking_postal_code", v));
        s.carrierExtras().accountNumber().ifPresent(v -> b.add("tracking_account_number", v));
        s.carrierExtras().destinationCountry().ifPresent(c -> b.add("tracking_destination_country", c.value()));
        s.language().ifPresent(l -> b.add("lang", l.value()));
        s.comment().ifPresent(v -> b.add("comment", v));
        if (s.pinCarrier()) {
            // "If set to 1, the system will not auto-correct the courier by number."
            b.add("auto_correct", 1);
        }
        return b.build();
    }

    /** 5.9 real-time: the create fields under the real-time page's names. */
    public static JsonObject realtime(NewShipment s) {
        JsonObjectBuilder b = key(s.key());
        s.destinationCountry().ifPresent(c -> b.add("destination_code", c.value()));
        s.carrierExtras().shipDate().ifPresent(d -> b.add("tracking_ship_date", SHIP_DATE.format(d)));
        s.carrierExtras().postalCode().ifPresent(v -> b.add("tracking_postal_code", v));
        s.carrierExtras().accountNumber().ifPresent(v -> b.add("tracking_account_number", v));
        s.carrierExtras().destinationCountry().ifPresent(c -> b.add("specialNumberDestination", c.value()));
        s.orderId().ifPresent(v -> b.add("order", v));
        s.orderTime().ifPresent(t -> b.add("order_create_time", ORDER_TIME.format(t)));
        s.language().ifPresent(l -> b.add("lang", l.value()));
        return b.build();
    }

    /** 5.3 PUT body (no key: it is in the path). */
    public static JsonObject changes(ShipmentChanges c) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        addChanges(b, c);
        return b.build();
    }

    /** 5.7 one item: key and changes. */
    public static JsonObject keyedChanges(ShipmentKey key, ShipmentChanges c) {
        JsonObjectBuilder b = key(key);
        addChanges(b, c);
        return b.build();
    }

    private static void addChanges(JsonObjectBuilder b, ShipmentChanges c) {
        c.title().ifPresent(v -> b.add("title", v));
        c.logisticsChannel().ifPresent(v -> b.add("logistics_channel", v));
        c.customerName().ifPresent(v -> b.add("customer_name", v));
        c.customerEmails().ifPresent(v -> b.add("customer_email", String.join(",", v)));
        c.customerPhone().ifPresent(v -> b.add("customer_phone", v));
        c.orderId().ifPresent(v -> b.add("order_id", v));
        c.destinationCountry().ifPresent(v -> b.add("destination_code", v.value()));
        c.archived().ifPresent(v -> b.add("archived", v ? "true" : "false"));
        c.status().ifPresent(v -> b.add("status", ManualStatusCodes.write(v)));
    }

    /** The key fields every item carries. */
    public static JsonObjectBuilder key(ShipmentKey key) {
        return JSON.createObjectBuilder()
                .add("tracking_number", key.trackingNumber().value())
                .add("carrier_code", key.carrier().value());
    }

    // ---- readers ----

    /** 5.1 create / 5.5 batch item, or (with {@code realtime}) 5.9's field names. */
    public static NewShipment readCreate(JsonObject o, ShipmentKey key, boolean realtime) {
        NewShipment.Builder b = NewShipment.builder(key);
        text(o, realtime ? "order" : "order_id").or(() -> text(o, "order_id")).ifPresent(b::orderId);
        text(o, "title").ifPresent(b::title);
        text(o, "customer_name").ifPresent(b::customerName);
        emails(o).forEach(b::addCustomerEmail);
        text(o, "customer_phone").ifPresent(b::customerPhone);
        text(o, "logistics_channel").ifPresent(b::logisticsChannel);
        text(o, "comment").ifPresent(b::comment);
        country(o, "destination_code").ifPresent(b::destinationCountry);
        text(o, "order_create_time").flatMap(WireTimes::freeTime).ifPresent(b::orderTime);
        text(o, "lang").filter(l -> l.matches("[A-Za-z]{2}")).map(LanguageCode::of).ifPresent(b::language);
        Optional<CountryCode> extraCountry = country(o, "tracking_destination_country")
                .or(() -> country(o, "specialNumberDestination"));
        b.carrierExtras(new CarrierExtras(text(o, "tracking_postal_code"), shipDate(o),
                text(o, "tracking_account_number"), extraCountry));
        OptionalLong autoCorrect = Wire.whole(o.get("auto_correct"), "auto_correct");
        b.pinCarrier(autoCorrect.isPresent() && autoCorrect.getAsLong() == 1);
        return b.build();
    }

    /** 5.3 PUT body and the changes of a 5.7 item: at least one field, {@code status} 4, 7 or 8 only. */
    public static ShipmentChanges readChanges(JsonObject o) {
        ShipmentChanges.Builder b = ShipmentChanges.builder();
        text(o, "title").ifPresent(b::title);
        text(o, "logistics_channel").ifPresent(b::logisticsChannel);
        text(o, "customer_name").ifPresent(b::customerName);
        if (o.containsKey("customer_email")) {
            b.customerEmails(emails(o));
        }
        text(o, "customer_phone").ifPresent(b::customerPhone);
        text(o, "order_id").ifPresent(b::orderId);
        country(o, "destination_code").ifPresent(b::destinationCountry);
        if (o.containsKey("archived")) {
            b.archived(Wire.bool(o.get("archived")).orElseThrow(() -> new IllegalArgumentException(
                    "archived must be \"true\" or \"false\".")));
        }
        if (o.containsKey("status") && o.get("status").getValueType() != JsonValue.ValueType.NULL) {
            long status = Wire.whole(o.get("status"), "status").orElse(-1);
            b.status(ManualStatusCodes.read(status).orElseThrow(() -> new IllegalArgumentException(
                    "You can only change the state value to 4, 7 or 8.")));
        }
        return b.build();
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
        return Optional.of(Countries.parse(text.get()).orElseThrow(() -> new IllegalArgumentException(
                field + " is not a country: '" + text.get() + "'.")));
    }

    private static List<String> emails(JsonObject o) {
        JsonValue v = o.get("customer_email");
        return v == null ? List.of() : Wire.texts(v);
    }

    private static Optional<LocalDate> shipDate(JsonObject o) {
        Optional<String> text = text(o, "tracking_ship_date");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get(), SHIP_DATE));
        } catch (DateTimeParseException e) {
            // The Go example sends Unix seconds here; a carrier that needs the date would not find the parcel.
            return Optional.empty();
        }
    }
}
