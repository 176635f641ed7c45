package io.parcelport.wire.trackingmore.v4;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.EventTime;
import io.parcelport.domain.shipment.Milestone;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.domain.shipment.SubStatus;
import io.parcelport.domain.shipment.TrackingEvent;
import io.parcelport.domain.shipment.TrackingLeg;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The v4 tracking object, against the one observed in a real answer (v4 reference §3, [OBS-A]). */
class V4TrackingWriterTest {

    private static JsonObject observed() throws IOException {
        try (InputStream in = V4TrackingWriterTest.class.getResourceAsStream(
                "V4TrackingWriterTest.notfound-amazon.json"); JsonReader r = Json.createReader(in)) {
            return r.readObject();
        }
    }

    /** {@code o} with {@code added} (null) inserted after {@code after}, each key in its place. */
    private static JsonObject withNullAfter(JsonObject o, String after, String added) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        o.forEach((k, v) -> {
            b.add(k, v);
            if (k.equals(after)) {
                b.addNull(added);
            }
        });
        return b.build();
    }

    private static JsonObject withLeg(JsonObject o, String leg) {
        JsonObjectBuilder b = Json.createObjectBuilder(o);
        b.add(leg, withNullAfter(o.getJsonObject(leg), "customs_received_date", "arrived_destination_date"));
        return b.build();
    }

    @Test
    void theObservedObjectIsWrittenKeyForKeyWithThe2024Fields() throws IOException {
        Shipment amazon = Shipment.builder().key(ShipmentKey.of("amazon", "TBA308626148196"))
                .backendId("9a73b452e03c2c724414f3859fad1c2c")
                .status(ShipmentStatus.of(DeliveryStatus.NOT_FOUND, SubStatus.ofNullable("notfound002")))
                .createdAt(Instant.parse("2023-10-25T07:02:52Z")).updatedAt(Instant.parse("2023-10-25T07:02:53Z"))
                .originLeg(new TrackingLeg(Optional.empty(), List.of(), Map.of(),
                        Optional.of("https://logistics.amazon.com/"), Optional.empty(), Optional.empty()))
                .build();

        JsonObject written = V4TrackingWriter.tracking(amazon,
                Map.of("order_number", Json.createValue("114-0292795-2405840")));

        JsonObject expected = withNullAfter(withNullAfter(observed(), "customer_sms", "recipient_postcode"), "note",
                "label");
        expected = withLeg(withLeg(expected, "origin_info"), "destination_info");
        assertThat(written.toString()).isEqualTo(expected.toString());
    }

    @Test
    void eventsMilestonesAndTheLatestEventInV4Spelling() {
        EventTime accepted = EventTime.of(LocalDateTime.parse("2023-09-10T08:00:00"));
        EventTime delivered = EventTime.of(LocalDateTime.parse("2023-09-15T15:00:00").atOffset(ZoneOffset.ofHours(8)));
        TrackingLeg origin = new TrackingLeg(Optional.empty(), List.of(
                new TrackingEvent(accepted, "Accepted", Optional.of("SUZHOU"), DeliveryStatus.IN_TRANSIT,
                        SubStatus.ofNullable("transit001"), Optional.of(Milestone.RECEIVED)),
                new TrackingEvent(delivered, "Delivered", Optional.of("SUZHOU & SURROUNDING AREA - CHINA MAINLAND"),
                        DeliveryStatus.DELIVERED, SubStatus.ofNullable("delivered001"), Optional.empty())),
                Map.of(Milestone.RECEIVED, accepted, Milestone.ARRIVED_AT_DELIVERY_OFFICE, accepted),
                Optional.empty(), Optional.of("+86 95338"), Optional.of("REF-1"));
        Shipment s = Shipment.builder().key(ShipmentKey.of("sf-express", "SF1234567890"))
                .status(ShipmentStatus.of(DeliveryStatus.DELIVERED, SubStatus.ofNullable("delivered001")))
                .createdAt(Instant.parse("2023-09-10T07:00:00Z")).originLeg(origin).transitDays(5)
                .originCountry(CountryCode.of("CN")).destinationCountry(CountryCode.of("US"))
                .addCustomerEmails("a@example.com", "b@example.com").comment("leave at door").archived(true)
                .build();

        JsonObject t = V4TrackingWriter.tracking(s, Map.of());

        assertThat(t.getString("latest_event"))
                .isEqualTo("Delivered, SUZHOU & SURROUNDING AREA - CHINA MAINLAND, 2023-09-15 15:00:00");
        assertThat(t.getString("latest_checkpoint_time")).isEqualTo("2023-09-15T15:00:00");
        assertThat(t.getString("update_at")).as("no update yet: the creation").isEqualTo("2023-09-10T07:00:00+00:00");
        assertThat(t.getInt("transit_time")).isEqualTo(5);
        assertThat(t.getBoolean("updating")).isFalse();
        assertThat(t.getString("archived")).isEqualTo("archived");
        assertThat(t.getString("origin_country")).isEqualTo("CN");
        assertThat(t.getString("destination_country")).isEqualTo("US");
        assertThat(t.getString("customer_email")).isEqualTo("a@example.com,b@example.com");
        assertThat(t.getString("note")).isEqualTo("leave at door");
        JsonObject leg = t.getJsonObject("origin_info");
        assertThat(leg.getString("courier_code")).as("the shipment's courier").isEqualTo("sf-express");
        assertThat(leg.getString("courier_phone")).isEqualTo("+86 95338");
        assertThat(leg.getString("reference_number")).isEqualTo("REF-1");
        assertThat(leg.getString("pickup_date")).isEqualTo("2023-09-10T08:00:00");
        assertThat(leg.getString("arrived_destination_date")).isEqualTo("2023-09-10T08:00:00");
        JsonObject milestones = leg.getJsonObject("milestone_date");
        assertThat(milestones.getString("inforeceived_date")).isEqualTo("2023-09-10T08:00:00");
        assertThat(milestones.getString("pickup_date")).isEqualTo("2023-09-10T08:00:00");
        assertThat(milestones.getString("delivery_date")).isEqualTo("2023-09-15T15:00:00");
        assertThat(milestones.isNull("outfordelivery_date")).isTrue();
        JsonObject newest = leg.getJsonArray("trackinfo").getJsonObject(0);
        assertThat(newest.toString()).isEqualTo("{\"checkpoint_date\":\"2023-09-15T15:00:00\","
                + "\"checkpoint_delivery_status\":\"delivered\",\"checkpoint_delivery_substatus\":\"delivered001\","
                + "\"tracking_detail\":\"Delivered\",\"location\":\"SUZHOU & SURROUNDING AREA - CHINA MAINLAND\","
                + "\"country_iso2\":null,\"state\":null,\"city\":null,\"zip\":null,\"raw_status\":null}");
        assertThat(t.getJsonObject("destination_info").isNull("courier_code")).isTrue();
    }

    @Test
    void sentTextWinsAndTheUpdateEchoNamesBothCouriers() {
        Shipment moved = Shipment.builder().key(ShipmentKey.of("fedex", "9400111899562537624326"))
                .backendId("0123456789abcdef0123456789abcdef").createdAt(Instant.EPOCH).title("Mug").build();
        Map<String, JsonValue> sent = Map.of("title", Json.createValue(" Mug "), "label", Json.createValue("1,2"),
                "not_a_key", Json.createValue("ignored"));

        JsonObject echo = V4TrackingWriter.updated(moved, CarrierCode.of("usps"), sent);

        assertThat(echo.getString("courier_code")).isEqualTo("usps");
        assertThat(echo.getString("courier_code_new")).isEqualTo("fedex");
        assertThat(echo.getString("title")).isEqualTo(" Mug ");
        assertThat(echo.getString("label")).isEqualTo("1,2");
        assertThat(echo.getString("archived_status")).isEqualTo("tracking");
        assertThat(echo).doesNotContainKey("not_a_key");
        assertThat(V4TrackingWriter.updated(moved, CarrierCode.of("fedex"), sent).isNull("courier_code_new"))
                .isTrue();
        assertThat(V4TrackingWriter.tracking(moved, sent)).doesNotContainKey("not_a_key");
    }
}
