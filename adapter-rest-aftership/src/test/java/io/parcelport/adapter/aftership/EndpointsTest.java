package io.parcelport.adapter.aftership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.adapter.aftership.StubServer.Answer;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.pacing.ManualTicker;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every endpoint the adapter calls, against a loopback stub answering with the reference's sample bodies. */
class EndpointsTest {
    private static final ShipmentKey UPS = ShipmentKey.of("ups", "1ZK7898C1317272039");
    private static final String UPS_TRACKING = Fixtures.tracking("id-ups-1", "ups", "1ZK7898C1317272039", "InTransit",
            "InTransit_001");

    private StubServer server;
    private AfterShipBackend backend;

    @BeforeEach
    void start() {
        server = new StubServer();
        backend = AfterShipBackend.create(Fixtures.config(server, new ManualTicker()).build());
    }

    @AfterEach
    void stop() {
        backend.close();
        server.close();
    }

    @Test
    void createPostsTheUnwrappedBodyWithTheKeyHeaderAndReadsTheTracking() {
        server.answer(Answer.json(201, "{\"meta\":{\"code\":201},\"data\":" + UPS_TRACKING + "}"));

        ItemOutcome<Shipment> outcome = backend.shipments().create(NewShipment.builder(UPS).title("Title Name")
                .orderId("ID 1234").build());

        StubServer.Request sent = server.only();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/tracking/2025-07/trackings");
        assertThat(sent.header("as-api-key")).isEqualTo(Fixtures.KEY);
        assertThat(sent.header("content-type")).startsWith("application/json");
        assertThat(sent.body()).contains("\"tracking_number\":\"1ZK7898C1317272039\"", "\"slug\":\"ups\"",
                "\"title\":\"Title Name\"", "\"order_id\":\"ID 1234\"").doesNotContain("\"tracking\":{");
        assertThat(outcome.value().flatMap(Shipment::backendId)).contains("id-ups-1");
        assertThat(outcome.value().map(Shipment::deliveryStatus)).contains(DeliveryStatus.IN_TRANSIT);
    }

    @Test
    void aDuplicateCreateIsAlreadyExistsWithTheBackendCode() {
        server.answer(Answer.error(400, 4003, "Tracking already exists."));

        ItemOutcome<Shipment> outcome = backend.shipments().create(NewShipment.of(UPS));

        assertThat(outcome.isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(outcome.rejection().flatMap(r -> r.backendCode())).contains("4003");
        assertThat(outcome.isDone()).isTrue();
    }

    @Test
    void findByKeyListsByNumberAndSlugThenUsesTheRememberedId() {
        server.answer(Answer.ok(Fixtures.page(null, UPS_TRACKING)), Answer.ok(UPS_TRACKING));

        assertThat(backend.shipments().find(UPS)).isPresent();
        assertThat(backend.shipments().find(UPS)).isPresent();

        List<StubServer.Request> sent = server.requests();
        assertThat(sent.get(0).path()).isEqualTo("/tracking/2025-07/trackings");
        assertThat(sent.get(0).query()).containsEntry("tracking_numbers", "1ZK7898C1317272039")
                .containsEntry("slug", "ups");
        assertThat(sent.get(1).path()).isEqualTo("/tracking/2025-07/trackings/id-ups-1");
        assertThat(backend.cachedIds()).isEqualTo(1);
    }

    @Test
    void aRememberedIdAnswered4004IsForgottenAndTheKeyLookedUpAgain() {
        server.answer(Answer.ok(Fixtures.page(null, UPS_TRACKING)),
                Answer.error(404, 4004, "Tracking does not exist."),
                Answer.ok(Fixtures.page(null)));

        assertThat(backend.shipments().find(UPS)).isPresent();
        assertThat(backend.shipments().find(UPS)).isEmpty();

        assertThat(server.requests()).extracting(StubServer.Request::path).containsExactly(
                "/tracking/2025-07/trackings", "/tracking/2025-07/trackings/id-ups-1", "/tracking/2025-07/trackings");
        assertThat(backend.cachedIds()).isZero();
    }

    @Test
    void findInALanguageGetsTheTrackingWithLang() {
        server.answer(Answer.ok(Fixtures.page(null, UPS_TRACKING)), Answer.ok(UPS_TRACKING));

        assertThat(backend.shipments().find(UPS, LanguageCode.of("de"))).isPresent();

        assertThat(server.requests().get(1).query()).containsEntry("lang", "de");
    }

    @Test
    void theListSampleReadsAndItsLastPageHasNoNext() {
        server.answer(Answer.json(200, Fixtures.sample("get_trackings.response.2025-01.CONSTRUCTED-from-sdk-model.json")));

        Page<Shipment> page = backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10));

