package io.parcelport.adapter.trackingmorev4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentQuery;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The v4 configuration: defaults, the environment, the key never shown, and the limits the backend states. */
class ConfigTest {

    @Test
    void defaultsAreV4sProductionUrlAndDocumentedLimits() {
        TrackingMoreV4Config config = TrackingMoreV4Config.builder().apiKey("k-123").build();

        assertThat(config.baseUri()).isEqualTo(URI.create("https://api.trackingmore.com/v4"));
        assertThat(config.pageSize()).isEqualTo(100);
        assertThat(config.rateLimits().generalPerSecond()).isEqualTo(10.0);
        assertThat(config.rateLimits().createPerSecond()).isEqualTo(3.0);
        assertThat(config.limits()).isEqualTo(new BackendLimits(40, 100, 40, 1, 3.0, 10.0));
        assertThat(V4RateLimits.DOCUMENTED).isEqualTo(config.limits());
    }

    @Test
    void fromEnvironmentReadsTheKeyAndTheBaseUrl() {
        TrackingMoreV4Config config = TrackingMoreV4Config.builder().fromEnvironment(Map.of(
                "TRACKINGMORE_API_KEY", "env-key", "TRACKINGMORE_BASE_URL", "http://127.0.0.1:9/v4")::get).build();

        assertThat(config.baseUri()).isEqualTo(URI.create("http://127.0.0.1:9/v4"));
        assertThatThrownBy(() -> TrackingMoreV4Config.builder().fromEnvironment(Map.<String, String>of()::get))
                .hasMessageContaining("TRACKINGMORE_API_KEY");
    }

    @Test
    void theKeyIsNeverShownAndPlainHttpElsewhereIsRefused() {
        TrackingMoreV4Config config = TrackingMoreV4Config.builder().apiKey("secret-key-42").build();

        assertThat(config.toString()).doesNotContain("secret-key-42").contains("***");
        assertThatThrownBy(() -> TrackingMoreV4Config.builder().apiKey("k").baseUri("http://example.com/v4").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clear text");
        assertThatThrownBy(() -> TrackingMoreV4Config.builder().apiKey("bad key\n"))
                .hasMessageNotContaining("bad key");
    }

    @Test
    void thePageSizeIsConfigurableAndALargerPageIsRefusedBeforeAnyCall() {
        try (StubServer server = new StubServer();
                TrackingMoreV4Backend backend = TrackingMoreV4Backend.create(V4Fixtures.config(server,
                        V4Fixtures.time()).pageSize(25).build())) {
            assertThat(backend.shipments().limits().maxPageSize()).isEqualTo(25);
            assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(26)))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
            assertThat(server.requests()).isEmpty();
            assertThat(backend.toString()).doesNotContain(V4Fixtures.API_KEY);
        }
    }
}
