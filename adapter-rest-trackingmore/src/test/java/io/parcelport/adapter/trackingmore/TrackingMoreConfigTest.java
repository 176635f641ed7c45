package io.parcelport.adapter.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the configuration from an injected environment; the process environment is never touched. */
class TrackingMoreConfigTest {

    private static TrackingMoreConfig.Builder from(Map<String, String> environment) {
        return TrackingMoreConfig.builder().fromEnvironment(environment::get);
    }

    @Test
    void theKeyAndTheBaseUrlComeFromTheEnvironment() {
        TrackingMoreConfig config = from(Map.of(TrackingMoreConfig.API_KEY_VARIABLE, Fixtures.API_KEY,
                TrackingMoreConfig.BASE_URL_VARIABLE, "http://127.0.0.1:8089/v2")).build();

        assertThat(config.apiKey()).isEqualTo(Fixtures.API_KEY);
        assertThat(config.baseUri()).isEqualTo(URI.create("http://127.0.0.1:8089/v2"));
    }

    @Test
    void withoutTheBaseUrlVariableTheProductionEndpointStays() {
        assertThat(from(Map.of(TrackingMoreConfig.API_KEY_VARIABLE, Fixtures.API_KEY)).build().baseUri())
                .isEqualTo(TrackingMoreConfig.DEFAULT_BASE_URI);
        assertThat(from(Map.of(TrackingMoreConfig.API_KEY_VARIABLE, Fixtures.API_KEY,
                TrackingMoreConfig.BASE_URL_VARIABLE, "  ")).build().baseUri())
                .isEqualTo(TrackingMoreConfig.DEFAULT_BASE_URI);
    }

    @Test
    void plainHttpToAnotherHostIsRefusedNamingTheVariableUnlessAllowed() {
        Map<String, String> environment = Map.of(TrackingMoreConfig.API_KEY_VARIABLE, Fixtures.API_KEY,
                TrackingMoreConfig.BASE_URL_VARIABLE, "http://tracking.example.com/v2");

        assertThatThrownBy(() -> from(environment).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("environment variable TRACKINGMORE_BASE_URL: plain http to tracking.example.com")
                .hasMessageNotContaining(Fixtures.API_KEY);
        assertThat(from(environment).allowInsecureHttp().build().baseUri().getHost())
                .isEqualTo("tracking.example.com");
    }

    @Test
    void aMalformedOrNonHttpBaseUrlIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> from(Map.of(TrackingMoreConfig.API_KEY_VARIABLE, Fixtures.API_KEY,
                TrackingMoreConfig.BASE_URL_VARIABLE, "http://127.0.0.1:80 80/v2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("environment variable TRACKINGMORE_BASE_URL is not a URI");
        assertThatThrownBy(() -> from(Map.of(TrackingMoreConfig.API_KEY_VARIABLE, Fixtures.API_KEY,
                TrackingMoreConfig.BASE_URL_VARIABLE, "ftp://127.0.0.1/v2")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("environment variable TRACKINGMORE_BASE_URL: base URI must be");
    }

    @Test
    void anExplicitBaseUriAfterTheEnvironmentWinsAndIsReportedAsItself() {
        TrackingMoreConfig.Builder builder = from(Map.of(TrackingMoreConfig.API_KEY_VARIABLE, Fixtures.API_KEY,
                TrackingMoreConfig.BASE_URL_VARIABLE, "http://127.0.0.1:8089/v2")).baseUri("ftp://127.0.0.1/v2");

        assertThatThrownBy(builder::build).hasMessageStartingWith("base URI must be");
    }

    @Test
    void aMissingKeyIsStillReportedByItsVariable() {
        assertThatThrownBy(() -> from(Map.of(TrackingMoreConfig.BASE_URL_VARIABLE, "http://127.0.0.1:8089/v2")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(TrackingMoreConfig.API_KEY_VARIABLE);
    }
}
