package io.parcelport.adapter.inmemory.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.adapter.inmemory.InMemoryBackend;
import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCountQuery;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Registers 1,000,000 shipments (no events yet) in a JVM capped at 1 GiB and reports the heap in use after GC.
 *
 * <p>Not part of the default build; run it with {@code ./mvnw -B -o -pl adapter-inmemory verify -Pmemory-check}.
 */
class MillionShipmentsMemoryCheck {

    private static final int COUNT = 1_000_000;

    @Test
    void aMillionRegisteredShipmentsFitInOneGibibyteOfHeap() {
        long max = Runtime.getRuntime().maxMemory();
        assertThat(max).as("run with -Xmx1g").isLessThanOrEqualTo(1L << 30);
        ManualClock clock = ManualClock.at(Instant.parse("2025-01-06T09:00:00Z"));
        InMemoryBackend backend = InMemoryBackend.builder().clock(clock).quota(COUNT).build();
        List<CarrierCode> carriers = List.of("usps", "ups", "fedex", "dhl", "china-post").stream()
                .map(CarrierCode::of).toList();
        long before = usedAfterGc();
        long start = System.nanoTime();
        List<NewShipment> batch = new ArrayList<>(40);
        for (int i = 0; i < COUNT; i++) {
            batch.add(NewShipment.of(new ShipmentKey(carriers.get(i % carriers.size()),
                    TrackingNumber.of(String.format("PM%012d", i)))));
            if (batch.size() == 40) {
                for (ItemOutcome<?> o : backend.shipments().createAll(batch)) {
                    if (!o.isAccepted()) {
                        throw new AssertionError(o.toString());
                    }
                }
                batch.clear();
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        long used = usedAfterGc();

        assertThat(backend.size()).isEqualTo(COUNT);
        assertThat(backend.account().statusCounts(StatusCountQuery.ALL).count(DeliveryStatus.PENDING))
                .isEqualTo(COUNT);
        assertThat(backend.shipments().query(ShipmentQuery.ALL, new PageRequest(500, 2000)).items()).hasSize(2000);
        System.out.printf("%n1,000,000 shipments registered in %d s; heap used after GC: %d MiB (%d MiB before, "
                + "%.0f bytes per shipment); max heap %d MiB%n%n", seconds, used >> 20, before >> 20,
                (double) (used - before) / COUNT, max >> 20);
        assertThat(used).isLessThan(1L << 30);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}
