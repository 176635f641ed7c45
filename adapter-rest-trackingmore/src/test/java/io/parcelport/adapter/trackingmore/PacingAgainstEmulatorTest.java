package io.parcelport.adapter.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.pacing.PacingEvent;
import io.parcelport.ports.NewShipment;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The client's default pacing against the emulator enforcing v2's real-time rate (3 per sliding second, counted on
 * arrival) with jittery latency: no call is answered 429. Real time, not timed: it asserts counts, not durations.
 */
class PacingAgainstEmulatorTest {

    @Test
    void realTimeCallsAtTheDefaultPaceDrawNo429FromTheEmulatorsEnforcedRate() {
        List<PacingEvent> retries = new CopyOnWriteArrayList<>();
        try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).rateLimits(true)
                .latency(Duration.ofMillis(5), Duration.ofMillis(80)).retryAfter(Duration.ofSeconds(1)).build())) {
            TrackingMoreConfig config = TrackingMoreConfig.builder().apiKey(Fixtures.API_KEY)
                    .baseUri(emulator.baseUrl()).allowInsecureHttp()
                    .listener(e -> {
                        if (e.kind() == PacingEvent.Kind.RETRY || e.kind() == PacingEvent.Kind.GIVING_UP) {
                            retries.add(e);
                        }
                    })
                    .build();
            try (TrackingMoreBackend backend = TrackingMoreBackend.create(config)) {
                for (int i = 0; i < 45; i++) {
                    NewShipment s = NewShipment.of(ShipmentKey.of("usps", String.format("PPTRANSIT%05d", i)));
                    assertThat(backend.shipments().trackNow(s).isAccepted()).isTrue();
                }
            }
        }

        assertThat(retries).isEmpty();
    }
}
