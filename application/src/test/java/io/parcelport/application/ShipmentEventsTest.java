package io.parcelport.application;

import static io.parcelport.application.Fixtures.T0;
import static io.parcelport.application.Fixtures.key;
import static io.parcelport.application.Fixtures.overridden;
import static io.parcelport.application.Fixtures.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.DeliveryStatus;
import io.parcelport.domain.ManualStatus;
import io.parcelport.domain.StatusChanged;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentEventsTest {

    private final FakeTime time = new FakeTime(T0);
    private final ShipmentEvents events = new ShipmentEvents(time);
    private final List<StatusChanged> heard = new ArrayList<>();

    ShipmentEventsTest() {
        events.subscribe((key, event) -> heard.add(event));
    }

    @Test
    void emitsNothingOnTheFirstSightingOfAShipment() {
        events.observe(shipment(key(1), DeliveryStatus.IN_TRANSIT));

        assertThat(heard).isEmpty();
        assertThat(events.remembered()).isEqualTo(1);
    }

    @Test
    void emitsACarrierUpdateStampedWithTheClockWhenTheStatusMoves() {
        events.observe(shipment(key(1), DeliveryStatus.IN_TRANSIT));
        time.advance(Duration.ofHours(2));
        events.observe(shipment(key(1), DeliveryStatus.IN_TRANSIT));
        events.observe(shipment(key(1), DeliveryStatus.OUT_FOR_DELIVERY));

        assertThat(heard).containsExactly(new StatusChanged(DeliveryStatus.IN_TRANSIT,
                DeliveryStatus.OUT_FOR_DELIVERY, T0.plus(Duration.ofHours(2)), StatusChanged.Cause.CARRIER_UPDATE));
    }

    @Test
    void namesAManualOverrideAndItsRevertAsSuch() {
        events.observe(shipment(key(1), DeliveryStatus.IN_TRANSIT));
        events.observe(overridden(key(1), DeliveryStatus.IN_TRANSIT, ManualStatus.DELIVERED));
        events.observe(overridden(key(1), DeliveryStatus.IN_TRANSIT, ManualStatus.EXCEPTION));
        events.observe(shipment(key(1), DeliveryStatus.IN_TRANSIT));

        assertThat(heard).extracting(StatusChanged::cause).containsExactly(StatusChanged.Cause.MANUAL_OVERRIDE,
                StatusChanged.Cause.MANUAL_OVERRIDE, StatusChanged.Cause.OVERRIDE_REVERTED);
        assertThat(heard).extracting(StatusChanged::to).containsExactly(DeliveryStatus.DELIVERED,
                DeliveryStatus.EXCEPTION, DeliveryStatus.IN_TRANSIT);
    }

    @Test
    void emitsNothingWhenOnlyTheOverrideGoesAndTheStatusStaysTheSame() {
        events.observe(overridden(key(1), DeliveryStatus.DELIVERED, ManualStatus.DELIVERED));
        events.observe(shipment(key(1), DeliveryStatus.DELIVERED));

        assertThat(heard).isEmpty();
    }

    @Test
    void keepsTellingOtherListenersWhenOneThrows() {
        events.subscribe((key, event) -> {
            throw new IllegalStateException("listener bug");
        });
        List<StatusChanged> second = new ArrayList<>();
        events.subscribe((key, event) -> second.add(event));

        events.observe(shipment(key(1), DeliveryStatus.IN_TRANSIT));
        events.observe(shipment(key(1), DeliveryStatus.DELIVERED));

        assertThat(heard).hasSize(1);
        assertThat(second).hasSize(1);
    }

    @Test
    void treatsAForgottenShipmentAsNewAgain() {
        events.observe(shipment(key(1), DeliveryStatus.IN_TRANSIT));
        events.forget(key(1));
        events.observe(shipment(key(1), DeliveryStatus.DELIVERED));

        assertThat(heard).isEmpty();
        assertThat(events.remembered()).isEqualTo(1);
    }
}
