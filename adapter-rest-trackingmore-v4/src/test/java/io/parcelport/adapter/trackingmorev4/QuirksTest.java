package io.parcelport.adapter.trackingmorev4;

import static io.parcelport.adapter.trackingmorev4.V4Fixtures.ID;
import static io.parcelport.adapter.trackingmorev4.V4Fixtures.ok;
import static io.parcelport.adapter.trackingmorev4.V4Fixtures.sample;
import static io.parcelport.adapter.trackingmorev4.V4Fixtures.tracking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.TimeRange;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The v4 wire's quirks (v4 reference §1, §3, §9), one test each, against a loopback stub. */
class QuirksTest {
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

    @Test
    void anIsoTimeFilterNeverGoesOutWithARawPlus() {
        server.answerOk(ok("[]"));

        backend.shipments().query(ShipmentQuery.builder()
                .updated(TimeRange.until(Instant.parse("2023-08-23T06:00:00Z"))).build(), PageRequest.first(10));

        String query = server.onlyRequest().rawQuery();
        assertThat(query).doesNotContain("+").contains("updated_date_max=2023-08-23T06%3A00%3A00%2B00%3A00");
        // The query travels inside the client on a header of its own, which must never reach the server.
        assertThat(server.onlyRequest().header(QueryFilter.HEADER)).isNull();
    }

    @Test
    void aMetaWithoutTypeIsRead() {
        server.answerOk("{\"meta\":{\"code\":200,\"message\":\"ok\"},\"data\":[" + sample(
                "tracking_object.notfound-amazon.json") + "]}");

        assertThat(backend.shipments().find(AMAZON)).isPresent();
    }

    @Test
    void aMetaWithTypeIsReadToo() {
        server.answerOk("{\"meta\":{\"code\":200,\"type\":\"Success\",\"message\":\"ok\"},\"data\":["
                + sample("tracking_object.notfound-amazon.json") + "]}");

        assertThat(backend.shipments().find(AMAZON)).isPresent();
    }

    @Test
    void theRelayedEnvelopeWithStatusInsteadOfMetaIsRead() {
        server.answerOk(sample("trackings_get.response.third-party-relay-verbatim.json"));

        Optional<Shipment> found = backend.shipments().find(AMAZON);

        assertThat(found).map(s -> s.status().effective()).contains(DeliveryStatus.NOT_FOUND);
    }

    @Test
    void dataAsABareArrayIsAPageAndOneBareObjectIsOneTracking() {
        server.answerOk(sample("trackings_get.response.meta-renamed.json"),
                ok(sample("tracking_object.notfound-amazon.json")));

        assertThat(backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10)).items()).hasSize(1);
        assertThat(backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void anErrorBodyIsReadOnHttp200AsOnHttp400() {
        server.answer(StubServer.Answer.ok(V4Fixtures.error(4110, "The value of tracking_number is invalid.")),
                StubServer.Answer.json(400, V4Fixtures.error(4110, "The value of tracking_number is invalid.")));

        for (int i = 0; i < 2; i++) {
            assertThat(backend.shipments().create(io.parcelport.ports.NewShipment.of(USPS))
                    .isRejectedFor(RejectionReason.INVALID_TRACKING_NUMBER)).isTrue();
        }
    }

    @Test
    void aSuccessCodeUnderAnErrorStatusIsNotASuccess() {
        server.answer(StubServer.Answer.json(400, V4Fixtures.error(200, "Request response is successful")));

        assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.httpStatus()).hasValue(400));
    }

    @Test
    void aNonJsonErrorBodyIsMappedByItsStatus() {
        server.answer(StubServer.Answer.text(502, "text/html", "<html><body>Bad gateway</body></html>"),
                StubServer.Answer.text(404, "text/plain", "no such page"));

        assertThatThrownBy(() -> backend.carriers().carriers(io.parcelport.domain.LanguageCode.of("en")))
                .isInstanceOf(BackendUnavailableException.class).hasMessageContaining("HTML page");
        assertThatThrownBy(() -> backend.carriers().carriers(io.parcelport.domain.LanguageCode.of("en")))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.NOT_FOUND));
    }

    @Test
    void aPageThatDoesNotExistIsAFailureNotAMissingShipment() {
        server.answer(StubServer.Answer.json(404, V4Fixtures.error(404, "Page does not exist.")),
                StubServer.Answer.text(404, "text/html", "<html>Not Found</html>"));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> backend.shipments().find(USPS))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.httpStatus()).hasValue(404));
        }
    }

    @Test
    void aSuccessStatusWithoutAnEnvelopeIsUnavailable() {
        server.answer(StubServer.Answer.text(200, "text/plain", "hello"));

        assertThatThrownBy(() -> backend.shipments().find(USPS)).isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("not a TrackingMore v4 answer");
    }

    @Test
    void unknownStatusWordsAreUnknownNotACrash() {
        server.answerOk(ok("[" + tracking(ID, "usps", USPS.trackingNumber().value(), "created", "created") + "]"));

        Shipment s = backend.shipments().find(USPS).orElseThrow();

        assertThat(s.status().effective()).isEqualTo(DeliveryStatus.UNKNOWN);
    }

    @Test
    void inforeceivedIsTheDomainsInfoReceived() {
        server.answerOk(ok("[" + tracking(ID, "usps", USPS.trackingNumber().value(), "inforeceived",
                "inforeceived001") + "]"));

        assertThat(backend.shipments().find(USPS).orElseThrow().status().effective())
                .isEqualTo(DeliveryStatus.INFO_RECEIVED);
    }

    @Test
    void piecesAndTransitTimeMayBeNumbersOrStringsAndUnknownFieldsAreIgnored() {
        String odd = tracking(ID, "usps", USPS.trackingNumber().value(), "transit", "transit001")
                .replace("\"pieces\":\"2\"", "\"pieces\":2,\"substatusV2\":null,\"source\":\"API\",\"extra\":{\"a\":[1]}")
                .replace("\"transit_time\":3", "\"transit_time\":\"7\"");
        server.answerOk(ok("[" + odd + "]"));

        assertThat(backend.shipments().find(USPS).orElseThrow().transitDays()).hasValue(7);
    }

    @Test
    void anEmptyObjectWrittenAsAnEmptyArrayIsAbsent() {
        server.answerOk(ok("[" + tracking(ID, "usps", USPS.trackingNumber().value(), "transit", "transit001") + "]"));

        assertThat(backend.shipments().find(USPS).orElseThrow().destinationLeg().carrier()).isEmpty();
    }

    @Test
    void aTrackingWhoseKeyTheDomainRefusesIsAnUnreadableAnswer() {
        server.answerOk(ok("[{\"tracking_number\":\"" + USPS.trackingNumber().value()
                + "\",\"courier_code\":\"no such code!\"}]"));

        assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10)))
                .isInstanceOf(BackendUnavailableException.class).hasMessageContaining("courier_code");
    }
}
