package io.parcelport.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.adapter.inmemory.InMemoryBackend;
import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.application.Parcelport;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusChanged;
import io.parcelport.ports.NewShipment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Many threads read the same shipments while the in-memory backend moves them: every listener's sequence per key is
 * monotonic (it follows the order the carrier reported, never a change older than one already heard) and complete
 * (each change starts where the previous one ended, from the status at registration to the final one).
 */
class ConcurrentReadsTest {

    private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(20);
    private static final int STEPS = 90; // 30 hours: every magic plan below has ended by then
    private static final List<ShipmentKey> KEYS = IntStream.range(0, 24).mapToObj(i -> ShipmentKey.of("ups",
            List.of("PPDELIVERED", "PPFAILED", "PPEXCEPTION").get(i % 3) + String.format("%04d", i))).toList();

    @Test
    void everyListenerHearsEachShipmentsChangesInOrderAndWithoutGaps() throws Exception {
        Map<ShipmentKey, List<DeliveryStatus>> reference = referenceHistories();
        ManualClock clock = ManualClock.at(START);
        InMemoryBackend backend = InMemoryBackend.builder().clock(clock).build();
        Map<ShipmentKey, List<StatusChanged>> first = new ConcurrentHashMap<>();
        Map<ShipmentKey, List<StatusChanged>> second = new ConcurrentHashMap<>();
        ExecutorService readers = Executors.newFixedThreadPool(6);
        try (Parcelport parcelport = Parcelport.builder(backend).clock(clock).build()) {
            parcelport.follow().subscribe(recorder(first));
            parcelport.follow().subscribe(recorder(second));
            parcelport.register().registerAll(KEYS.stream().map(NewShipment::of).toList());

            AtomicBoolean moving = new AtomicBoolean(true);
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                running.add(readers.submit(() -> {
                    while (moving.get()) {
                        ShipmentKey key = KEYS.get(ThreadLocalRandom.current().nextInt(KEYS.size()));
                        parcelport.follow().find(key);
                    }
                }));
            }
            for (int step = 0; step < STEPS; step++) {
                clock.advance(STEP);
                TimeUnit.MILLISECONDS.sleep(2); // let the readers see each step now and then
            }
            moving.set(false);
            for (Future<?> reader : running) {
                reader.get(30, TimeUnit.SECONDS);
            }
            KEYS.forEach(parcelport.follow()::find);
        } finally {
            readers.shutdownNow();
            backend.close();
        }

        for (Map<ShipmentKey, List<StatusChanged>> heard : List.of(first, second)) {
            for (ShipmentKey key : KEYS) {
                List<DeliveryStatus> history = reference.get(key);
                List<StatusChanged> changes = heard.getOrDefault(key, List.of());
                List<DeliveryStatus> path = new ArrayList<>();
                path.add(history.get(0));
                for (StatusChanged change : changes) {
                    assertThat(change.from()).as("%s: each change starts where the last ended", key)
                            .isEqualTo(path.get(path.size() - 1));
                    path.add(change.to());
                }
                assertThat(path.get(path.size() - 1)).as("%s ends at its final status", key)
                        .isEqualTo(history.get(history.size() - 1));
                assertThat(isSubsequence(path, history)).as("%s heard %s, carrier reported %s", key, path, history)
                        .isTrue();
            }
        }
        assertThat(first).isEqualTo(second);
    }

    /** Each key's statuses, step by step, read by one thread on a backend of its own. */
    private static Map<ShipmentKey, List<DeliveryStatus>> referenceHistories() {
        ManualClock clock = ManualClock.at(START);
        Map<ShipmentKey, List<DeliveryStatus>> histories = new ConcurrentHashMap<>();
        try (InMemoryBackend backend = InMemoryBackend.builder().clock(clock).build();
                Parcelport parcelport = Parcelport.builder(backend).clock(clock).build()) {
            parcelport.register().registerAll(KEYS.stream().map(NewShipment::of).toList());
            for (int step = 0; step <= STEPS; step++) {
                for (ShipmentKey key : KEYS) {
                    DeliveryStatus now = parcelport.follow().find(key).orElseThrow().deliveryStatus();
                    List<DeliveryStatus> history = histories.computeIfAbsent(key, k -> new ArrayList<>());
                    if (history.isEmpty() || history.get(history.size() - 1) != now) {
                        history.add(now);
                    }
                }
                clock.advance(STEP);
            }
        }
        return histories;
    }

    private static io.parcelport.ports.in.ShipmentEventListener recorder(
            Map<ShipmentKey, List<StatusChanged>> heard) {
        return (key, change) -> heard.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(change);
    }

    private static boolean isSubsequence(List<DeliveryStatus> part, List<DeliveryStatus> whole) {
        int at = 0;
        for (DeliveryStatus status : part) {
            while (at < whole.size() && whole.get(at) != status) {
                at++;
            }
            if (at == whole.size()) {
                return false;
            }
            at++;
        }
        return true;
    }
}
