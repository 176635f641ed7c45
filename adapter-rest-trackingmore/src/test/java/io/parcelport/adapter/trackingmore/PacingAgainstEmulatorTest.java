package io.parcelport.adapter.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.pacing.PacingEvent;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The client's own pacing against a server that counts calls as they arrive and refuses the fourth real-time call
 * (and the second list call) within any one second: several threads at once, answers taking 5 to 80 ms at random,
 * and not one answer of 429 over a few hundred calls. Nothing here is timed: the emulator does the counting.
 */
class PacingAgainstEmulatorTest {

    @Test
    void theDefaultPacingDrawsNo429FromTheEnforcedRatesUnderRandomLatency() throws Exception {
        ConcurrentLinkedQueue<PacingEvent> heard = new ConcurrentLinkedQueue<>();
        try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).rateLimits(true)
                .latency(Duration.ofMillis(5), Duration.ofMillis(80)).faultSeed(9)
                // Short, so that a failure of this test costs seconds, not two minutes per 429.
                .retryAfter(Duration.ofSeconds(1)).build());
                TrackingMoreBackend backend = TrackingMoreBackend.create(TrackingMoreConfig.builder()
                        .apiKey("pacing-key").baseUri(emulator.baseUri())
                        .rateLimits(RateLimits.DEFAULT).listener(heard::add).build())) {
            ExecutorService callers = Executors.newFixedThreadPool(5);
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int t = thread;
                calls.add(callers.submit(() -> {
                    boolean allAccepted = true;
                    for (int i = 0; i < 45; i++) {
                        String number = String.format("LS%09dCN", t * 1000 + i);
                        allAccepted &= backend.shipments()
                                .trackNow(NewShipment.of(ShipmentKey.of("china-ems", number))).isAccepted();
                    }
                    return allAccepted;
                }));
            }
            calls.add(callers.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10));
                }
                return true;
            }));
            for (Future<Boolean> call : calls) {
                assertThat(call.get()).isTrue();
            }
            callers.shutdown();
        }

        assertThat(heard).filteredOn(e -> e.cause().contains("429")).isEmpty();
        assertThat(heard).filteredOn(e -> e.kind() == PacingEvent.Kind.RATE_LIMIT_WAIT).isNotEmpty();
    }
}
