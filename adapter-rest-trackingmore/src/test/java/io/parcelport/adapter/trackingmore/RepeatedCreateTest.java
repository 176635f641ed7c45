package io.parcelport.adapter.trackingmore;

import static io.parcelport.adapter.trackingmore.Fixtures.sample;
import static io.parcelport.adapter.trackingmore.ShipmentTrackerEndpointsTest.listItemAsSingle;
import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RejectionReason;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A create repeated after an ambiguous failure (the first attempt may have been processed) and answered 4016: the
 * item is read back and accepted as found on repeat, not reported as someone else's; the read-back never re-sends
 * the create. After a failure that proves nothing was processed (the vendor's 429), 4016 stays {@code ALREADY_EXISTS}.
 */
class RepeatedCreateTest extends ReplayBackendTest {
    private static final ShipmentKey KEY = ShipmentKey.of("bestex", "3502339401241");
    private static final String UNAVAILABLE = "{\"meta\":{\"code\":503,\"message\":\"Service Unavailable\"}}";
    private static final String ALREADY_EXISTS = "{\"meta\":{\"code\":4016,\"type\":\"Bad Request\","
            + "\"message\":\"Tracking already exists.\"},\"data\":[]}";
    private static final String BATCH_ALL_EXIST = "{\"meta\":{\"code\":201,\"message\":\"ok\"},\"data\":{"
            + "\"submitted\":2,\"added\":0,\"trackings\":[],\"errors\":["
            + "{\"tracking_number\":\"3502339401241\",\"carrier_code\":\"bestex\",\"code\":4016,"
            + "\"message\":\"Tracking already exists.\"},"
            + "{\"tracking_number\":\"3502339401242\",\"carrier_code\":\"bestex\",\"code\":4016,"
            + "\"message\":\"Tracking already exists.\"}]}}";

    @Test
    void aCreateAnsweredAlreadyExistsAfterA503IsReadBackAndAcceptedAsFoundOnRepeat() {
        server.answer(ReplayServer.Answer.json(503, UNAVAILABLE), ReplayServer.Answer.ok(ALREADY_EXISTS),
                ReplayServer.Answer.ok(listItemAsSingle()));

        ItemOutcome<Shipment> outcome = backend.shipments().create(NewShipment.of(KEY));

        assertThat(outcome.isAccepted()).as("%s", outcome).isTrue();
        assertThat(outcome.foundOnRepeat()).isTrue();
        assertThat(outcome.value().orElseThrow().key()).isEqualTo(KEY);
        assertThat(server.requests()).extracting(ReplayServer.Request::method, ReplayServer.Request::rawPath)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("POST", "/v2/trackings/post"),
                        org.assertj.core.groups.Tuple.tuple("POST", "/v2/trackings/post"),
                        org.assertj.core.groups.Tuple.tuple("GET", "/v2/trackings/bestex/3502339401241"));
    }

    @Test
    void whenTheReadBackFailsTheItemStaysAlreadyExistsSaysWhyAndTheCreateIsNotSentAgain() {
        server.answer(ReplayServer.Answer.json(503, UNAVAILABLE), ReplayServer.Answer.ok(ALREADY_EXISTS));
        server.answerAlways(ReplayServer.Answer.json(500, "<html>oops</html>"));

        ItemOutcome<Shipment> outcome = backend.shipments().create(NewShipment.of(KEY));

        assertThat(outcome.isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(outcome.foundOnRepeat()).isFalse();
        assertThat(outcome.rejection().orElseThrow().message()).contains("this call may have registered it");
        assertThat(server.requests()).filteredOn(r -> r.method().equals("POST")).hasSize(2);
    }

    @Test
    void afterTheVendors429A4016IsSomeoneElsesAndIsNotReadBack() {
        server.answer(ReplayServer.Answer.json(429, "{\"meta\":{\"code\":429,\"message\":\"limit\"}}"),
                ReplayServer.Answer.ok(ALREADY_EXISTS));

        ItemOutcome<Shipment> outcome = backend.shipments().create(NewShipment.of(KEY));

        assertThat(outcome.isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aBatchRepeatedAfterA503ReadsBackEachItemAnsweredAlreadyExists() {
        ShipmentKey second = ShipmentKey.of("bestex", "3502339401242");
        server.answer(ReplayServer.Answer.json(503, UNAVAILABLE), ReplayServer.Answer.ok(BATCH_ALL_EXIST),
                ReplayServer.Answer.ok(listItemAsSingle()),
                ReplayServer.Answer.ok(listItemAsSingle().replace("3502339401241", "3502339401242")));

        List<ItemOutcome<Shipment>> outcomes = backend.shipments().createAll(List.of(NewShipment.of(KEY),
                NewShipment.of(second)));

        assertThat(outcomes).hasSize(2).allSatisfy(o -> assertThat(o.foundOnRepeat()).as("%s", o).isTrue());
        assertThat(outcomes).extracting(o -> o.value().orElseThrow().key()).containsExactly(KEY, second);
        assertThat(server.requests()).filteredOn(r -> r.rawPath().equals("/v2/trackings/batch")).hasSize(2);
    }

    @Test
    void aFirstAttemptAnsweredAlreadyExistsIsStillAlreadyExists() {
        server.answerOk(sample("trackings_post.response.error-4016-already-exists.json"));

        ItemOutcome<Shipment> outcome = backend.shipments().create(NewShipment.of(KEY));

        assertThat(outcome.isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(server.requests()).hasSize(1);
    }
}
