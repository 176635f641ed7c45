package io.parcelport.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.adapter.inmemory.InMemoryBackend;
import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.application.CapturedWarnings;
import io.parcelport.application.Parcelport;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusChanged;
import io.parcelport.ports.NewShipment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory backend reports a move the state machine refuses (a delivered parcel deleted and registered again
 * behind the application's back reads as pending): nothing is published, the read shows the last accepted status,
 * and the refusal is counted and logged.
 */
class RefusedMoveTest {

    private final ManualClock clock = ManualClock.at(Instant.parse("2025-01-06T09:00:00Z"));
    private final InMemoryBackend backend = InMemoryBackend.builder().clock(clock).build();
    private final Parcelport parcelport = Parcelport.builder(backend).clock(clock).build();
    private final CapturedWarnings warnings = CapturedWarnings.of("io.parcelport.application.ShipmentEvents");

    @AfterEach
    void close() {
        warnings.close();
        parcelport.close();
        backend.close();
    }

    @Test
    void aPendingReportAfterDeliveredIsNoChangeAndIsCountedAndLogged() {
        ShipmentKey key = ShipmentKey.of("usps", "PPDELIVERED0001");
        List<StatusChanged> heard = new CopyOnWriteArrayList<>();
        parcelport.follow().subscribe((k, change) -> heard.add(change));
        parcelport.register().register(NewShipment.of(key));
        clock.advance(Duration.ofHours(3));
        assertThat(parcelport.follow().find(key).orElseThrow().deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);

        // Another client deletes and registers the number again: the backend now says PENDING.
        backend.shipments().delete(key);
        backend.shipments().create(NewShipment.of(key));

        assertThat(parcelport.follow().find(key).orElseThrow().deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(heard).extracting(StatusChanged::to).endsWith(DeliveryStatus.DELIVERED)
                .doesNotContain(DeliveryStatus.PENDING);
        assertThat(parcelport.events().refusedMoves()).isEqualTo(1);
        assertThat(warnings.records()).singleElement().satisfies(r -> assertThat(r.getMessage())
                .contains("PENDING", "DELIVERED").doesNotContain("PPDELIVERED0001"));
    }
}
