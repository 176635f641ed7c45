package io.parcelport.wire.aftership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.carrier.CarrierKind;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.EventTime;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.domain.shipment.SubStatus;
import io.parcelport.domain.shipment.TrackingEvent;
import io.parcelport.domain.shipment.TrackingLeg;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The server's complete tracking object: every 2025-07 key, derived values, echoes, and the archive flag. */
class TrackingObjectTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static Shipment delivered() {
        TrackingEvent transit = new TrackingEvent(EventTime.of(OffsetDateTime.parse("2025-03-01T08:00:00+08:00")),
                "Accepted", Optional.of("Shenzhen"), DeliveryStatus.IN_TRANSIT,
                Optional.of(new SubStatus("intransit_002")), Optional.empty());
        TrackingEvent done = new TrackingEvent(EventTime.of(OffsetDateTime.parse("2025-03-04T10:00:00+01:00")),
                "Delivered", Optional.of("Berlin"), DeliveryStatus.DELIVERED,
                Optional.of(new SubStatus("delivered_001")), Optional.empty());
        return Shipment.builder().key(ShipmentKey.of("usps", "PK00000000001")).backendId("abc")
                .status(ShipmentStatus.of(DeliveryStatus.DELIVERED, Optional.of(new SubStatus("delivered_001"))))
                .destinationCountry(CountryCode.of("DE")).createdAt(NOW)
                .originLeg(new TrackingLeg(Optional.empty(), List.of(transit, done), Map.of(), Optional.empty(),
                        Optional.empty(), Optional.empty()))
                .build();
    }

    @Test
    void everyKeyInTheModelsOrderWithDerivedValues() {
        JsonObject sent = Json.createObjectBuilder().add("custom_fields", Json.createObjectBuilder().add("a", "b"))
                .add("order_number", "#1").build();
        JsonObject t = TrackingObject.write(delivered(), "chosen-id", sent, Optional.empty());

        assertThat(t.keySet()).containsExactlyElementsOf(TrackingObject.FIELDS);
        assertThat(t.getString("id")).isEqualTo("chosen-id");
        assertThat(t.getString("tag")).isEqualTo("Delivered");
        assertThat(t.getString("updated_at")).isEqualTo("2026-01-01T00:00:00+00:00");
        assertThat(t.getString("destination_country_region")).isEqualTo("DEU");
        assertThat(t.getString("courier_destination_country_region")).isEqualTo("DEU");
        assertThat(t.getString("shipment_pickup_date")).isEqualTo("2025-03-01T08:00:00+08:00");
        assertThat(t.getString("shipment_delivery_date")).isEqualTo("2025-03-04T10:00:00+01:00");
        assertThat(t.getString("first_attempted_at")).isEqualTo("2025-03-04T10:00:00+01:00");
        assertThat(t.getInt("tracked_count")).isEqualTo(3);
        assertThat(t.getJsonObject("custom_fields").getString("a")).isEqualTo("b");
        assertThat(t.getString("order_number")).isEqualTo("#1");
        assertThat(t.get("latest_estimated_delivery")).isEqualTo(JsonValue.NULL);
        assertThat(t.getJsonArray("order_tags")).isEmpty();
        JsonObject first = t.getJsonArray("checkpoints").getJsonObject(0);
        assertThat(first.keySet()).containsExactlyElementsOf(TrackingObject.CHECKPOINT_FIELDS);
        assertThat(first.getString("created_at")).isEqualTo("2025-03-01T00:00:00+00:00");
        assertThat(first.getString("source")).isEqualTo("carrier");
    }

    @Test
    void aCompletionReasonDecidesTheTagAndTheUserCheckpoint() {
        Shipment s = delivered().toBuilder().status(ShipmentStatus.initial()
                .override(io.parcelport.domain.shipment.ManualStatus.EXCEPTION, NOW).status()).build();
        JsonObject t = TrackingObject.write(s, "id", JsonValue.EMPTY_JSON_OBJECT,
                Optional.of(Requests.CompletionReason.RETURNED_TO_SENDER));
        assertThat(t.getString("tag")).isEqualTo("Exception");
        assertThat(t.getString("subtag")).isEqualTo("Exception_011");
        assertThat(t.getString("subtag_message")).isEqualTo("Returned to sender");
        assertThat(t.getBoolean("return_to_sender")).isTrue();
    }

    @Test
    void theArchiveFlagIsACustomFieldTheReaderUnderstands() {
        assertThat(Requests.archive(true).toString())
                .isEqualTo("{\"custom_fields\":{\"parcelport_archived\":\"true\"}}");
        JsonObject written = Json.createObjectBuilder(Trackings.write(delivered()))
                .add("custom_fields", Requests.archive(true).getJsonObject("custom_fields")).build();
        assertThat(Trackings.read(written, NOW, "t").isArchived()).isTrue();
        assertThat(Trackings.read(Trackings.write(delivered()), NOW, "t").isArchived()).isFalse();
    }

    @Test
    void theCompleteCourierObject() {
        JsonObject c = TrackingObject.courier(Carrier.of(CarrierCode.of("ups"), "UPS", CarrierKind.EXPRESS),
                List.of("USA"));
        assertThat(c.keySet()).containsExactly("slug", "name", "phone", "other_name", "web_url", "required_fields",
                "optional_fields", "default_language", "support_languages", "service_from_country_regions",
                "credentials");
        assertThat(c.getJsonArray("service_from_country_regions").getString(0)).isEqualTo("USA");
        assertThat(c.get("phone")).isEqualTo(JsonValue.NULL);
    }
}
