package io.parcelport.adapter.trackingmore;

import static io.parcelport.adapter.trackingmore.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The set-up the endpoint tests share: per test a fresh {@link ReplayServer}, {@link FakeTime} and a backend wired to
 * both by {@link Fixtures#backend}, closed after the test. A subclass's own {@code @BeforeEach} runs after this one.
 */
abstract class ReplayBackendTest {
    ReplayServer server;
    FakeTime time;
    TrackingMoreBackend backend;

    @BeforeEach
    void startReplay() {
        server = new ReplayServer();
        time = new FakeTime();
        backend = Fixtures.backend(server, time);
    }

    @AfterEach
    void stopReplay() {
        backend.close();
        server.close();
    }

    /** Replaces the backend by one built from {@code builder}; it is closed after the test like the first. */
    TrackingMoreBackend backend(TrackingMoreConfig.Builder builder) {
        backend.close();
        backend = TrackingMoreBackend.create(builder.build());
        return backend;
    }

    /** Asserts the method and path of a request, the headers every request carries, and JSON for a body. */
    static void assertJsonRequest(ReplayServer.Request r, String method, String path) {
        assertThat(r.method()).isEqualTo(method);
        assertThat(r.rawPath()).isEqualTo(path);
        assertThat(r.header("Trackingmore-Api-Key")).isEqualTo(API_KEY);
        assertThat(r.header("User-Agent")).startsWith("parcelport-trackingmore/");
        if (!r.body().isEmpty()) {
            assertThat(r.header("Content-Type")).startsWith("application/json");
        }
    }
}
