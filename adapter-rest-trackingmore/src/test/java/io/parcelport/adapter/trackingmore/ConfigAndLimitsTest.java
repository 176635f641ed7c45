package io.parcelport.adapter.trackingmore;

import io.parcelport.pacing.RateLimiter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.ShipmentQuery;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration rules and the client-side rate limiters, on the fake clock. */
class ConfigAndLimitsTest {

    @Test
    void theKeyIsReadFromAnInjectedEnvironment() {
        TrackingMoreConfig config = TrackingMoreConfig.builder()
                .apiKeyFromEnvironment(Map.of("TRACKINGMORE_API_KEY", " env-key-123 ")::get).build();

        assertThat(config.apiKey()).isEqualTo("env-key-123");
        assertThat(config.baseUri()).hasToString("https://api.trackingmore.com/v2");
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.retryPolicy().maxAttempts()).isEqualTo(3);
        assertThat(config.retryPolicy().rateLimitCoolDown()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.maxResponseBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(config.deadline()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theDefaultRatesAreTheOnesTheUseCasesReadForTrackingMore() {
        BackendLimits documented = BackendLimits.TRACKINGMORE_V2;

        assertThat(RateLimits.DEFAULT.realtimePerSecond()).isEqualTo(documented.realtimeCallsPerSecond());
        assertThat(RateLimits.DEFAULT.listPerSecond()).isEqualTo(documented.queryCallsPerSecond());
        assertThat(RateLimits.DEFAULT.otherPerSecond()).isZero();
    }

    @Test
    void aMissingEnvironmentVariableIsAClearError() {
        assertThatThrownBy(() -> TrackingMoreConfig.builder().apiKeyFromEnvironment(Map.<String, String>of()::get))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TRACKINGMORE_API_KEY");
        assertThatThrownBy(() -> TrackingMoreConfig.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("API key");
    }

    @Test
    void plainHttpIsRefusedUnlessTheHostIsLoopbackOrExplicitlyAllowed() {
        TrackingMoreConfig.Builder b = TrackingMoreConfig.builder().apiKey("k");
        assertThatThrownBy(() -> b.baseUri("http://api.trackingmore.com/v2").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clear text");
        assertThatThrownBy(() -> b.baseUri("http://127.evil.example/v2").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.baseUri("ftp://127.0.0.1/v2").build())
                .isInstanceOf(IllegalArgumentException.class);
        for (String ok : new String[] {"http://127.0.0.1:8080/v2", "http://127.1.2.3/v2", "http://localhost/v2",
            "http://[::1]:9000/v2", "https://api.trackingmore.com/v2"}) {
            assertThat(b.baseUri(ok).build().baseUri()).hasToString(ok);
        }
        assertThat(b.baseUri("http://emulator.internal/v2").allowInsecureHttp().build()).isNotNull();
    }

    @Test
    void realtimeCallsAreKeptToThreeInAnySecondAndTheMarginByWaitingNotFailing() {
        try (ReplayServer server = new ReplayServer()) {
            server.answerAlways(ReplayServer.Answer.ok(Fixtures.sample(
                    "trackings_realtime.response.china-ems-with-destination.json")));
            FakeTime time = new FakeTime();
            try (TrackingMoreBackend backend = Fixtures.backend(server, time)) {
                NewShipment s = NewShipment.of(ShipmentKey.of("china-ems", "LS912989618CN"));
                for (int i = 0; i < 4; i++) {
                    assertThat(backend.shipments().trackNow(s).isAccepted()).isTrue();
                }
            }
            // Three leave at once; the fourth waits until the first has been gone one second and the margin.
            assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1).plus(RateLimiter.DEFAULT_MARGIN));
            assertThat(server.requests()).hasSize(4);
        }
    }

    @Test
    void aListCallThatWouldWaitLongerThanTheBoundFailsWithoutBeingSent() {
        try (ReplayServer server = new ReplayServer()) {
            server.answerAlways(ReplayServer.Answer.ok(Fixtures.sample("trackings_get.response.bestex-list.json")));
            FakeTime time = new FakeTime();
            TrackingMoreConfig config = Fixtures.config(server, time)
                    .rateLimits(new RateLimits(3, 1, 0, Duration.ofMillis(500))).build();
            try (TrackingMoreBackend backend = TrackingMoreBackend.create(config)) {
                backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10));

                assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10)))
                        .isInstanceOfSatisfying(RateLimitedException.class,
                                e -> assertThat(e.retryAfter())
                                        .contains(Duration.ofSeconds(1).plus(RateLimiter.DEFAULT_MARGIN)));
                time.advance(Duration.ofSeconds(1).plus(RateLimiter.DEFAULT_MARGIN));
                backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10));
            }
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void clientsWithDifferentKeysSendTheirOwnKey() {
        try (ReplayServer server = new ReplayServer()) {
            server.answerAlways(ReplayServer.Answer.ok(Fixtures.sample("trackings_single_delete.response.doc.json")));
            FakeTime time = new FakeTime();
            ShipmentKey key = ShipmentKey.of("ups", "1Z97X17XYW06605211");
            try (TrackingMoreBackend a = TrackingMoreBackend.create(Fixtures.config(server, time).apiKey("key-a").build());
                    TrackingMoreBackend b = TrackingMoreBackend.create(
                            Fixtures.config(server, time).apiKey("key-b").build())) {
                a.shipments().delete(key);
                b.shipments().delete(key);
                a.shipments().delete(key);
            }
            assertThat(server.requests()).extracting(r -> r.header("Trackingmore-Api-Key"))
                    .containsExactly("key-a", "key-b", "key-a");
        }
    }

    @Test
    void concurrentCallsDoNotQueueOnOneConnection() throws Exception {
        try (ReplayServer server = new ReplayServer()) {
            // Each answer takes 300 ms, so eight calls overlap at the server unless they queue on one connection.
            server.answerAlways(ReplayServer.Answer.ok(Fixtures.sample("trackings_single_delete.response.doc.json"))
                    .stalling(300));
            try (TrackingMoreBackend backend = TrackingMoreBackend.create(Fixtures.config(server, new FakeTime())
                    .build())) {
                var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
                var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
                for (int i = 0; i < 8; i++) {
                    futures.add(pool.submit(() -> backend.shipments().delete(ShipmentKey.of("ups", "1Z97X17XYW066"))));
                }
                for (var f : futures) {
                    f.get();
                }
                pool.shutdown();
                assertThat(server.mostInFlight()).as("requests the server answered at once").isGreaterThan(1);
            }
        }
    }
}
