package io.parcelport.adapter.trackingmorev4;

import static io.parcelport.adapter.trackingmorev4.V4Fixtures.ID;
import static io.parcelport.adapter.trackingmorev4.V4Fixtures.amazon;
import static io.parcelport.adapter.trackingmorev4.V4Fixtures.error;
import static io.parcelport.adapter.trackingmorev4.V4Fixtures.ok;
import static io.parcelport.adapter.trackingmorev4.V4Fixtures.sample;
import static io.parcelport.adapter.trackingmorev4.V4Fixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Milestone;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.TimeRange;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each v4 shipment call against a loopback stub: the request sent (method, path, headers, body, query) and the result. */
class ShipmentEndpointsTest {
    private static final ShipmentKey AMAZON = ShipmentKey.of("amazon", "TBA308626148196");
    private static final ShipmentKey USPS = ShipmentKey.of("usps", "9400111899562537624326");

    private StubServer server;
    private TrackingMoreV4Backend backend;

    @BeforeEach
    void start() {
        server = new StubServer();
        backend = V4Fixtures.backend(server, V4Fixtures.time());
    }

    @AfterEach
    void stop() {
        backend.close();
        server.close();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String list(String... trackings) {
        return ok("[" + String.join(",", trackings) + "]");
    }

    @Test
    void createPostsTheKeyAndDetailsWithTheV4HeaderAndReadsTheTrackingItAnswers() {
        server.answerOk(ok(amazon()));

        ItemOutcome<Shipment> outcome = backend.shipments().create(NewShipment.builder(AMAZON).title("Books")
                .comment("test Order").language(LanguageCode.of("en")).addCustomerEmail("a@example.com")
                .customerPhone("+1 555 0100").destinationCountry(CountryCode.of("US")).orderId("114-0292795").build());

        StubServer.Request r = server.onlyRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo("/v4/trackings/create");
        assertThat(r.header("Tracking-Api-Key")).isEqualTo(V4Fixtures.API_KEY);
        assertThat(r.header("Trackingmore-Api-Key")).isNull();
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonObject body = json(r.body());
        assertThat(body.getString("tracking_number")).isEqualTo("TBA308626148196");
        assertThat(body.getString("courier_code")).isEqualTo("amazon");
        assertThat(body.getString("title")).isEqualTo("Books");
        assertThat(body.getString("note")).isEqualTo("test Order");
        assertThat(body.getString("language")).isEqualTo("en");
        assertThat(body.getString("customer_sms")).isEqualTo("+1 555 0100");
        assertThat(body.getString("destination_country_iso2")).isEqualTo("US");
        assertThat(body.getString("order_id")).isEqualTo("114-0292795");
        assertThat(body).doesNotContainKeys("comment", "lang", "carrier_code", "customer_phone");

        Shipment s = outcome.value().orElseThrow();
        assertThat(s.key()).isEqualTo(AMAZON);
        assertThat(s.backendId()).contains(ID);
        assertThat(s.status().effective()).isEqualTo(DeliveryStatus.NOT_FOUND);
        assertThat(s.status().effectiveSubStatus()).map(sub -> sub.code()).contains("notfound002");
        assertThat(s.createdAt()).isEqualTo(Instant.parse("2023-10-25T07:02:52Z"));
        assertThat(s.updatedAt()).contains(Instant.parse("2023-10-25T07:02:53Z"));
        assertThat(s.orderId()).contains("114-0292795-2405840");
        assertThat(s.isArchived()).isFalse();
        assertThat(s.isRefreshing()).isTrue();
        assertThat(s.originLeg().website()).contains("https://logistics.amazon.com/");
    }

    @Test
    void createOfADuplicateIsAlreadyExistsWithTheV4Code() {
        server.answer(StubServer.Answer.json(400, sample("error.4101.CONSTRUCTED-from-readme-table.json")));

        ItemOutcome<Shipment> outcome = backend.shipments().create(NewShipment.of(USPS));

        assertThat(outcome.isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(outcome.rejection().orElseThrow().backendCode()).contains("4101");
    }

    @Test
    void createAllPostsAnArrayThenReadsTheCreatedBackAndRejectsTheErrorsWithTheirCamelCaseCodes() {
        ShipmentKey first = ShipmentKey.of("usps", "9400111899562537680047");
        ShipmentKey second = ShipmentKey.of("usps", "9400111899562537680048");
        server.answerOk(sample("trackings_batch.response.CONSTRUCTED-from-sdk-model.json"),
                list(tracking("PLACEHOLDER_TRACKING_ID_1", "usps", "9400111899562537680047", "transit",
                        "transit001")));

        List<ItemOutcome<Shipment>> outcomes = backend.shipments().createAll(List.of(NewShipment.of(first),
                NewShipment.of(second)));

        StubServer.Request batch = server.request(0);
        assertThat(batch.method()).isEqualTo("POST");
        assertThat(batch.rawPath()).isEqualTo("/v4/trackings/batch");
        JsonArray items = Json.createReader(new StringReader(batch.body())).readArray();
        assertThat(items).hasSize(2);
        assertThat(items.getJsonObject(0).getString("courier_code")).isEqualTo("usps");
        StubServer.Request readBack = server.request(1);
        assertThat(readBack.rawPath()).isEqualTo("/v4/trackings/get");
        assertThat(readBack.rawParams()).containsEntry("tracking_numbers", "9400111899562537680047");

        assertThat(outcomes.get(0).value().orElseThrow().status().effective()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(outcomes.get(1).rejection().orElseThrow().backendCode()).contains("4101");
        assertThat(outcomes.get(1).rejection().orElseThrow().message()).contains("Tracking No. already exists");
    }

    @Test
    void createAllOfABatchTheServerRefusesAsTooLargeRejectsEveryItem() {
        server.answer(StubServer.Answer.json(400, sample("error.4103.CONSTRUCTED-from-readme-table.json")));

        List<ItemOutcome<Shipment>> outcomes = backend.shipments().createAll(List.of(NewShipment.of(USPS),
                NewShipment.of(AMAZON)));

        assertThat(outcomes).allMatch(o -> o.isRejectedFor(RejectionReason.LIMIT_EXCEEDED));
    }

    @Test
    void anExhaustedQuotaFailsASingleCreateAndRejectsEachItemOfABatch() {
        server.answer(StubServer.Answer.json(400, error(4190, "quota")), StubServer.Answer.json(400,
                error(4190, "quota")));

        assertThatThrownBy(() -> backend.shipments().create(NewShipment.of(USPS)))
                .isInstanceOf(QuotaExhaustedException.class);
        assertThat(backend.shipments().createAll(List.of(NewShipment.of(USPS), NewShipment.of(AMAZON))))
                .allMatch(o -> o.isRejectedFor(RejectionReason.QUOTA_EXHAUSTED));
    }

    @Test
    void aBatchOverFortyIsRefusedBeforeAnyCall() {
        List<NewShipment> many = java.util.stream.IntStream.range(0, 41)
                .mapToObj(i -> NewShipment.of(ShipmentKey.of("usps", "94001118995625376" + (10000 + i)))).toList();

        assertThatThrownBy(() -> backend.shipments().createAll(many))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void findIsTheListCallFilteredByNumberAndCourier() {
        server.answerOk(sample("trackings_get.response.meta-renamed.json"));

        Optional<Shipment> found = backend.shipments().find(AMAZON);

        StubServer.Request r = server.onlyRequest();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.rawPath()).isEqualTo("/v4/trackings/get");
        assertThat(r.rawParams()).containsEntry("tracking_numbers", "TBA308626148196")
                .containsEntry("courier_code", "amazon");
        assertThat(found).map(Shipment::key).contains(AMAZON);
    }

    @Test
    void findOfAnUnknownKeyIsEmptyWhetherTheListIsEmptyOrAnswers4102() {
        server.answerOk(list());
        server.answer(StubServer.Answer.json(400, error(4102, "Tracking No. does not exist.")));

        assertThat(backend.shipments().find(USPS)).isEmpty();
        assertThat(backend.shipments().find(USPS)).isEmpty();
    }

    @Test
    void queryPercentEncodesEveryFilterAndPagesWithoutATotal() {
        server.answerOk(sample("trackings_get.response.meta-renamed.json"));
        ShipmentQuery query = ShipmentQuery.builder()
                .numbers(List.of(TrackingNumber.of("TBA308626148196"), TrackingNumber.of("9400111899562537624656")))
                .status(DeliveryStatus.NOT_FOUND)
                .archived(ArchivedFilter.ACTIVE_ONLY)
                .created(TimeRange.between(Instant.parse("2023-08-23T06:00:00Z"), Instant.parse("2023-10-30T00:00:00Z")))
                .updated(TimeRange.since(Instant.parse("2023-10-01T00:00:00Z")))
                .language(LanguageCode.of("en"))
                .build();

        Page<Shipment> page = backend.shipments().query(query, new PageRequest(2, 50));

        StubServer.Request r = server.onlyRequest();
        assertThat(r.rawQuery()).doesNotContain("+").doesNotContain(" ");
        assertThat(r.rawParams())
                .containsEntry("tracking_numbers", "TBA308626148196%2C9400111899562537624656")
                .containsEntry("delivery_status", "notfound")
                .containsEntry("archived_status", "tracking")
                .containsEntry("created_date_min", "2023-08-23T06%3A00%3A00%2B00%3A00")
                .containsEntry("created_date_max", "2023-10-30T00%3A00%3A00%2B00%3A00")
                .containsEntry("updated_date_min", "2023-10-01T00%3A00%3A00%2B00%3A00")
                .containsEntry("pages_amount", "2")
                .containsEntry("items_amount", "50")
                .containsEntry("lang", "en")
                .doesNotContainKeys("updated_date_max", "courier_code");
        assertThat(page.items()).extracting(Shipment::key).containsExactly(AMAZON);
        assertThat(page.total()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aFullPageHasANextPageAndAnEmptyOneIsTheLast() {
        server.answerOk(list(tracking("a1", "usps", "940011189956253762001", "transit", "transit001"),
                tracking("a2", "usps", "940011189956253762002", "delivered", "delivered001")), list());

        Page<Shipment> first = backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(2));
        Page<Shipment> second = backend.shipments().query(ShipmentQuery.ALL, first.next().orElseThrow());

        assertThat(first.items()).hasSize(2);
        assertThat(first.next()).contains(new PageRequest(2, 2));
        assertThat(second.items()).isEmpty();
        assertThat(second.hasNext()).isFalse();
        assertThat(server.request(1).rawParams()).containsEntry("pages_amount", "2");
    }

    @Test
    void updateLooksTheIdUpThenPutsTheDetailsByIdAndReadsTheShipmentBack() {
        server.answerOk(list(tracking(ID, "usps", USPS.trackingNumber().value(), "transit", "transit002")),
                ok("{\"id\":\"" + ID + "\",\"tracking_number\":\"" + USPS.trackingNumber().value()
                        + "\",\"courier_code\":\"usps\",\"customer_name\":\"New name\"}"),
                list(tracking(ID, "usps", USPS.trackingNumber().value(), "transit", "transit002")));

        ItemOutcome<Shipment> outcome = backend.shipments().update(USPS, ShipmentChanges.builder()
                .customerName("New name").title("Shoes").customerPhone("+1 555 0199").archived(true).build());

        StubServer.Request put = server.request(1);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.rawPath()).isEqualTo("/v4/trackings/update/" + ID);
        JsonObject body = json(put.body());
        assertThat(body.getString("customer_name")).isEqualTo("New name");
        assertThat(body.getString("title")).isEqualTo("Shoes");
        assertThat(body.getString("customer_sms")).isEqualTo("+1 555 0199");
        assertThat(body.getString("archived_status")).isEqualTo("archived");
        assertThat(outcome.value().orElseThrow().key()).isEqualTo(USPS);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void updateAllCallsOncePerItemWithAnOutcomeEach() {
        ShipmentKey unknown = ShipmentKey.of("usps", "9400111899562537600000");
        server.answerOk(list(tracking(ID, "usps", USPS.trackingNumber().value(), "transit", "transit002")),
                ok("{\"id\":\"" + ID + "\"}"),
                list(tracking(ID, "usps", USPS.trackingNumber().value(), "transit", "transit002")),
                list());

        List<ItemOutcome<Shipment>> outcomes = backend.shipments().updateAll(List.of(
                new ShipmentUpdate(USPS, ShipmentChanges.builder().title("t").build()),
                new ShipmentUpdate(unknown, ShipmentChanges.builder().title("t").build())));

        assertThat(outcomes.get(0).isAccepted()).isTrue();
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
    }

    @Test
    void changeCarrierPutsTheNewCourierByIdAndAnswersTheShipmentUnderItsNewKey() {
        ShipmentKey moved = ShipmentKey.of("fedex", USPS.trackingNumber().value());
        server.answerOk(list(tracking(ID, "usps", USPS.trackingNumber().value(), "transit", "transit001")),
                ok("{\"id\":\"" + ID + "\",\"courier_code\":\"usps\",\"courier_code_new\":\"fedex\"}"),
                list(tracking(ID, "fedex", USPS.trackingNumber().value(), "pending", "")));

        ItemOutcome<Shipment> outcome = backend.shipments().changeCarrier(USPS, CarrierCode.of("fedex"));

        StubServer.Request put = server.request(1);
        assertThat(put.rawPath()).isEqualTo("/v4/trackings/update/" + ID);
        assertThat(json(put.body()).getString("courier_code_new")).isEqualTo("fedex");
        assertThat(server.request(2).rawParams()).containsEntry("courier_code", "fedex");
        assertThat(outcome.value().orElseThrow().key()).isEqualTo(moved);
    }

    @Test
    void deleteAndDeleteAllGoByIdAndAnUnknownKeyIsNotFoundWithoutADeleteCall() {
        server.answerOk(list(tracking(ID, "usps", USPS.trackingNumber().value(), "transit", "transit001")),
                ok(amazon()), list());

        List<ItemOutcome<ShipmentKey>> outcomes = backend.shipments().deleteAll(List.of(USPS, AMAZON));

        assertThat(server.request(1).method()).isEqualTo("DELETE");
        assertThat(server.request(1).rawPath()).isEqualTo("/v4/trackings/delete/" + ID);
        assertThat(outcomes.get(0).value()).contains(USPS);
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void trackNowIsCreateForANewShipment() {
        server.answerOk(ok(amazon()));

        ItemOutcome<Shipment> outcome = backend.shipments().trackNow(NewShipment.of(AMAZON));

        assertThat(server.onlyRequest().rawPath()).isEqualTo("/v4/trackings/create");
        assertThat(outcome.value().orElseThrow().key()).isEqualTo(AMAZON);
    }

    @Test
    void trackNowOfARegisteredExpiredShipmentRetracksItByIdAndReadsItAgain() {
        server.answer(StubServer.Answer.json(400, error(4101, "Tracking No. already exists.")));
        server.answerOk(list(tracking(ID, "usps", USPS.trackingNumber().value(), "expired", "")),
                ok(tracking(ID, "usps", USPS.trackingNumber().value(), "pending", "")),
                list(tracking(ID, "usps", USPS.trackingNumber().value(), "transit", "transit001")));

        ItemOutcome<Shipment> outcome = backend.shipments().trackNow(NewShipment.of(USPS));

        assertThat(server.request(2).method()).isEqualTo("POST");
        assertThat(server.request(2).rawPath()).isEqualTo("/v4/trackings/retrack/" + ID);
        assertThat(outcome.value().orElseThrow().status().effective()).isEqualTo(DeliveryStatus.IN_TRANSIT);
    }

    @Test
    void trackNowAnswersTheCurrentResultWhenV4RefusesTheRetrack() {
        server.answer(StubServer.Answer.json(400, error(4101, "Tracking No. already exists.")));
        server.answerOk(list(tracking(ID, "usps", USPS.trackingNumber().value(), "expired", "")));
        server.answer(StubServer.Answer.json(400, error(4113, "Retrack is not allowed.")));
        server.answerOk(list(tracking(ID, "usps", USPS.trackingNumber().value(), "expired", "")));

        ItemOutcome<Shipment> outcome = backend.shipments().trackNow(NewShipment.of(USPS));

        assertThat(outcome.value().orElseThrow().status().effective()).isEqualTo(DeliveryStatus.EXPIRED);
    }

    @Test
    void trackNowOfARegisteredLiveShipmentAnswersItsCurrentResultWithoutRetracking() {
        server.answer(StubServer.Answer.json(400, error(4101, "Tracking No. already exists.")));
        server.answerOk(list(tracking(ID, "usps", USPS.trackingNumber().value(), "transit", "transit003")));

        ItemOutcome<Shipment> outcome = backend.shipments().trackNow(NewShipment.of(USPS));

        assertThat(server.requests()).hasSize(2);
        assertThat(outcome.value().orElseThrow().status().effective()).isEqualTo(DeliveryStatus.IN_TRANSIT);
    }

    @Test
    void aTrackingIsMappedWithItsLegMilestonesEventsAndTolerantFields() {
        server.answerOk(list(tracking(ID, "usps", USPS.trackingNumber().value(), "transit", "transit004")));

        Shipment s = backend.shipments().find(USPS).orElseThrow();

        assertThat(s.comment()).contains("fragile");
        assertThat(s.customerEmails()).containsExactly("a@example.com");
        assertThat(s.customerPhone()).contains("+1 555 0100");
        assertThat(s.transitDays()).hasValue(3);
        assertThat(s.originLeg().phone()).contains("18005551234");
        assertThat(s.originLeg().milestones()).containsKeys(Milestone.RECEIVED, Milestone.CUSTOMS);
        assertThat(s.originLeg().events()).singleElement().satisfies(e -> {
            assertThat(e.description()).isEqualTo("Arrived at hub");
            assertThat(e.location()).contains("Memphis");
            assertThat(e.time().offset()).isEmpty();
            assertThat(e.time().local()).hasToString("2024-04-02T09:00");
        });
        assertThat(s.destinationLeg().events()).isEmpty();
    }
}
