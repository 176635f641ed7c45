package io.parcelport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The indexes under concurrent registration, updates, carrier changes, deletions and simulated time: every page a
 * reader gets matches its filters in stable order, and once the writers stop, every list agrees with the shipments
 * read back one by one. No timing is asserted.
 */
class IndexConcurrencyTest {

    private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");

    @Test
    void indexesStayExactUnderConcurrentWritersReadersAndTime() throws Exception {
        ManualClock clock = ManualClock.at(T0);
        InMemoryBackend backend = InMemoryBackend.builder().clock(clock).quota(1_000_000).build();
        ShipmentStore store = (ShipmentStore) backend.shipments();
        Set<ShipmentKey> known = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(7);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int writer = w;
                writers.add(pool.submit(() -> write(store, known, writer)));
            }
            Future<?> time = pool.submit(() -> {
                while (writing.get()) {
                    clock.advance(Duration.ofMinutes(13));
                    Thread.yield();
                }
            });
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                long seed = r;
                readers.add(pool.submit(() -> read(store, writing, seed)));
            }
            for (Future<?> f : writers) {
                f.get();
            }
            writing.set(false);
            time.get();
            for (Future<?> f : readers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Shipment> all = known.stream().map(store::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Shipment::createdAt).thenComparing(Shipment::key)).toList();
        assertThat(store.size()).isEqualTo(all.size());
        for (ArchivedFilter archived : ArchivedFilter.values()) {
            for (DeliveryStatus status : DeliveryStatus.values()) {
                if (status == DeliveryStatus.UNKNOWN) {
                    continue;
                }
                ShipmentQuery query = ShipmentQuery.builder().status(status).archived(archived).build();
                List<ShipmentKey> expected = all.stream().filter(s -> s.deliveryStatus() == status)
                        .filter(s -> archived == ArchivedFilter.EITHER
                                || s.isArchived() == (archived == ArchivedFilter.ARCHIVED_ONLY))
                        .map(Shipment::key).toList();
                List<ShipmentKey> got = new ArrayList<>();
                for (PageRequest page = PageRequest.first(2_000); ; page = page.next()) {
                    Page<Shipment> p = store.query(query, page);
                    assertThat(p.total()).hasValue(expected.size());
                    p.items().forEach(s -> got.add(s.key()));
                    if (!p.hasNext()) {
                        break;
                    }
                }
                assertThat(got).as("%s %s", status, archived).containsExactlyElementsOf(expected);
                assertThat(store.statusCounts(StatusCountQuery.ALL).count(status))
                        .isEqualTo(all.stream().filter(s -> s.deliveryStatus() == status).count());
            }
        }
    }

    private static Void write(ShipmentStore store, Set<ShipmentKey> known, int writer) {
        Random random = new Random(writer);
        List<ShipmentKey> mine = new ArrayList<>();
        for (int round = 0; round < 300; round++) {
            switch (random.nextInt(6)) {
                case 0, 1 -> {
                    List<NewShipment> batch = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        String prefix = i % 3 == 0 ? MagicNumbers.DELIVERED : "PC";
                        batch.add(NewShipment.of(ShipmentKey.of("usps", prefix + writer + "x" + round + "x" + i)));
                    }
                    store.createAll(batch).forEach(o -> o.value().ifPresent(s -> {
                        known.add(s.key());
                        mine.add(s.key());
                    }));
                }
                case 2 -> pickFrom(random, mine).ifPresent(k -> store.update(k, random.nextBoolean()
                        ? ShipmentChanges.archived(random.nextBoolean())
                        : ShipmentChanges.status(StatusCommand.values()[random.nextInt(3)])));
                case 3 -> pickFrom(random, mine).ifPresent(k -> {
                    store.delete(k);
                    mine.remove(k);
                });
                case 4 -> pickFrom(random, mine).ifPresent(k -> store.changeCarrier(k, CarrierCode.of("ups"))
                        .value().ifPresent(s -> {
                            mine.remove(k);
                            mine.add(s.key());
                            known.add(s.key());
                        }));
                default -> pickFrom(random, mine).ifPresent(k -> store.stopRefreshing(List.of(k)));
            }
        }
        return null;
    }

    private static Void read(ShipmentStore store, AtomicBoolean writing, long seed) {
        Random random = new Random(seed);
        DeliveryStatus[] statuses = DeliveryStatus.values();
        int checks = 0;
        while (writing.get() || checks < 20) {
            DeliveryStatus status = statuses[random.nextInt(statuses.length - 1)];
            ArchivedFilter archived = ArchivedFilter.values()[random.nextInt(3)];
            TimeRange created = random.nextBoolean() ? TimeRange.ANY
                    : TimeRange.since(T0.plus(Duration.ofMinutes(random.nextInt(2_000))));
            ShipmentQuery query = ShipmentQuery.builder().status(status).archived(archived).created(created).build();
            Page<Shipment> page = store.query(query, new PageRequest(1 + random.nextInt(3), 50));
            assertThat(page.items()).allSatisfy(s -> {
                assertThat(s.deliveryStatus()).isEqualTo(status);
                assertThat(created.contains(s.createdAt())).isTrue();
                if (archived != ArchivedFilter.EITHER) {
                    assertThat(s.isArchived()).isEqualTo(archived == ArchivedFilter.ARCHIVED_ONLY);
                }
            });
            assertThat(page.items()).isSortedAccordingTo(
                    Comparator.comparing(Shipment::createdAt).thenComparing(Shipment::key));
            assertThat(page.total().orElseThrow()).isGreaterThanOrEqualTo(page.items().size());
            checks++;
        }
        return null;
    }

    private static Optional<ShipmentKey> pickFrom(Random random, List<ShipmentKey> keys) {
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(random.nextInt(keys.size())));
    }
}
