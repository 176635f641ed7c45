package io.parcelport.adapter.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.pacing.PacingEvent;
import io.parcelport.pacing.PacingEvent.Kind;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.RateLimitedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter's pacing against a local server that counts what it receives: how many requests a 429 costs, what the
 * listener hears, the deadline, and which calls may be repeated. Time is a {@code ManualTicker}: no real waits.
 */
class PacingTest {
    private static final ShipmentKey KEY = ShipmentKey.of("usps", "9400110200881234567890");
    private static final String RATE_LIMITED = "{\"meta\":{\"code\":429,\"message\":\"Exceeded API limits.\"}}";

    private final List<PacingEvent> heard = new CopyOnWriteArrayList<>();
    private ReplayServer server;
    private FakeTime time;

    @BeforeEach
    void start() {
        server = new ReplayServer();
        time = new FakeTime();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TrackingMoreBackend backend(TrackingMoreConfig.Builder config) {
        return TrackingMoreBackend.create(config.listener(heard::add).build());
    }

    @Test
    void a429WithoutRetryAfterCostsTheDocumentedThreeRequestsAndEveryWaitIsHeard() {
        server.answerAlways(ReplayServer.Answer.json(429, RATE_LIMITED));

        try (TrackingMoreBackend backend = backend(Fixtures.config(server, time))) {
            assertThatThrownBy(() -> backend.shipments().find(KEY)).isInstanceOf(RateLimitedException.class);
        }

        assertThat(server.requests()).hasSize(RetryPolicy.DEFAULT.maxAttempts()).hasSize(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(120), Duration.ofSeconds(120));
        String cause = "RateLimitedException, HTTP 429";
        assertThat(heard).containsExactly(
                new PacingEvent("ShipmentTracker.find", 2, 3, Kind.RETRY, cause, Duration.ofSeconds(120)),
                new PacingEvent("ShipmentTracker.find", 3, 3, Kind.RETRY, cause, Duration.ofSeconds(120)),
                new PacingEvent("ShipmentTracker.find", 3, 3, Kind.GIVING_UP, cause, Duration.ZERO));
    }

    @Test
    void theDeadlineStopsACallBeforeAWaitItCannotAfford() {
        server.answerAlways(ReplayServer.Answer.json(429, RATE_LIMITED));

        try (TrackingMoreBackend backend = backend(Fixtures.config(server, time).deadline(Duration.ofSeconds(60)))) {
            assertThatThrownBy(() -> backend.shipments().find(KEY)).isInstanceOf(RateLimitedException.class);
        }

        assertThat(server.requests()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
        assertThat(heard).extracting(PacingEvent::kind).containsExactly(Kind.GIVING_UP);
    }

    @Test
    void theCoolDownAfterA429HoldsBackTheNextCallAndIsHeard() {
        server.answer(ReplayServer.Answer.json(429, "{}").withHeader("Retry-After", "20"));
        server.answerAlways(ReplayServer.Answer.ok(Fixtures.sample("trackings_single_delete.response.doc.json")));

        try (TrackingMoreBackend backend = backend(Fixtures.config(server, time).retryPolicy(RetryPolicy.NONE))) {
            assertThatThrownBy(() -> backend.shipments().delete(KEY)).isInstanceOf(RateLimitedException.class);
            assertThat(backend.shipments().delete(KEY).isAccepted()).isTrue();
        }

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(20));
        assertThat(heard).extracting(PacingEvent::kind).containsExactly(Kind.GIVING_UP, Kind.COOL_DOWN_WAIT);
    }

    @Test
    void a503IsNotRepeatedForAChangeOfCarrierWhichMayHaveHappened() {
        server.answerAlways(ReplayServer.Answer.json(503, "{\"meta\":{\"code\":503}}"));

        try (TrackingMoreBackend backend = backend(Fixtures.config(server, time))) {
            assertThatThrownBy(() -> backend.shipments().changeCarrier(KEY, CarrierCode.of("ups")))
                    .isInstanceOf(BackendUnavailableException.class);
        }

        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aRateLimitedReadBackAfterAChangeOfCarrierDoesNotSendTheChangeAgain() {
        server.answer(ReplayServer.Answer.ok(Fixtures.sample("trackings_update.response.doc.json")));
        server.answerAlways(ReplayServer.Answer.json(429, RATE_LIMITED));

        ItemOutcome<Shipment> outcome;
        try (TrackingMoreBackend backend = backend(Fixtures.config(server, time))) {
            outcome = backend.shipments().changeCarrier(KEY, CarrierCode.of("ups"));
        }

        assertThat(outcome.value().orElseThrow().key()).isEqualTo(ShipmentKey.of("ups", KEY.trackingNumber().value()));
        assertThat(server.requests()).extracting(ReplayServer.Request::rawPath)
                .containsOnlyOnce("/v2/trackings/update")
                .containsExactly("/v2/trackings/update", "/v2/trackings/ups/9400110200881234567890",
                        "/v2/trackings/ups/9400110200881234567890", "/v2/trackings/ups/9400110200881234567890");
    }
}