        assertThat(page.items()).singleElement().satisfies(s -> assertThat(s.key())
                .isEqualTo(ShipmentKey.of("fedex", "61293150000079650811")));
        assertThat(page.hasNext()).isFalse();
        assertThat(page.total()).isEmpty();
        assertThat(server.only().query()).containsEntry("limit", "10").doesNotContainKey("cursor");
    }

    @Test
    void cursorPagingFollowsNextCursorAcrossPagesUntilTheLast() {
        String a = Fixtures.tracking("a", "ups", "A1", "Pending", "Pending_001");
        String b = Fixtures.tracking("b", "ups", "B2", "Delivered", "Delivered_003");
        String c = Fixtures.tracking("c", "dhl", "C3", "Exception", "Exception_011");
        server.answer(Answer.ok(Fixtures.page("cur-2", a, b)), Answer.ok(Fixtures.page("cur/3+", c)),
                Answer.ok(Fixtures.page(null)));

        List<String> numbers = new ArrayList<>();
        Optional<PageRequest> next = Optional.of(PageRequest.first(2));
        while (next.isPresent()) {
            Page<Shipment> page = backend.shipments().query(ShipmentQuery.ALL, next.get());
            page.items().forEach(s -> numbers.add(s.key().trackingNumber().value()));
            next = page.next();
        }

        assertThat(numbers).containsExactly("A1", "B2", "C3");
        List<StubServer.Request> sent = server.requests();
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0).query()).doesNotContainKey("cursor");
        assertThat(sent.get(1).query()).containsEntry("cursor", "cur-2");
        assertThat(sent.get(2).query()).containsEntry("cursor", "cur/3+");
    }

    @Test
    void filtersBecomeQueryParametersAndOutForDeliveryIsFilteredHere() {
        String pickup = Fixtures.tracking("p", "ups", "P1", "AvailableForPickup", "AvailableForPickup_001");
        String transit = Fixtures.tracking("t", "ups", "T1", "InTransit", "InTransit_001");
        server.answer(Answer.ok(Fixtures.page(null)), Answer.ok(Fixtures.page(null, pickup, transit)));

        backend.shipments().query(ShipmentQuery.builder().status(DeliveryStatus.FAILED_ATTEMPT)
                .addNumber(TrackingNumber.of("N1")).orderIds(List.of("O-1")).build(), PageRequest.first(5));
        Page<Shipment> ofd = backend.shipments().query(ShipmentQuery.builder()
                .status(DeliveryStatus.OUT_FOR_DELIVERY).build(), PageRequest.first(5));

        assertThat(server.requests().get(0).query()).containsEntry("tag", "AttemptFail")
                .containsEntry("tracking_numbers", "N1").containsEntry("order_id", "O-1");
        assertThat(server.requests().get(1).query()).doesNotContainKey("tag");
        assertThat(ofd.items()).extracting(s -> s.key().trackingNumber().value()).containsExactly("P1");
    }

    @Test
    void queriesAfterShipCannotServeAreRefusedBeforeSending() {
        assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(101)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
        assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.builder().orderIds(List.of("a", "b"))
                .build(), PageRequest.first(1))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, new PageRequest(2, 10)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("cursor");
        assertThat(backend.shipments().query(ShipmentQuery.builder().status(DeliveryStatus.NOT_FOUND).build(),
                PageRequest.first(1)).items()).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void updatePutsTheChangedDetailsToTheTrackingsId() {
        server.answer(Answer.ok(Fixtures.page(null, UPS_TRACKING)), Answer.ok(UPS_TRACKING.replace(
                "\"tag\"", "\"title\":\"New Title123\",\"tag\"")));

        ItemOutcome<Shipment> outcome = backend.shipments().update(UPS, ShipmentChanges.builder()
                .title("New Title123").build());

        StubServer.Request put = server.requests().get(1);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.path()).isEqualTo("/tracking/2025-07/trackings/id-ups-1");
        assertThat(put.body()).isEqualTo("{\"title\":\"New Title123\"}");
        assertThat(outcome.value().flatMap(Shipment::title)).contains("New Title123");
    }

    @Test
    void updatingAnUnknownKeyIsNotFound() {
        server.answer(Answer.ok(Fixtures.page(null)));

        assertThat(backend.shipments().update(UPS, ShipmentChanges.builder().title("x").build())
                .isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
    }

    @Test
    void markDeliveredIsMarkAsCompletedWithReasonDelivered() {
        String completed = "{\"id\":\"id-ups-1\",\"slug\":\"ups\",\"tracking_number\":\"1ZK7898C1317272039\","
                + "\"tag\":\"Delivered\",\"subtag\":\"Delivered_001\",\"active\":false,\"checkpoints\":["
                + "{\"checkpoint_time\":\"2025-01-02T00:00:00+00:00\",\"tag\":\"Delivered\",\"subtag\":"
                + "\"Delivered_001\",\"message\":\"Delivered\",\"source\":\"user\"}]}";
        server.answer(Answer.ok(Fixtures.page(null, UPS_TRACKING)), Answer.ok(completed));

        ItemOutcome<Shipment> outcome = backend.shipments().update(UPS, ShipmentChanges.status(
                StatusCommand.MARK_DELIVERED));

        StubServer.Request post = server.requests().get(1);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.path()).isEqualTo("/tracking/2025-07/trackings/id-ups-1/mark-as-completed");
        assertThat(post.body()).isEqualTo(Fixtures.sample("mark_as_completed.request.sdk-2025-01-readme.json")
                .replaceAll("\\s", ""));
        Shipment shipment = outcome.value().orElseThrow();
        assertThat(shipment.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(shipment.status().isOverridden()).isTrue();
        assertThat(shipment.isRefreshing()).isFalse();
    }

    // Found by the contract kit over the emulator: MANUAL_STATUS was offered, yet two of its three commands threw.
    @Test
    void markExceptionIsMarkAsCompletedLostAndRevertIsARetrack() {
        String lost = "{\"id\":\"id-ups-1\",\"slug\":\"ups\",\"tracking_number\":\"1ZK7898C1317272039\","
                + "\"tag\":\"Exception\",\"subtag\":\"Exception_013\",\"active\":false,\"checkpoints\":["
                + "{\"checkpoint_time\":\"2025-01-02T00:00:00+00:00\",\"tag\":\"Exception\",\"subtag\":"
                + "\"Exception_013\",\"message\":\"Shipment lost\",\"source\":\"user\"}]}";
        server.answer(Answer.ok(Fixtures.page(null, UPS_TRACKING)), Answer.ok(lost), Answer.ok(UPS_TRACKING));

        ItemOutcome<Shipment> marked = backend.shipments().update(UPS, ShipmentChanges.status(
                StatusCommand.MARK_EXCEPTION));
        ItemOutcome<Shipment> reverted = backend.shipments().update(UPS, ShipmentChanges.status(
                StatusCommand.REVERT_TO_CARRIER));

        StubServer.Request complete = server.requests().get(1);
        assertThat(complete.path()).isEqualTo("/tracking/2025-07/trackings/id-ups-1/mark-as-completed");
        assertThat(complete.body()).isEqualTo("{\"reason\":\"LOST\"}");
        assertThat(marked.value().orElseThrow().deliveryStatus()).isEqualTo(DeliveryStatus.EXCEPTION);
        assertThat(marked.value().orElseThrow().status().isOverridden()).isTrue();
        StubServer.Request retrack = server.requests().get(2);
        assertThat(retrack.method()).isEqualTo("POST");
        assertThat(retrack.path()).isEqualTo("/tracking/2025-07/trackings/id-ups-1/retrack");
        assertThat(reverted.value().orElseThrow().status().isOverridden()).isFalse();
    }

    @Test
    void archivingPutsTheFlagInACustomField() {
        String archived = UPS_TRACKING.replaceFirst("\\{",
                "{\"custom_fields\":{\"parcelport_archived\":\"true\"},");
        server.answer(Answer.ok(Fixtures.page(null, UPS_TRACKING)), Answer.ok(archived));

        ItemOutcome<Shipment> outcome = backend.shipments().update(UPS, ShipmentChanges.archived(true));

        StubServer.Request put = server.requests().get(1);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.path()).isEqualTo("/tracking/2025-07/trackings/id-ups-1");
        assertThat(put.body()).isEqualTo("{\"custom_fields\":{\"parcelport_archived\":\"true\"}}");
        assertThat(outcome.value().orElseThrow().isArchived()).isTrue();
    }

    @Test
    void changeCarrierPutsTheNewSlugAfterCheckingTheNewKeyIsFree() {
        server.answer(Answer.ok(Fixtures.page(null, UPS_TRACKING)), Answer.ok(Fixtures.page(null)),
                Answer.ok(UPS_TRACKING.replace("\"slug\":\"ups\"", "\"slug\":\"fedex\"")));

        ItemOutcome<Shipment> outcome = backend.shipments().changeCarrier(UPS, CarrierCode.of("fedex"));

        assertThat(outcome.value().map(Shipment::key)).contains(ShipmentKey.of("fedex", "1ZK7898C1317272039"));
        assertThat(server.requests().get(1).query()).containsEntry("slug", "fedex");
        assertThat(server.requests().get(2).body()).isEqualTo("{\"slug\":\"fedex\"}");
    }

    @Test
    void deleteSendsDeleteToTheIdAndForgetsIt() {
        server.answer(Answer.ok(Fixtures.page(null, UPS_TRACKING)), Answer.ok(UPS_TRACKING));

        assertThat(backend.shipments().delete(UPS).value()).contains(UPS);

        assertThat(server.requests().get(1).method()).isEqualTo("DELETE");
        assertThat(server.requests().get(1).path()).isEqualTo("/tracking/2025-07/trackings/id-ups-1");
        assertThat(backend.cachedIds()).isZero();
    }

    @Test
    void retrackPostsToRetrackAndRefusalsAreNotAllowed() {
        server.answer(Answer.ok(Fixtures.page(null, UPS_TRACKING)), Answer.ok(UPS_TRACKING),
                Answer.error(400, 4016, "Retrack is not allowed. You can only retrack each shipment once."),
                Answer.error(400, 4013, "Retrack is not allowed. You can only retrack an inactive tracking."));

        assertThat(backend.retrack(UPS).isAccepted()).isTrue();
        assertThat(backend.retrack(UPS).isRejectedFor(RejectionReason.NOT_ALLOWED)).isTrue();
        assertThat(backend.retrack(UPS).rejection().flatMap(r -> r.backendCode())).contains("4013");

        assertThat(server.requests().get(1).path()).isEqualTo("/tracking/2025-07/trackings/id-ups-1/retrack");
        assertThat(server.requests().get(1).method()).isEqualTo("POST");
    }

    @Test
    void couriersAndDetectReadTheFixture() {
        String detect = Fixtures.sample("detect_courier.response.legacy-sdk-java-fixture.json");
        server.answer(Answer.json(200, detect), Answer.json(200, detect), Answer.error(400, 4012, "bad courier"));

        List<Carrier> all = backend.carriers().carriers(LanguageCode.ENGLISH);
        List<Carrier> detected = backend.carriers().detect(TrackingNumber.of("432718269418"));
        List<Carrier> none = backend.carriers().detect(TrackingNumber.of("000"));

        assertThat(all).extracting(c -> c.code().value()).containsExactly("fedex", "dx");
        assertThat(detected).hasSize(2);
        assertThat(none).isEmpty();
        assertThat(server.requests().get(0).path()).isEqualTo("/tracking/2025-07/couriers");
        assertThat(server.requests().get(1).path()).isEqualTo("/tracking/2025-07/couriers/detect");
        assertThat(server.requests().get(1).body()).isEqualTo(Fixtures.sample(
                "detect_courier.request.sdk-2025-01-test-ts.json").replaceAll("\\s", ""));
    }

    @Test
    void batchesTakeOneItemAndRefuseMoreBeforeSending() {
        assertThat(backend.shipments().limits().maxBatchSize()).isEqualTo(1);
        assertThatThrownBy(() -> backend.shipments().createAll(List.of(NewShipment.of(UPS),
                NewShipment.of(ShipmentKey.of("ups", "OTHER1")))))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
        assertThat(server.requests()).isEmpty();

        server.answer(Answer.ok(UPS_TRACKING));
        assertThat(backend.shipments().createAll(List.of(NewShipment.of(UPS)))).singleElement()
                .satisfies(o -> assertThat(o.isAccepted()).isTrue());
    }
}
