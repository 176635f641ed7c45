package io.parcelport.wire.aftership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.CarrierExtras;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.TimeRange;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Request bodies and list parameters, checked against the reference's request samples. */
class RequestsTest {

    private static JsonObject sample(String name) {
        return Json.asObject(Json.parse(Samples.bytes(name), name), name);
    }

    @Test
    void theCreateBodyHasTheSampleShapeAndReadsBack() {
        JsonObject sample = sample("create_tracking.request.sdk-2025-01-test-ts.json");
        NewShipment fromSample = Requests.readCreate(sample);
        assertThat(fromSample.key()).isEqualTo(ShipmentKey.of("ups", "1ZK7898C1317272039"));
        assertThat(fromSample.title()).contains("Title Name");
        assertThat(fromSample.orderId()).contains("ID 1234");

        JsonObject written = Requests.create(fromSample);
        assertThat(written.getString("slug")).isEqualTo(sample.getString("slug"));
        assertThat(written.getString("tracking_number")).isEqualTo(sample.getString("tracking_number"));
        assertThat(written.getString("title")).isEqualTo(sample.getString("title"));
        assertThat(written.getString("order_id")).isEqualTo(sample.getString("order_id"));
        assertThat(written).doesNotContainKey("tracking");
    }

    @Test
    void everyFieldOfANewShipmentIsWrittenAndReadBack() {
        NewShipment shipment = NewShipment.builder(ShipmentKey.of("dhl", "JD0001"))
                .orderId("O-1").title("Lamp").orderTime(LocalDateTime.of(2025, 1, 2, 3, 4, 5))
                .customerName("Bo").addCustomerEmail("bo@example.com").customerPhone("+15550100")
                .destinationCountry(CountryCode.of("US"))
                .carrierExtras(new CarrierExtras(Optional.of("94105"), Optional.of(LocalDate.of(2025, 1, 2)),
                        Optional.of("A-1"), Optional.empty()))
                .logisticsChannel("ground").comment("leave at door").pinCarrier(true)
                .build();

        JsonObject body = Requests.create(shipment);
        assertThat(body.getString("order_date")).isEqualTo("2025-01-02T03:04:05+00:00");
        assertThat(body.getString("destination_country_region")).isEqualTo("USA");
        assertThat(body.getString("tracking_ship_date")).isEqualTo("2025-01-02");
        assertThat(body.getString("destination_postal_code")).isEqualTo("94105");
        assertThat(body.getJsonArray("customers").getJsonObject(0).getString("email")).isEqualTo("bo@example.com");
        assertThat(Requests.readCreate(body)).isEqualTo(shipment);
    }

    @Test
    void updateAndMarkAsCompletedBodiesMatchTheSamples() {
        JsonObject update = Requests.update(ShipmentChanges.builder().title("New Title123").build(),
                Optional.empty(), List.of(), Optional.empty());
        assertThat(update).isEqualTo(sample("update_tracking.request.sdk-2025-01-readme.json"));
        assertThat(Requests.complete(Requests.CompletionReason.DELIVERED))
                .isEqualTo(sample("mark_as_completed.request.sdk-2025-01-readme.json"));
        assertThat(Requests.CompletionReason.parse("lost")).contains(Requests.CompletionReason.LOST);
        assertThat(Requests.CompletionReason.RETURNED_TO_SENDER.subtag()).isEqualTo("Exception_011");
        assertThat(Requests.detect(TrackingNumber.of("432718269418"), CarrierExtras.NONE, Optional.empty()))
                .isEqualTo(sample("detect_courier.request.sdk-2025-01-test-ts.json"));
    }

    @Test
    void aCustomerChangeKeepsTheFieldsItLeavesAlone() {
        JsonObject body = Requests.update(ShipmentChanges.builder().customerPhone("+100").build(),
                Optional.of("Ann"), List.of("ann@example.com"), Optional.of("+1"));
        JsonObject customer = body.getJsonArray("customers").getJsonObject(0);
        assertThat(customer.getString("name")).isEqualTo("Ann");
        assertThat(customer.getString("email")).isEqualTo("ann@example.com");
        assertThat(customer.getString("phone_number")).isEqualTo("+100");
        assertThat(Requests.hasDetails(ShipmentChanges.archived(true))).isFalse();
    }

    @Test
    void listParametersNameEveryFilterAndTheCursor() {
        Map<String, String> q = Requests.list(50, Optional.of("c1"),
                List.of(TrackingNumber.of("A1"), TrackingNumber.of("B2")), Optional.of(CarrierCode.of("ups")),
                Optional.of("O-9"), Optional.of(Tag.ATTEMPT_FAIL),
                TimeRange.between(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-31T23:59:59Z")),
                TimeRange.since(Instant.parse("2025-02-01T00:00:00Z")));

        assertThat(q).containsExactly(Map.entry("limit", "50"), Map.entry("cursor", "c1"),
                Map.entry("tracking_numbers", "A1,B2"), Map.entry("slug", "ups"), Map.entry("order_id", "O-9"),
                Map.entry("tag", "AttemptFail"), Map.entry("created_at_min", "2025-01-01T00:00:00+00:00"),
                Map.entry("created_at_max", "2025-01-31T23:59:59+00:00"),
                Map.entry("updated_at_min", "2025-02-01T00:00:00+00:00"));
    }

    @Test
    void aServerReadsUpdateBodiesAndListParametersBack() {
        ShipmentChanges changes = ShipmentChanges.builder().title("T").orderId("O").logisticsChannel("air")
                .destinationCountry(CountryCode.of("FR")).customerName("Zoe").customerEmails(List.of("z@example.com"))
                .build();
        assertThat(Requests.readUpdate(Requests.update(changes, Optional.empty(), List.of(), Optional.empty())))
                .contains(changes);
        assertThat(Requests.readUpdate(Requests.changeSlug(CarrierCode.of("fedex")))).isEmpty();
        assertThat(Requests.readSlug(Requests.changeSlug(CarrierCode.of("fedex")))).contains(CarrierCode.of("fedex"));

        TimeRange created = TimeRange.between(Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-31T00:00:00Z"));
        Requests.ListParameters read = Requests.readList(Requests.list(20, Optional.of("c9"),
                List.of(TrackingNumber.of("A1"), TrackingNumber.of("B2")), Optional.of(CarrierCode.of("ups")),
                Optional.of("O-1"), Optional.of(Tag.EXPIRED), created, TimeRange.ANY));
        assertThat(read.limit()).contains(20);
        assertThat(read.cursor()).contains("c9");
        assertThat(read.slug()).contains(CarrierCode.of("ups"));
        assertThat(read.query().numbers()).containsExactly(TrackingNumber.of("A1"), TrackingNumber.of("B2"));
        assertThat(read.query().orderIds()).containsExactly("O-1");
        assertThat(read.query().status()).contains(io.parcelport.domain.shipment.DeliveryStatus.EXPIRED);
        assertThat(read.query().created()).isEqualTo(created);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Requests.readList(Map.of("tag", "Lost")))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("tag");
    }
}
