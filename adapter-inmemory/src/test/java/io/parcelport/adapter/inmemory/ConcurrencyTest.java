package io.parcelport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    private static final int BATCH = 40;

    @Test
    void readersNeverSeeHalfABatchWhileWritersCreateAndDeleteAndTimeMoves() throws Exception {
        ManualClock clock = ManualClock.at(Instant.parse("2025-01-06T09:00:00Z"));
        InMemoryBackend backend = InMemoryBackend.builder().clock(clock).quota(1_000_000).build();
        BlockingQueue<List<ShipmentKey>> created = new LinkedBlockingQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int b = 0; b < 40; b++) {
                    List<NewShipment> batch = new ArrayList<>();
                    for (int i = 0; i < BATCH; i++) {
                        // Magic and ordinary numbers mixed, so that statuses change while the clock moves.
                        String prefix = i % 2 == 0 ? "PPDELIVERED" : "PK";
                        batch.add(NewShipment.of(ShipmentKey.of("usps", prefix + writer + "x" + b + "x" + i)));
                    }
                    List<ItemOutcome<io.parcelport.domain.shipment.Shipment>> outcomes = backend.shipments().createAll(batch);
                    assertThat(outcomes).allSatisfy(o -> assertThat(o.isAccepted()).isTrue());
                    created.add(batch.stream().map(NewShipment::key).toList());
                }
            }));
        }
        Future<?> deleter = pool.submit(() -> {
            int deleted = 0;
            while (deleted < 60) {
                List<ShipmentKey> batch = created.poll(5, TimeUnit.SECONDS);
                if (batch == null) {
                    break;
                }
                assertThat(backend.shipments().deleteAll(batch)).allSatisfy(o -> assertThat(o.isAccepted()).isTrue());
                deleted++;
            }
            return null;
        });
        Future<?> time = pool.submit(() -> {
            while (writing.get()) {
                clock.advance(Duration.ofMinutes(7));
                Thread.yield();
            }
        });
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            readers.add(pool.submit(() -> {
                int checks = 0;
                while (writing.get() || checks < 50) {
                    long total = backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(1)).total().orElseThrow();
                    assertThat(total % BATCH).as("query total %d", total).isZero();
                    StatusCounts counts = backend.account().statusCounts(StatusCountQuery.ALL);
                    assertThat(counts.total() % BATCH).as("count total %d", counts.total()).isZero();
                    checks++;
                }
            }));
        }
        for (Future<?> w : writers) {
            w.get(60, TimeUnit.SECONDS);
        }
        deleter.get(60, TimeUnit.SECONDS);
        writing.set(false);
        time.get(10, TimeUnit.SECONDS);
        for (Future<?> r : readers) {
            r.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long expected = (4L * 40 - 60) * BATCH;
        StatusCounts counters = backend.account().statusCounts(StatusCountQuery.ALL);
        StatusCounts scanned = backend.account().statusCounts(
                new StatusCountQuery(TimeRange.since(Instant.EPOCH), TimeRange.ANY));
        assertThat(counters.total()).isEqualTo(expected);
        assertThat(counters).as("the counters agree with a full scan").isEqualTo(scanned);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            if (status != DeliveryStatus.UNKNOWN) {
                assertThat(backend.shipments().query(ShipmentQuery.builder().status(status).build(),
                        PageRequest.first(1)).total()).as("%s", status).hasValue(counters.count(status));
            }
        }
        assertThat(counters.count(DeliveryStatus.DELIVERED)).as("time moved the magic numbers along").isPositive();
    }
}
