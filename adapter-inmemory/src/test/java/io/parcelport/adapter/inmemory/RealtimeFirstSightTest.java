package io.parcelport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.NewShipment;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Reference 5.9: a real-time request for a number never seen registers it and answers the carrier's results in the
 * same call; the carrier has had the parcel for a while by then.
 */
class RealtimeFirstSightTest {

    private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

    private final ManualClock clock = ManualClock.at(START);
    private final InMemoryBackend backend = InMemoryBackend.builder().clock(clock).build();

    private Shipment trackNow(InMemoryBackend b, ShipmentKey key) {
        return b.shipments().trackNow(NewShipment.of(key)).value().orElseThrow();
    }

    private static ShipmentKey key(int i) {
        return ShipmentKey.of(i % 2 == 0 ? "usps" : "zto", String.format("RT%010dXX", i));
    }

    @Test
    void aNumberNeverSeenAnswersTheCarriersEventsAtOnce() {
        IntStream.range(0, 40).forEach(i -> {
            Shipment first = trackNow(backend, key(i));

            assertThat(first.deliveryStatus()).as("%s", key(i)).isNotEqualTo(DeliveryStatus.PENDING);
            assertThat(first.events()).as("%s", key(i)).isNotEmpty();
            assertThat(first.latestEvent()).isPresent();
            assertThat(first.createdAt()).as("registered now, though the carrier knew it before").isEqualTo(START);
            assertThat(first.latestEvent().orElseThrow().time().toString()).isNotEmpty();
        });
    }

    @Test
    void theSameNumberAnswersTheSameHistoryOnEveryRun() {
        InMemoryBackend other = InMemoryBackend.builder().clock(ManualClock.at(START)).build();

        IntStream.range(0, 20).forEach(i -> assertThat(trackNow(other, key(i)).events())
                .isEqualTo(trackNow(backend, key(i)).events()));
    }

    @Test
    void repeatingTheCallAnswersTheSameShipmentMovedOnAsTimePasses() {
        ShipmentKey key = key(4);
        Shipment first = trackNow(backend, key);

        clock.advance(Duration.ofDays(90));
        Shipment later = trackNow(backend, key);

        assertThat(later.backendId()).isEqualTo(first.backendId());
        assertThat(later.createdAt()).isEqualTo(first.createdAt());
        assertThat(later.events().size()).isGreaterThan(first.events().size());
        assertThat(later.events()).containsAll(first.events());
        assertThat(backend.size()).isEqualTo(1);
    }

    @Test
    void aCreatedShipmentStillStartsPendingAndMagicNumbersKeepTheirTimelines() {
        ShipmentKey created = key(6);
        assertThat(backend.shipments().create(NewShipment.of(created)).value().orElseThrow().deliveryStatus())
                .isEqualTo(DeliveryStatus.PENDING);

        ShipmentKey magic = ShipmentKey.of("usps", MagicNumbers.number(MagicNumbers.DELIVERED, 9).value());
        assertThat(trackNow(backend, magic).deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
        clock.advance(Duration.ofHours(3));
        assertThat(trackNow(backend, magic).deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
    }
}
