package io.parcelport.wire.trackingmore.v4;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The request bodies a TrackingMore v4 client writes (v4 reference §2.1, §2.2, §2.4, §2.8, §2.9), every value a JSON
 * string as in every SDK.
 *
 * <p>Not written: {@code auto_correct}, whose meaning v4 does not document (v2's {@code 1} meant "keep my courier"),
 * so {@code NewShipment.pinCarrier} has no v4 field; and {@code archived_status} values beyond the one observed
 * ({@code "tracking"}): un-archiving writes that, archiving {@link #ARCHIVED}.
 */
public final class V4ClientRequests {
    /** The {@code archived_status} written to archive a tracking; v4 documents no value, this is the guess. */
    public static final String ARCHIVED = "archived";
    /** The {@code archived_status} of a tracking that is not archived, as the one real answer shows it. */
    public static final String NOT_ARCHIVED = "tracking";

    private static final DateTimeFormatter SHIP_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ORDER_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private V4ClientRequests() {
    }

    /** {@code POST /trackings/create}, and each item of {@code POST /trackings/batch}. */
    public static JsonObject create(NewShipment s) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("tracking_number", s.key().trackingNumber().value())
                .add("courier_code", s.key().carrier().value());
        s.orderId().ifPresent(v -> b.add("order_id", v));
        s.orderTime().ifPresent(t -> b.add("order_date", ORDER_DATE.format(t)));
        s.title().ifPresent(v -> b.add("title", v));
        s.customerName().ifPresent(v -> b.add("customer_name", v));
        if (!s.customerEmails().isEmpty()) {
            b.add("customer_email", String.join(",", s.customerEmails()));
        }
        s.customerPhone().ifPresent(v -> b.add("customer_sms", v));
        s.destinationCountry().ifPresent(c -> b.add("destination_country_iso2", c.value()));
        s.logisticsChannel().ifPresent(v -> b.add("logistics_channel", v));
        s.comment().ifPresent(v -> b.add("note", v));
        s.language().ifPresent(l -> b.add("language", l.value()));
        s.carrierExtras().postalCode().ifPresent(v -> b.add("tracking_postal_code", v));
        s.carrierExtras().shipDate().ifPresent(d -> b.add("tracking_ship_date", SHIP_DATE.format(d)));
        s.carrierExtras().accountNumber().ifPresent(v -> b.add("tracking_courier_account", v));
        s.carrierExtras().destinationCountry().ifPresent(c -> b.add("tracking_destination_country", c.value()));
        return b.build();
    }

    /** {@code POST /trackings/batch}: a JSON array of create objects. */
    public static String batch(List<NewShipment> shipments) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        shipments.forEach(s -> array.add(create(s)));
        return array.build().toString();
    }

    /**
     * {@code PUT /trackings/update/{id}}: the details of {@code changes}; a status command has no v4 field and is
     * refused by the caller before this.
     */
    public static JsonObject update(ShipmentChanges c) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        c.title().ifPresent(v -> b.add("title", v));
        c.logisticsChannel().ifPresent(v -> b.add("logistics_channel", v));
        c.customerName().ifPresent(v -> b.add("customer_name", v));
        c.customerEmails().ifPresent(v -> b.add("customer_email", String.join(",", v)));
        c.customerPhone().ifPresent(v -> b.add("customer_sms", v));
        c.orderId().ifPresent(v -> b.add("order_id", v));
        c.destinationCountry().ifPresent(v -> b.add("destination_country_iso2", v.value()));
        c.archived().ifPresent(v -> b.add("archived_status", v ? ARCHIVED : NOT_ARCHIVED));
        return b.build();
    }

    /** {@code PUT /trackings/update/{id}} moving the tracking to {@code carrier}. */
    public static JsonObject changeCarrier(CarrierCode carrier) {
        return JSON.createObjectBuilder().add("courier_code_new", carrier.value()).build();
    }

    /** {@code POST /couriers/detect}. */
    public static JsonObject detect(TrackingNumber number) {
        return JSON.createObjectBuilder().add("tracking_number", number.value()).build();
    }

    /** {@code POST /awb}: one waybill, written {@code 235-69030430} as the SDKs' check expects. */
    public static JsonObject airWaybill(AirWaybill waybill) {
        return JSON.createObjectBuilder().add("awb_number", waybill.value()).build();
    }
}
