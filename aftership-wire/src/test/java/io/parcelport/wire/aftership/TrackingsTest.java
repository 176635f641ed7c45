package io.parcelport.wire.aftership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.CountryCode;
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
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tracking object read from the reference's samples, tolerant reading, and the writer's round trip. */
class TrackingsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static JsonObject json(String text) {
        return Json.asObject(Json.parse(text.getBytes(StandardCharsets.UTF_8), "test"), "test");
    }

    @Test
    void theLegacyFixtureReadsWithItsCheckpointsTimesAndSubtags() {
        Envelope envelope = Envelope.read(Samples.bytes(
                "get_trackings.response.legacy-api-sdk-java-fixture-TRIMMED.json"), 200, "answer");
        TrackingPage page = TrackingPage.read(envelope.dataObject("answer"), NOW, "data");

        assertThat(page.nextCursor()).isEmpty();
        Shipment s = page.trackings().get(0);
        assertThat(s.key()).isEqualTo(ShipmentKey.of("fedex", "1111111111111"));
        assertThat(s.backendId()).contains("5b74f4958776db0e00b6f5ed");
        assertThat(s.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(s.subStatus()).contains(new SubStatus("delivered_001"));
        assertThat(s.subStatus().flatMap(SubStatus::meaning)).contains("Delivered");
        assertThat(s.isRefreshing()).isFalse();
        assertThat(s.signedBy()).contains("Signature not required");
        assertThat(s.createdAt()).isEqualTo(Instant.parse("2018-08-16T03:50:45Z"));
        assertThat(s.originLeg().website()).hasValueSatisfying(w -> assertThat(w).contains("fedex.com"));
        List<TrackingEvent> events = s.events();
        assertThat(events).hasSize(3);
        TrackingEvent newest = events.get(0);
        assertThat(newest.description()).isEqualTo("Arrived at FedEx location");
        assertThat(newest.time()).isEqualTo(EventTime.of(java.time.OffsetDateTime.parse("2018-07-31T17:51:00-04:00")));
        assertThat(newest.location()).contains("BROOKLYN, NY");
        assertThat(newest.subStatus().flatMap(SubStatus::meaning)).contains("Arrival scan");
        TrackingEvent oldest = events.get(2);
        assertThat(oldest.checkpointStatus()).isEqualTo(DeliveryStatus.INFO_RECEIVED);
        assertThat(oldest.location()).isEmpty();
    }

    @Test
    void theConstructed2025SampleReadsItsCursorOnlyWhenAnotherPageFollows() {
        Envelope envelope = Envelope.read(Samples.bytes(
                "get_trackings.response.2025-01.CONSTRUCTED-from-sdk-model.json"), 200, "answer");
        TrackingPage page = TrackingPage.read(envelope.dataObject("answer"), NOW, "data");

        assertThat(page.total()).hasValue(1);
        // has_next_page is false: the placeholder cursor must not be followed.
        assertThat(page.nextCursor()).isEmpty();
        Shipment s = page.trackings().get(0);
        assertThat(s.backendId()).contains("bff5a3bac79b472991a204172473a635");
        assertThat(s.key()).isEqualTo(ShipmentKey.of("fedex", "61293150000079650811"));
        assertThat(s.updatedAt()).contains(Instant.parse("2023-01-18T17:47:10Z"));

        TrackingPage more = TrackingPage.read(json("{\"pagination\":{\"total\":5,\"next_cursor\":\"abc\","
                + "\"has_next_page\":true},\"trackings\":[]}"), NOW, "data");
        assertThat(more.nextCursor()).contains("abc");
    }

    @Test
    void unknownFieldsTagsAndSubtagsAreToleratedAndMissingOnesDefaulted() {
        Shipment s = Trackings.read(json("{\"slug\":\"ups\",\"tracking_number\":\"1Z1\",\"tag\":\"Teleported\","
                + "\"subtag\":\"Teleported_001\",\"future_field\":{\"x\":[1,2]},\"active\":\"true\","
                + "\"transit_time\":\"4\",\"checkpoints\":[{\"message\":\"no time at all\"},"
                + "{\"checkpoint_time\":\"2025-02-03\",\"tag\":\"Weird\",\"city\":\"Lyon\",\"country_region\":\"FRA\"}]}"),
                NOW, "t");

        assertThat(s.deliveryStatus()).isEqualTo(DeliveryStatus.UNKNOWN);
        assertThat(s.subStatus()).contains(new SubStatus("teleported_001"));
        assertThat(s.createdAt()).isEqualTo(NOW);
        assertThat(s.transitDays()).hasValue(4);
        assertThat(s.events()).singleElement().satisfies(e -> {
            assertThat(e.checkpointStatus()).isEqualTo(DeliveryStatus.UNKNOWN);
            assertThat(e.location()).contains("Lyon, FRA");
            assertThat(e.description()).isEqualTo("UNKNOWN");
            assertThat(e.time()).isEqualTo(EventTime.of(LocalDateTime.of(2025, 2, 3, 0, 0)));
        });

        Shipment noTag = Trackings.read(json("{\"slug\":\"ups\",\"tracking_number\":\"1Z1\","
                + "\"subtag\":\"AttemptFail_002\"}"), NOW, "t");
        assertThat(noTag.deliveryStatus()).isEqualTo(DeliveryStatus.FAILED_ATTEMPT);
        Shipment nothing = Trackings.read(json("{\"slug\":\"ups\",\"tracking_number\":\"1Z1\"}"), NOW, "t");
        assertThat(nothing.deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void aTrackingWithoutSlugOrWithABadShapeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Trackings.read(json("{\"tracking_number\":\"1Z1\"}"), NOW, "t"))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("t.slug");
        assertThatThrownBy(() -> Trackings.read(json("{\"slug\":\"ups\",\"tracking_number\":\"1Z1\","
                + "\"checkpoints\":{}}"), NOW, "t"))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("t.checkpoints");
        assertThatThrownBy(() -> Trackings.read(json("{\"slug\":\"ups\",\"tracking_number\":\"1Z1\","
                + "\"created_at\":\"yesterday\"}"), NOW, "t"))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("t.created_at");
    }

    @Test
    void aMarkAsCompletedCheckpointIsAManualStatusOverTheCarriers() {
        Shipment s = Trackings.read(json("{\"id\":\"x1\",\"slug\":\"ups\",\"tracking_number\":\"1Z1\","
                + "\"tag\":\"Delivered\",\"subtag\":\"Delivered_001\",\"active\":false,\"checkpoints\":["
                + "{\"checkpoint_time\":\"2025-01-01T10:00:00+01:00\",\"tag\":\"InTransit\","
                + "\"subtag\":\"InTransit_004\",\"message\":\"Arrived\",\"source\":\"carrier\"},"
                + "{\"checkpoint_time\":\"2025-01-02T10:00:00+00:00\",\"created_at\":\"2025-01-02T10:00:05+00:00\","
                + "\"tag\":\"Delivered\",\"subtag\":\"Delivered_001\",\"message\":\"Delivered\",\"source\":\"user\"}"
                + "]}"), NOW, "t");

        ShipmentStatus status = s.status();
        assertThat(status.effective()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(status.manualOverride()).hasValueSatisfying(o -> {
            assertThat(o.status()).isEqualTo(ManualStatus.DELIVERED);
            assertThat(o.setAt()).isEqualTo(Instant.parse("2025-01-02T10:00:05Z"));
        });
        assertThat(status.carrierStatus()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(s.events()).singleElement().satisfies(e -> assertThat(e.description()).isEqualTo("Arrived"));
        assertThat(s.milestone(Milestone.ARRIVED_ABROAD)).isPresent();

        Shipment back = Trackings.read(Trackings.write(s), NOW, "again");
        assertThat(back.status().effective()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(back.status().isOverridden()).isTrue();
        assertThat(back.status().carrierStatus()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(back.events()).hasSize(1);
    }

    @Test
    void aFullShipmentSurvivesTheWriterAndTheReader() {
        TrackingEvent e1 = new TrackingEvent(EventTime.of(java.time.OffsetDateTime.parse("2025-03-01T08:00:00+08:00")),
                "Accepted", Optional.of("Shenzhen"), DeliveryStatus.IN_TRANSIT,
                Optional.of(new SubStatus("intransit_002", Optional.of("Accepted by the carrier"))), Optional.empty());
        TrackingEvent e2 = new TrackingEvent(EventTime.of(LocalDateTime.of(2025, 3, 5, 9, 30)),
                "Ready at the post office", Optional.of("Berlin"), DeliveryStatus.OUT_FOR_DELIVERY,
                Optional.of(new SubStatus("availableforpickup_001")), Optional.empty());
        Shipment original = Shipment.builder()
                .key(ShipmentKey.of("china-post", "RR123456789CN"))
                .backendId("abc123")
                .status(ShipmentStatus.of(DeliveryStatus.OUT_FOR_DELIVERY,
                        Optional.of(new SubStatus("availableforpickup_001", Optional.of("Available for pickup")))))
                .orderId("ORD-1").title("Case").orderTime(LocalDateTime.of(2025, 2, 28, 12, 0))
                .customerName("Ada").addCustomerEmails("ada@example.com", "ada2@example.com").customerPhone("+4912345")
                .originCountry(CountryCode.of("CN")).destinationCountry(CountryCode.of("DE"))
                .carrierExtras(new CarrierExtras(Optional.of("10115"), Optional.of(LocalDate.of(2025, 2, 28)),
                        Optional.of("ACC-9"), Optional.empty()))
                .originLeg(new TrackingLeg(Optional.empty(), List.of(e1), Map.of(),
                        Optional.of("https://track.example/1"), Optional.empty(), Optional.empty()))
                .destinationLeg(new TrackingLeg(Optional.of(io.parcelport.domain.carrier.CarrierCode.of("deutsche-post")),
                        List.of(e2), Map.of(), Optional.empty(), Optional.empty(), Optional.of("LM123")))
                .logisticsChannel("economy").comment("fragile").signedBy("A. L.")
                .language(io.parcelport.domain.LanguageCode.of("de"))
                .createdAt(Instant.parse("2025-02-28T12:30:00Z")).updatedAt(Instant.parse("2025-03-05T10:00:00Z"))
                .refreshing(true).transitDays(5)
                .build();

        JsonObject written = Trackings.write(original);
        assertThat(written.getString("tag")).isEqualTo("AvailableForPickup");
        assertThat(written.getString("subtag")).isEqualTo("AvailableForPickup_001");
        assertThat(written.getString("destination_country_region")).isEqualTo("DEU");
        Shipment back = Trackings.read(written, NOW, "back");

        assertThat(back).isEqualTo(original);
    }

    @Test
    void estimatedDeliveriesAreReadFromEveryShape() {
        List<DeliveryEstimate> estimates = DeliveryEstimate.read(json("{\"aftership_estimated_delivery_date\":"
                + "{\"estimated_delivery_date\":\"2018-08-01\",\"estimated_delivery_date_min\":\"2018-08-01\","
                + "\"estimated_delivery_date_max\":\"2018-08-05\"},\"latest_estimated_delivery\":{\"type\":\"range\","
                + "\"source\":\"Carrier EDD\",\"datetime_min\":\"2025-01-01T10:00:00+01:00\"},"
                + "\"custom_estimated_delivery_date\":null}"), "t");

        assertThat(estimates).extracting(DeliveryEstimate::field)
                .containsExactly("aftership_estimated_delivery_date", "latest_estimated_delivery");
        assertThat(estimates.get(0).latest()).contains(EventTime.of(LocalDate.of(2018, 8, 5).atStartOfDay()));
        assertThat(estimates.get(1).source()).contains("Carrier EDD");
        assertThat(estimates.get(1).earliest().flatMap(EventTime::offset)).contains(ZoneOffset.ofHours(1));
    }

    @net.jqwik.api.Property
    void everyKnownStatusAndSubtagSurvivesATrackingRoundTrip(@net.jqwik.api.ForAll Tag tag,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 30) int n,
            @net.jqwik.api.ForAll boolean withSubtag) {
        Optional<SubStatus> sub = withSubtag || tag == Tag.AVAILABLE_FOR_PICKUP
                ? Optional.of(new SubStatus(tag.wire() + "_" + String.format("%03d", n))) : Optional.empty();
        Shipment shipment = Shipment.builder().key(ShipmentKey.of("ups", "1Z" + n))
                .status(ShipmentStatus.of(tag.status(), sub)).createdAt(NOW).build();

        JsonObject written = Trackings.write(shipment);
        Shipment back = Trackings.read(written, NOW, "back");

        assertThat(written.getString("tag")).isEqualTo(tag.wire());
        assertThat(back.status()).isEqualTo(shipment.status());
        assertThat(back).isEqualTo(shipment);
    }
}
