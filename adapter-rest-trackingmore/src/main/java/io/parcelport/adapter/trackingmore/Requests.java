package io.parcelport.adapter.trackingmore;

import io.parcelport.domain.ShipmentKey;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.StatusCommand;
import io.parcelport.wire.trackingmore.ManualStatusCodes;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;

/**
 * Writes request bodies exactly as TrackingMore v2 documents them (reference §5), from values the domain and the
 * ports have already checked: {@code archived} as the string {@code "true"}/{@code "false"}, {@code status} as the
 * int 4, 7 or 8, the ship date as {@code YYYYMMDD}, e-mail addresses comma-joined.
 */
final class Requests {
    private static final DateTimeFormatter SHIP_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private Requests() {
    }

    /** 5.1 create, and each item of 5.5 batch create. */
    static JsonObject create(NewShipment s) {
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
    static JsonObject realtime(NewShipment s) {
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
    static JsonObject changes(ShipmentChanges c) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        addChanges(b, c);
        return b.build();
    }

    /** 5.7 one item: key and changes. */
    static JsonObject keyedChanges(ShipmentKey key, ShipmentChanges c) {
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

    /** An array of bare keys (5.8 delete, 5.13 notupdate). */
    static String keys(Collection<ShipmentKey> keys) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        keys.forEach(k -> a.add(key(k)));
        return a.build().toString();
    }

    static String array(List<JsonObject> items) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        items.forEach(a::add);
        return a.build().toString();
    }

    static JsonObjectBuilder key(ShipmentKey key) {
        return Json.createObjectBuilder()
                .add("tracking_number", key.trackingNumber().value())
                .add("carrier_code", key.carrier().value());
    }
}
