package io.parcelport.adapter.aftership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.adapter.aftership.StubServer.Answer;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.pacing.ManualTicker;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.TransportException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration's defaults and environment, and that the API key goes only into its header. */
class ConfigAndSecretsTest {

    @Test
    void theDefaultsAreAfterShips2025_07() {
        AfterShipConfig config = AfterShipConfig.builder().apiKey("k").build();
        assertThat(config.baseUri()).isEqualTo(URI.create("https://api.aftership.com/tracking/2025-07"));
        assertThat(config.pageSize()).isEqualTo(100);
        assertThat(config.retryPolicy()).isEqualTo(AfterShipConfig.DEFAULT_RETRY_POLICY);
    }

    @Test
    void theEnvironmentGivesTheKeyAndOptionallyTheBaseUrl() {
        AfterShipConfig config = AfterShipConfig.builder().fromEnvironment(Map.of(
                "AFTERSHIP_API_KEY", "env-key", "AFTERSHIP_BASE_URL", "http://127.0.0.1:9/tracking/2025-07")::get)
                .build();
        assertThat(config.apiKey()).isEqualTo("env-key");
        assertThat(config.baseUri().getPort()).isEqualTo(9);
        assertThat(AfterShipConfig.builder().fromEnvironment(Map.of("AFTERSHIP_API_KEY", "k")::get).build()
                .baseUri()).isEqualTo(AfterShipConfig.DEFAULT_BASE_URI);
        assertThatThrownBy(() -> AfterShipConfig.builder().fromEnvironment(Map.<String, String>of()::get))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AFTERSHIP_API_KEY");
        assertThatThrownBy(() -> AfterShipConfig.builder().fromEnvironment(Map.of("AFTERSHIP_API_KEY", "k",
                "AFTERSHIP_BASE_URL", "http://example.com/tracking")::get).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AFTERSHIP_BASE_URL");
    }

    @Test
    void badKeysAndBaseUrisAreRefusedWithoutEchoingTheKey() {
        assertThatThrownBy(() -> AfterShipConfig.builder().apiKey("sec ret\r\nX: y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("sec ret");
        assertThatThrownBy(() -> AfterShipConfig.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AfterShipConfig.builder().apiKey("k").baseUri("https://api.aftership.com/x/").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AfterShipConfig.builder().apiKey("k").baseUri("http://example.com/t").allowInsecureHttp().build()
                .baseUri().getHost()).isEqualTo("example.com");
    }

    @Test
    void theKeyIsInItsHeaderAndNowhereElse() {
        try (StubServer server = new StubServer()) {
            server.always(Answer.json(401, "{\"meta\":{\"code\":401,\"message\":\"Invalid API Key: "
                    + Fixtures.KEY + "\",\"type\":\"Unauthorized\"},\"data\":{}}"));
            AfterShipConfig config = Fixtures.config(server, new ManualTicker()).build();
            try (AfterShipBackend backend = AfterShipBackend.create(config)) {
                assertThatThrownBy(() -> backend.shipments().create(NewShipment.of(ShipmentKey.of("ups", "1"))))
                        .isInstanceOf(BackendException.class)
                        .hasMessageNotContaining(Fixtures.KEY)
                        .hasMessageContaining("***");
                assertThat(backend.toString()).doesNotContain(Fixtures.KEY);
            }
            assertThat(config.toString()).doesNotContain(Fixtures.KEY).contains("apiKey=***");
            StubServer.Request sent = server.only();
            assertThat(sent.header("as-api-key")).isEqualTo(Fixtures.KEY);
            assertThat(sent.query().values()).doesNotContain(Fixtures.KEY);
            assertThat(sent.body()).doesNotContain(Fixtures.KEY);
        }
    }

    @Test
    void anUnreachableServerIsATransportFailureWithoutTheKey() {
        AfterShipConfig config = AfterShipConfig.builder().apiKey(Fixtures.KEY).baseUri("http://127.0.0.1:1/t")
                .ticker(new ManualTicker()).retryPolicy(io.parcelport.pacing.RetryPolicy.NONE).build();
        try (AfterShipBackend backend = AfterShipBackend.create(config)) {
            assertThatThrownBy(() -> backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(1)))
                    .isInstanceOf(TransportException.class)
                    .hasMessageNotContaining(Fixtures.KEY)
                    .satisfies(e -> assertThat(e.getCause() == null || e.getCause() instanceof java.io.IOException)
                            .as("no client type escapes: %s", e.getCause()).isTrue());
        }
    }
}
