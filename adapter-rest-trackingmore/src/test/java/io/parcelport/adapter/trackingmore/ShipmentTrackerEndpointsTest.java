package io.parcelport.adapter.trackingmore;

import static io.parcelport.adapter.trackingmore.Fixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.CarrierExtras;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Milestone;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.TimeRange;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every ShipmentTracker endpoint against the replay server with real sample bodies: request sent, port result. */
class ShipmentTrackerEndpointsTest extends ReplayBackendTest {

    static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    @Test
    void createSendsEveryDocumentedFieldAndReadsTheObservedAnswer() {
        server.answerOk(sample("trackings_post.response.observed-2017.json"));
        NewShipment shipment = NewShipment.builder(ShipmentKey.of("turkey-post", "8000311584581"))
                .orderId("#123").title("chase chen").customerName("chase").addCustomerEmail("a@example.com")
                .addCustomerEmail("b@example.com").customerPhone("+90 555").destinationCountry(CountryCode.of("IL"))
                .orderTime(LocalDateTime.of(2018, 5, 20, 12, 0)).logisticsChannel("4PX page").comment("fragile")
                .language(LanguageCode.ENGLISH).pinCarrier(true)
                .carrierExtras(new CarrierExtras(Optional.of("13ES20"), Optional.of(LocalDate.of(2018, 10, 1)),
                        Optional.of("ACC-1"), Optional.of(CountryCode.of("DE"))))
                .build();

        ItemOutcome<Shipment> outcome = backend.shipments().create(shipment);

        ReplayServer.Request r = server.onlyRequest();
        assertJsonRequest(r, "POST", "/v2/trackings/post");
        assertThat(json(r.body())).isEqualTo(json("""
                {"tracking_number":"8000311584581","carrier_code":"turkey-post","destination_code":"IL",
                 "title":"chase chen","logistics_channel":"4PX page","customer_name":"chase",
                 "customer_email":"a@example.com,b@example.com","customer_phone":"+90 555","order_id":"#123",
                 "order_create_time":"2018-05-20 12:00","tracking_ship_date":"20181001",
                 "tracking_postal_code":"13ES20","tracking_account_number":"ACC-1",
                 "tracking_destination_country":"DE","lang":"en","comment":"fragile","auto_correct":1}"""));
        Shipment created = outcome.value().orElseThrow();
        assertThat(created.key()).isEqualTo(ShipmentKey.of("turkey-post", "8000311584581"));
        assertThat(created.backendId()).contains("376c250081c4553cb197894fa49d888a");
        assertThat(created.deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(created.createdAt()).isEqualTo(Instant.parse("2017-07-05T10:00:50Z"));
        assertThat(created.customerEmails()).isEmpty();
        assertThat(created.carrierExtras().postalCode()).contains("13ES20");
    }

    @Test
    void createOfARegisteredShipmentIsAlreadyExistsNotAnError() {
        server.answerOk(sample("trackings_post.response.error-4016-already-exists.json"));

        ItemOutcome<Shipment> outcome = backend.shipments().create(NewShipment.of(ShipmentKey.of("yanwen",
                "BYS006086075")));

        assertThat(outcome.isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(outcome.isDone()).isTrue();
        assertThat(outcome.rejection().orElseThrow().backendCode()).contains("4016");
        assertThat(json(server.onlyRequest().body())).isEqualTo(json(sample("trackings_post.request.minimal.json")));
    }

    @Test
    void createAllReportsOneOutcomePerItemInInputOrder() {
        server.answerOk(sample("trackings_batch.response.partial-success-201.json"));
        List<NewShipment> batch = List.of(
                NewShipment.of(ShipmentKey.of("turkey-post", "8000311584582221")),
                NewShipment.of(ShipmentKey.of("turkey-post", "RH051844173TR")),
                NewShipment.of(ShipmentKey.of("turkey-post", "RH051844187TR")));

        List<ItemOutcome<Shipment>> outcomes = backend.shipments().createAll(batch);

        ReplayServer.Request r = server.onlyRequest();
        assertJsonRequest(r, "POST", "/v2/trackings/batch");
        JsonArray sent = json(r.body()).asJsonArray();
        assertThat(sent).hasSize(3);
        assertThat(sent.getJsonObject(0).getString("tracking_number")).isEqualTo("8000311584582221");
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0).isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(outcomes.get(0).rejection().orElseThrow().backendCode()).contains("4016");
        assertThat(outcomes.get(1).value().orElseThrow().key().trackingNumber().value()).isEqualTo("RH051844173TR");
        assertThat(outcomes.get(2).value().orElseThrow().backendId()).contains("13e11d7ffd53ae893c734d6e496183b2");
    }

    @Test
    void findReadsASingleTrackingFromThePathOfCarrierAndNumber() {
        server.answerOk(listItemAsSingle());

        Optional<Shipment> found = backend.shipments().find(ShipmentKey.of("bestex", "3502339401241"));

        assertJsonRequest(server.onlyRequest(), "GET", "/v2/trackings/bestex/3502339401241");
        Shipment s = found.orElseThrow();
        assertThat(s.deliveryStatus()).isEqualTo(DeliveryStatus.OUT_FOR_DELIVERY);
        assertThat(s.originLeg().events()).hasSize(4);
        assertThat(s.originLeg().milestone(Milestone.RECEIVED)).isPresent();
        assertThat(s.transitDays()).hasValue(79);
        assertThat(s.isRefreshing()).isTrue();
    }

    @Test
    void findWithALanguageAppendsItToThePath() {
        server.answerOk(listItemAsSingle());

        backend.shipments().find(ShipmentKey.of("bestex", "3502339401241"), LanguageCode.of("CN"));

        assertJsonRequest(server.onlyRequest(), "GET", "/v2/trackings/bestex/3502339401241/cn");
    }

    @Test
    void findOfAnUnknownShipmentIsEmpty() {
        server.answerOk("{\"meta\":{\"code\":4017,\"type\":\"Bad Request\",\"message\":\"Tracking does not exist.\"},"
                + "\"data\":[]}");

        assertThat(backend.shipments().find(ShipmentKey.of("ups", "1Z999"))).isEmpty();
    }

    @Test
    void querySendsFiltersAsUnixSecondsAndReadsTheStringTotal() {
        server.answerOk(sample("trackings_get.response.bestex-list.json"));
        ShipmentQuery query = ShipmentQuery.builder()
                .status(DeliveryStatus.OUT_FOR_DELIVERY)
                .created(TimeRange.between(Instant.ofEpochSecond(1441314361), Instant.ofEpochSecond(1446949161)))
                .updated(TimeRange.since(Instant.ofEpochSecond(1521314361)))
                .ordered(TimeRange.until(Instant.ofEpochSecond(1541314361)))
                .addNumber(TrackingNumber.of("LX123445678CN")).addNumber(TrackingNumber.of("LX456789123CN"))
                .orderIds(List.of("1234456", "456789"))
                .archived(ArchivedFilter.ACTIVE_ONLY)
                .language(LanguageCode.ENGLISH)
                .build();

        Page<Shipment> page = backend.shipments().query(query, new PageRequest(1, 4));

        ReplayServer.Request r = server.onlyRequest();
        assertJsonRequest(r, "GET", "/v2/trackings/get");
        assertThat(r.rawQuery().split("&")).containsExactlyInAnyOrder("page=1", "limit=4", "status=pickup",
                "created_at_min=1441314361", "created_at_max=1446949161", "update_time_min=1521314361",
                "order_created_time_max=1541314361", "numbers=LX123445678CN%2CLX456789123CN",
                "orders=1234456%2C456789", "archived=false", "lang=en");
        assertThat(page.total()).hasValue(3);
        assertThat(page.items()).extracting(s -> s.key().trackingNumber().value())
                .containsExactly("3502339401241", "51837622007298", "350233940124");
        assertThat(page.items().get(1).isRefreshing()).isFalse();
        assertThat(page.items().get(1).updatedAt()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void updateSendsArchivedAsAStringAndStatusAsANumber() {
        // A status set by hand is preceded by a read of the carrier's status, which v2 hides under a manual one.
        server.answerOk("""
                {"meta":{"code":200,"type":"Success","message":"Success"},"data":{"tracking_number":"402934299065",
                "carrier_code":"sto","created_at":"2018-04-18T14:34:30+08:00","status":"transit"}}""");
        server.answerOk("""
                {"meta":{"code":200,"type":"Success","message":"Success"},"data":{"id":"3d300c6f34a6a9711166cc44e4cc096a",
                "tracking_number":"402934299065","carrier_code":"sto","created_at":"2018-04-18T14:34:30+08:00",
                "updated_at":"2018-04-18T14:32:27+08:00","customer_email":"sandy@example.com","status":"transit",
                "title":"new title","archived":"true"}}""");
        ShipmentChanges changes = ShipmentChanges.builder().title("new title").logisticsChannel("4PX挂号小包")
                .customerName("sandy").customerEmails(List.of("sandy@example.com")).customerPhone("+86123456789")
                .orderId("986574521568").destinationCountry(CountryCode.of("CN")).archived(true)
                .status(StatusCommand.MARK_EXCEPTION).build();

        ItemOutcome<Shipment> outcome = backend.shipments().update(ShipmentKey.of("sto", "402934299065"), changes);

        assertThat(server.requests()).extracting(ReplayServer.Request::method).containsExactly("GET", "PUT");
        ReplayServer.Request r = server.requests().get(1);
        assertJsonRequest(r, "PUT", "/v2/trackings/sto/402934299065");
        JsonObject expected = json(sample("trackings_single_put.request.tracktry-doc.json")).asJsonObject();
        assertThat(json(r.body()).asJsonObject()).isEqualTo(Json.createObjectBuilder(expected)
                .add("customer_email", "sandy@example.com").build());
        Shipment s = outcome.value().orElseThrow();
        assertThat(s.isArchived()).isTrue();
        assertThat(s.deliveryStatus()).isEqualTo(DeliveryStatus.EXCEPTION);
        assertThat(s.status().carrierStatus()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(s.createdAt()).isEqualTo(Instant.parse("2018-04-18T06:34:30Z"));
    }

    @Test
    void aStatusSetByHandIsRememberedOverTheCarriersUntilAnAnswerShowsOtherwise() {
        String tracking = "{\"meta\":{\"code\":200,\"type\":\"Success\",\"message\":\"Success\"},\"data\":"
                + "{\"tracking_number\":\"402934299065\",\"carrier_code\":\"sto\","
                + "\"created_at\":\"2018-04-18T14:34:30+08:00\",\"status\":\"%s\"}}";
        server.answerOk(tracking.formatted("transit"));     // the read before the change
        server.answerOk(tracking.formatted("delivered"));   // PUT status 4
        server.answerOk(tracking.formatted("delivered"));   // a later read: v2 shows only the manual status
        server.answerOk(tracking.formatted("transit"));     // reverted elsewhere
        ShipmentKey key = ShipmentKey.of("sto", "402934299065");

        backend.shipments().update(key, ShipmentChanges.status(StatusCommand.MARK_DELIVERED));
        Shipment read = backend.shipments().find(key).orElseThrow();
        Shipment later = backend.shipments().find(key).orElseThrow();

        assertThat(read.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(read.status().isOverridden()).isTrue();
        assertThat(read.status().carrierStatus()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(later.status().isOverridden()).isFalse();
        assertThat(later.deliveryStatus()).isEqualTo(DeliveryStatus.IN_TRANSIT);
    }

    @Test
    void statusCommandsAreSentAsFourSevenAndEight() {
        // 4 and 7 read the carrier's status first (GET), 8 does not: five answers in all.
        for (int i = 0; i < 5; i++) {
            server.answerOk("{\"meta\":{\"code\":4017,\"message\":\"Tracking does not exist.\"},\"data\":[]}");
        }
        ShipmentKey key = ShipmentKey.of("sto", "402934299065");
        for (StatusCommand c : StatusCommand.values()) {
            assertThat(backend.shipments().update(key, ShipmentChanges.status(c))
                    .isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        }
        assertThat(server.requests()).extracting(ReplayServer.Request::method)
                .containsExactly("GET", "PUT", "GET", "PUT", "PUT");
        assertThat(server.requests()).filteredOn(r -> r.method().equals("PUT"))
                .extracting(r -> json(r.body()).asJsonObject().getInt("status")).containsExactly(4, 7, 8);
    }

    @Test
    void updateAllSendsKeysWithChangesAndReadsBackItemsTheAnswerDoesNotCarry() {
        server.answerOk("{\"meta\":{\"code\":200,\"type\":\"Success\",\"message\":\"Success\"},\"data\":"
                + "{\"submitted\":1,\"updated\":1,\"trackings\":[{\"tracking_number\":\"RP893531375SG\","
                + "\"carrier_code\":\"singapore-post\"}],\"errors\":[]}}");
        server.answerOk(listItemAsSingle().replace("3502339401241", "RP893531375SG").replace("\"bestex\"",
                "\"singapore-post\""));

        List<ItemOutcome<Shipment>> outcomes = backend.shipments().updateAll(List.of(new ShipmentUpdate(
                ShipmentKey.of("singapore-post", "RP893531375SG"),
                ShipmentChanges.builder().title("new title").customerName("sandy").build())));

        ReplayServer.Request r = server.requests().get(0);
        assertJsonRequest(r, "POST", "/v2/trackings/updatemore");
        assertThat(json(r.body())).isEqualTo(json("[{\"tracking_number\":\"RP893531375SG\",\"carrier_code\":"
                + "\"singapore-post\",\"title\":\"new title\",\"customer_name\":\"sandy\"}]"));
        assertThat(server.requests().get(1).rawPath()).isEqualTo("/v2/trackings/singapore-post/RP893531375SG");
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.isAccepted()).isTrue());
    }

    @Test
    void deleteReadsTheEmptyArrayOfASuccessfulDelete() {
        server.answerOk(sample("trackings_single_delete.response.doc.json"));
        ShipmentKey key = ShipmentKey.of("ups", "1Z97X17XYW06605211");

        assertThat(backend.shipments().delete(key).value()).contains(key);
        assertJsonRequest(server.onlyRequest(), "DELETE", "/v2/trackings/ups/1Z97X17XYW06605211");
    }

    @Test
    void deleteAllReadsTheNestedMetaOfEachItem() {
        server.answerOk("""
                {"meta":{"code":200,"type":"Success","message":"Success"},"data":{"submitted":2,"delete":1,
                "trackings":[{"meta":{"tracking_number":"1Z97X17XYW06605211","carrier_code":"ups","code":200}},
                {"meta":{"tracking_number":"83041096445","carrier_code":"wishpost","code":4017,
                "message":"Tracking does not exist."}}]}}""");
        List<ShipmentKey> keys = List.of(ShipmentKey.of("ups", "1Z97X17XYW06605211"),
                ShipmentKey.of("wishpost", "83041096445"));

        List<ItemOutcome<ShipmentKey>> outcomes = backend.shipments().deleteAll(keys);

        ReplayServer.Request r = server.onlyRequest();
        assertJsonRequest(r, "POST", "/v2/trackings/delete");
        assertThat(json(r.body())).isEqualTo(json(sample("trackings_delete.request.doc.json")));
        assertThat(outcomes.get(0).isAccepted()).isTrue();
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
    }

    @Test
    void changeCarrierSendsTheNewCodeThenReadsTheShipmentUnderItsNewKey() {
        server.answerOk(sample("trackings_update.response.doc.json"));
        server.answerOk(sample("trackings_realtime.response.china-ems-with-destination.json")
                .replace("{\"items\":[", "").replace("}]}}", "}}").replace("LS912989618CN", "LK664578623CN")
                .replace("\"carrier_code\":\"china-ems\",\"order", "\"carrier_code\":\"usps\",\"order"));

        ItemOutcome<Shipment> outcome = backend.shipments().changeCarrier(ShipmentKey.of("china-ems",
                "LK664578623CN"), CarrierCode.of("usps"));

        ReplayServer.Request r = server.requests().get(0);
        assertJsonRequest(r, "POST", "/v2/trackings/update");
        assertThat(json(r.body())).isEqualTo(json(sample("trackings_update.request.doc.json")));
        assertThat(server.requests().get(1).rawPath()).isEqualTo("/v2/trackings/usps/LK664578623CN");
        assertThat(outcome.value().orElseThrow().key()).isEqualTo(ShipmentKey.of("usps", "LK664578623CN"));
    }

    @Test
    void stopRefreshingSendsTheKeysAndAcceptsWhatTheCountsSayWasChanged() {
        server.answerOk("{\"meta\":{\"code\":200,\"type\":\"Success\",\"message\":\"Success\"},\"data\":"
                + "{\"submitted\":2,\"change\":2,\"trackings\":[{\"tracking_number\":\"RP893531375SG\","
                + "\"carrier_code\":\"singapore-post\"}]}}");
        List<ShipmentKey> keys = List.of(ShipmentKey.of("singapore-post", "RP893531375SG"),
                ShipmentKey.of("china-ems", "LK894734223CN"));

        List<ItemOutcome<ShipmentKey>> outcomes = backend.shipments().stopRefreshing(keys);

        ReplayServer.Request r = server.onlyRequest();
        assertJsonRequest(r, "POST", "/v2/trackings/notupdate");
        assertThat(json(r.body())).isEqualTo(json(sample("trackings_notupdate.request.doc.json")));
        assertThat(outcomes).allMatch(ItemOutcome::isAccepted);
    }

    @Test
    void trackNowReadsBothLegsOfTheRealtimeAnswer() {
        server.answerOk(sample("trackings_realtime.response.china-ems-with-destination.json"));
        NewShipment s = NewShipment.builder(ShipmentKey.of("china-ems", "LS912989618CN"))
                .carrierExtras(new CarrierExtras(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(CountryCode.of("US")))).orderId("A-1").build();

        Shipment shipment = backend.shipments().trackNow(s).value().orElseThrow();

        ReplayServer.Request r = server.onlyRequest();
        assertJsonRequest(r, "POST", "/v2/trackings/realtime");
        assertThat(json(r.body())).isEqualTo(json("{\"tracking_number\":\"LS912989618CN\",\"carrier_code\":"
                + "\"china-ems\",\"specialNumberDestination\":\"US\",\"order\":\"A-1\"}"));
        assertThat(shipment.deliveryStatus()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(shipment.originCountry()).contains(CountryCode.of("CN"));
        assertThat(shipment.destinationCountry()).contains(CountryCode.of("US"));
        assertThat(shipment.originLeg().events()).hasSize(3);
        assertThat(shipment.destinationLeg().carrier()).contains(CarrierCode.of("usps"));
        assertThat(shipment.destinationLeg().events()).hasSize(7);
        assertThat(shipment.latestEvent().orElseThrow().description())
                .isEqualTo("Arrived at USPS Regional Destination Facility");
        assertThat(shipment.orderTime()).contains(LocalDateTime.of(2017, 8, 27, 16, 51));
        assertThat(shipment.createdAt()).isEqualTo(time.instant()); // realtime answers carry no created_at
    }

    /** The first item of the list sample, wrapped as a single-GET answer. */
    static String listItemAsSingle() {
        JsonObject list = json(sample("trackings_get.response.bestex-list.json")).asJsonObject();
        JsonObject item = list.getJsonObject("data").getJsonArray("items").getJsonObject(0);
        return Json.createObjectBuilder().add("meta", list.getJsonObject("meta")).add("data", item).build()
                .toString();
    }
}
