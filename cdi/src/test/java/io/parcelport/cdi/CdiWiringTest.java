package io.parcelport.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.in.FollowShipmentsUseCase;
import io.parcelport.ports.in.ParcelportUseCases;
import io.parcelport.ports.in.RegisterShipmentsUseCase;
import io.parcelport.ports.out.TrackingBackend;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The producer in a real CDI SE container (Weld) with a real MicroProfile Config (SmallRye): the backend and the use
 * cases are injected as configured, work, and are closed with the container.
 */
class CdiWiringTest {

    private Config registered;

    @AfterEach
    void forgetConfig() {
        if (registered != null) {
            ConfigProviderResolver.instance().releaseConfig(registered);
            registered = null;
        }
    }

    @Test
    void theEmbeddedBackendIsTheDefaultAndItsUseCasesAreInjectable() {
        useConfig(Map.of());
        try (WeldContainer container = new Weld().initialize()) {
            RegisterShipmentsUseCase register = container.select(RegisterShipmentsUseCase.class).get();
            FollowShipmentsUseCase follow = container.select(FollowShipmentsUseCase.class).get();
            ShipmentKey key = ShipmentKey.of("usps", "9400111899562537624326");

            ItemOutcome<Shipment> outcome = register.register(NewShipment.of(key));

            assertThat(outcome.isAccepted()).as("%s", outcome).isTrue();
            assertThat(follow.find(key)).isPresent();
            assertThat(container.select(ParcelportUseCases.class).get().capabilities().backend())
                    .isEqualTo("in-memory");
        }
    }

    @Test
    void trackingMoreIsConfiguredFromMicroProfileConfigAndTalksToTheEmulator() throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).build())) {
            useConfig(Map.of("parcelport.backend", "trackingmore",
                    "parcelport.trackingmore.api-key", "cdi-test-key-0123456789",
                    "parcelport.trackingmore.base-url", emulator.baseUrl(),
                    "parcelport.trackingmore.deadline", "20s",
                    "parcelport.trackingmore.list-per-second", "50"));
            ShipmentKey key = ShipmentKey.of("usps", "9400111899562537624327");
            try (WeldContainer container = new Weld().initialize()) {
                TrackingBackend backend = container.select(TrackingBackend.class).get();
                RegisterShipmentsUseCase register = container.select(RegisterShipmentsUseCase.class).get();

                assertThat(register.register(NewShipment.of(key)).isAccepted()).isTrue();
                assertThat(backend.capabilities().backend()).isEqualTo("TrackingMore v2");
            }
            // The shipment is on the emulator, not in some local stand-in.
            HttpResponse<String> stored = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(emulator.baseUrl() + "/trackings/usps/9400111899562537624327"))
                    .header("Trackingmore-Api-Key", "any-key").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stored.body()).contains("9400111899562537624327").contains("\"code\":200");
        }
    }

    @Test
    void trackingMoreV4AndAfterShipAreConfiguredTheSameWay() {
        try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).build())) {
            ShipmentKey key = ShipmentKey.of("usps", "9400111899562537624328");
            useConfig(Map.of("parcelport.backend", "trackingmore-v4",
                    "parcelport.trackingmore.api-key", "cdi-test-key-0123456789",
                    "parcelport.trackingmore.base-url", emulator.v4BaseUrl()));
            try (WeldContainer container = new Weld().initialize()) {
                assertThat(container.select(RegisterShipmentsUseCase.class).get().register(NewShipment.of(key))
                        .isAccepted()).isTrue();
                assertThat(container.select(ParcelportUseCases.class).get().capabilities().backend())
                        .isEqualTo("TrackingMore v4");
            }
            forgetConfig();
            useConfig(Map.of("parcelport.backend", "aftership",
                    "parcelport.aftership.api-key", "cdi-test-key-0123456789",
                    "parcelport.aftership.base-url", emulator.afterShipBaseUrl(),
                    "parcelport.aftership.deadline", "20s"));
            try (WeldContainer container = new Weld().initialize()) {
                assertThat(container.select(FollowShipmentsUseCase.class).get().find(key))
                        .as("created through v4, read through AfterShip").isPresent();
                assertThat(container.select(ParcelportUseCases.class).get().capabilities().backend())
                        .isEqualTo("AfterShip 2025-07");
            }
        }
    }

    @Test
    void aBadValueNamesItsKeyAndValueButNeverTheApiKey() {
        Config config = config(Map.of("parcelport.backend", "trackingmore",
                "parcelport.trackingmore.api-key", "secret-key-0123456789",
                "parcelport.trackingmore.deadline", "soon"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ParcelportSettings.from(config, name -> null).trackingMoreConfig())
                .withMessageContaining("parcelport.trackingmore.deadline").withMessageContaining("'soon'")
                .withMessageNotContaining("secret-key-0123456789");
    }

    @Test
    void theEnvironmentVariablesAreTheFallbackForKeyAndBaseUrl() {
        Config config = config(Map.of("parcelport.backend", "trackingmore",
                "parcelport.trackingmore.read-timeout", "PT45S", "parcelport.trackingmore.max-attempts", "5"));
        Map<String, String> environment = Map.of("TRACKINGMORE_API_KEY", "env-key-0123456789",
                "TRACKINGMORE_BASE_URL", "http://127.0.0.1:9/v2");

        var tm = ParcelportSettings.from(config, environment::get).trackingMoreConfig();

        assertThat(tm.baseUri()).isEqualTo(URI.create("http://127.0.0.1:9/v2"));
        assertThat(tm.readTimeout()).hasSeconds(45);
        assertThat(tm.retryPolicy().maxAttempts()).isEqualTo(5);
        assertThat(tm.toString()).doesNotContain("env-key-0123456789");
        assertThatIllegalArgumentException().isThrownBy(() -> ParcelportSettings.from(config(Map.of(
                "parcelport.backend", "trackingmore")), name -> null).trackingMoreConfig())
                .withMessageContaining("TRACKINGMORE_API_KEY");
    }

    private void useConfig(Map<String, String> values) {
        registered = config(values);
        ConfigProviderResolver.instance().registerConfig(registered, ParcelportProducer.class.getClassLoader());
    }

    private static SmallRyeConfig config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }
}
