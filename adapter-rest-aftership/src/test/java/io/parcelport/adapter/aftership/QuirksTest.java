package io.parcelport.adapter.aftership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.adapter.aftership.StubServer.Answer;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.pacing.ManualTicker;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reference's quirks, each as the adapter meets it. */
class QuirksTest {
    private static final ShipmentKey KEY = ShipmentKey.of("ups", "1Z1");
    private static final String TRACKING = Fixtures.tracking("id-1", "ups", "1Z1", "InfoReceived", "InfoReceived_001");

    private StubServer server;
    private ManualTicker ticker;
    private AfterShipBackend backend;

    @BeforeEach
    void start() {
        server = new StubServer();
        ticker = new ManualTicker();
        backend = AfterShipBackend.create(Fixtures.config(server, ticker)
                .retryPolicy(AfterShipConfig.DEFAULT_RETRY_POLICY).build());
    }

    @AfterEach
    void stop() {
        backend.close();
        server.close();
    }

    @Test
    void aCreateAnsweredAlreadyExistsAfterAnAmbiguousFailureIsFoundOnRepeat() {
        server.answer(Answer.error(503, 503, "Service Unavailable"),
                Answer.error(400, 4003, "Tracking already exists."),
                Answer.ok(Fixtures.page(null, TRACKING)));

        ItemOutcome<Shipment> outcome = backend.shipments().create(NewShipment.of(KEY));

        assertThat(outcome.isAccepted()).isTrue();
        assertThat(outcome.foundOnRepeat()).isTrue();
        assertThat(server.requests()).extracting(StubServer.Request::method).containsExactly("POST", "POST", "GET");
    }

    @Test
    void retrackIsNotRepeatedAfterAnAmbiguousFailure() {
        server.answer(Answer.ok(Fixtures.page(null, TRACKING)), Answer.error(503, 503, "Service Unavailable"));

        assertThatThrownBy(() -> backend.retrack(KEY)).isInstanceOf(BackendUnavailableException.class);

        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void theLegacyWrappedTrackingIsStillRead() {
        server.answer(Answer.ok("{\"tracking\":" + TRACKING + "}"));

        assertThat(backend.shipments().create(NewShipment.of(KEY)).value().flatMap(Shipment::backendId))
                .contains("id-1");
    }

    @Test
    void aPageThatSaysMoreFollowButNamesNoCursorIsTheLast() {
        server.answer(Answer.ok("{\"pagination\":{\"total\":9,\"next_cursor\":null,\"has_next_page\":true},"
                + "\"trackings\":[" + TRACKING + "]}"));

        Page<Shipment> page = backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(5));

        assertThat(page.items()).hasSize(1);
        assertThat(page.hasNext()).isFalse();
    }

    // Found by the contract kit over the emulator: UPDATE_DETAILS was offered, yet archiving was refused and an
    // archived-only query answered nothing without asking.
    @Test
    void theArchiveFlagIsACustomFieldFilteredHere() {
        String archived = Fixtures.tracking("id-1", "ups", "1Z1", "Pending", "Pending_001")
                .replaceFirst("\\{", "{\"custom_fields\":{\"parcelport_archived\":\"true\"},");
        String active = Fixtures.tracking("id-2", "ups", "1Z2", "Pending", "Pending_001");
        server.answer(Answer.ok(Fixtures.page(null, archived, active)), Answer.ok(Fixtures.page(null, archived,
                active)));

        assertThat(backend.shipments().query(ShipmentQuery.builder().archived(ArchivedFilter.ARCHIVED_ONLY).build(),
                PageRequest.first(5)).items()).extracting(s -> s.key().trackingNumber().value()).containsExactly("1Z1");
        assertThat(backend.shipments().query(ShipmentQuery.builder().archived(ArchivedFilter.ACTIVE_ONLY).build(),
                PageRequest.first(5)).items()).extracting(s -> s.key().trackingNumber().value()).containsExactly("1Z2");
    }

    @Test
    void anIdIsEscapedInThePathAndTheAnswerMustBeForTheSameKey() {
        String odd = Fixtures.tracking("id with/slash", "ups", "1Z1", "Pending", "Pending_001");
        server.answer(Answer.ok(Fixtures.page(null, odd)), Answer.ok(odd));

        backend.shipments().find(KEY);
        backend.shipments().find(KEY);

        assertThat(server.requests().get(1).path()).isEqualTo("/tracking/2025-07/trackings/id%20with%2Fslash");
    }

    @Test
    void aServerThatIgnoresLimitFailsLoudlyInsteadOfLosingTrackings() {
        String a = Fixtures.tracking("a", "ups", "A1", "Pending", "Pending_001");
        String b = Fixtures.tracking("b", "ups", "B2", "Pending", "Pending_001");
        server.answer(Answer.ok(Fixtures.page(null, a, b)));

        assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(1)))
                .isInstanceOf(BackendUnavailableException.class).hasMessageContaining("limit ignored");
    }
}
