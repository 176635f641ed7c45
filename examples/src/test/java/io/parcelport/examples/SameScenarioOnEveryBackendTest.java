package io.parcelport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.adapter.aftership.AfterShipBackend;
import io.parcelport.adapter.aftership.AfterShipConfig;
import io.parcelport.adapter.inmemory.InMemoryBackend;
import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.adapter.trackingmore.TrackingMoreBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreConfig;
import io.parcelport.adapter.trackingmorev4.TrackingMoreV4Backend;
import io.parcelport.adapter.trackingmorev4.TrackingMoreV4Config;
import io.parcelport.application.Parcelport;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.out.TrackingBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One scenario of {@link ShipmentDesk}, unchanged, on every backend: the in-memory one, and TrackingMore v2, v4 and
 * AfterShip through their REST adapters over the emulator (which runs the same simulation, on a clock the test moves). Where the
 * backends offer the operations, the desk sees the same domain results on each.
 */
class SameScenarioOnEveryBackendTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final ShipmentKey DELIVERED = ShipmentKey.of("usps", "PPDELIVERED0001");
    private static final ShipmentKey RETURNED = ShipmentKey.of("ups", "PPEXCEPTION0002");
    private static final ShipmentKey MOVING = ShipmentKey.of("fedex", "PPTRANSIT0003");

    /** What the desk saw, step by step. */
    record Report(List<ShipmentKey> takenIn, SortedMap<ShipmentKey, ShipmentDesk.Line> afterFourHours,
            boolean retitled, boolean cancelled, SortedMap<ShipmentKey, ShipmentDesk.Line> atTheEnd,
            SortedSet<ShipmentKey> listed) {
    }

    private static Report scenario(ShipmentDesk desk, ManualClock clock) {
        List<ShipmentKey> takenIn = desk.takeIn(List.of(
                NewShipment.builder(DELIVERED).pinCarrier(true).title("Teapot").orderId("ORD-1").build(),
                NewShipment.builder(RETURNED).pinCarrier(true).title("Kettle").orderId("ORD-2").build(),
                NewShipment.builder(MOVING).pinCarrier(true).title("Cups").build()));
        clock.advance(Duration.ofHours(4));
        SortedMap<ShipmentKey, ShipmentDesk.Line> afterFourHours = desk.board(takenIn);
        boolean retitled = desk.retitle(MOVING, "Six cups");
        boolean cancelled = desk.cancel(RETURNED);
        return new Report(takenIn, afterFourHours, retitled, cancelled, desk.board(takenIn), desk.listed());
    }

    private static Report inMemory() {
        ManualClock clock = ManualClock.at(START);
        try (TrackingBackend backend = InMemoryBackend.builder().clock(clock).build();
                Parcelport parcelport = Parcelport.over(backend)) {
            return scenario(new ShipmentDesk(parcelport), clock);
        }
    }

    private static Report overEmulator(Function<Emulator, TrackingBackend> client) {
        ManualClock clock = ManualClock.at(START);
        try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).clock(clock).build());
                TrackingBackend backend = client.apply(emulator);
                Parcelport parcelport = Parcelport.over(backend)) {
            return scenario(new ShipmentDesk(parcelport), clock);
        }
    }

    @Test
    void theDeskSeesTheSameOnEveryBackend() {
        Report reference = inMemory();

        Report v2 = overEmulator(e -> TrackingMoreBackend.create(TrackingMoreConfig.builder()
                .apiKey("scenario-key-0123456789").baseUri(e.baseUri()).build()));
        Report v4 = overEmulator(e -> TrackingMoreV4Backend.create(TrackingMoreV4Config.builder()
                .apiKey("scenario-key-0123456789").baseUri(e.v4BaseUri()).build()));
        Report afterShip = overEmulator(e -> AfterShipBackend.create(AfterShipConfig.builder()
                .apiKey("scenario-key-0123456789").baseUri(e.afterShipBaseUri()).build()));

        assertThat(reference.takenIn()).containsExactly(DELIVERED, RETURNED, MOVING);
        assertThat(reference.afterFourHours().get(DELIVERED).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(reference.afterFourHours().get(RETURNED).status()).isEqualTo(DeliveryStatus.EXCEPTION);
        assertThat(reference.afterFourHours().get(MOVING).status()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(reference.retitled()).isTrue();
        assertThat(reference.cancelled()).isTrue();
        assertThat(reference.atTheEnd()).doesNotContainKey(RETURNED);
        assertThat(reference.atTheEnd().get(MOVING).title()).contains("Six cups");
        assertThat(reference.listed()).containsExactly(MOVING, DELIVERED);
        assertThat(v2).as("TrackingMore v2 over the emulator").isEqualTo(reference);
        assertThat(v4).as("TrackingMore v4 over the emulator").isEqualTo(reference);
        assertThat(afterShip).as("AfterShip over the emulator").isEqualTo(reference);
    }
}
