package io.parcelport.application;

import static io.parcelport.application.Fixtures.T0;
import static io.parcelport.application.Fixtures.key;
import static io.parcelport.application.Fixtures.overridden;
import static io.parcelport.application.Fixtures.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ManualStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.StatusChanged;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShipmentEventsTest {

    private final ManualClock time = ManualClock.at(T0);
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

    @Test
    void refusesPendingAfterDeliveredPublishesNothingAndShowsTheLastAcceptedStatus() {
        List<LogRecord> warnings = captureWarnings();
        events.observe(shipment(key(1), DeliveryStatus.IN_TRANSIT));
        events.observe(shipment(key(1), DeliveryStatus.DELIVERED));

        Shipment shown = events.observe(shipment(key(1), DeliveryStatus.PENDING));

        assertThat(heard).extracting(StatusChanged::to).containsExactly(DeliveryStatus.DELIVERED);
        assertThat(shown.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(events.refusedMoves()).isEqualTo(1);
        assertThat(warnings).singleElement().satisfies(record -> assertThat(record.getMessage())
                .contains("PENDING", "DELIVERED", "ups").doesNotContain("1Z1"));
    }

    @Test
    void countsAndLogsABackendRepeatingTheSameRefusedStatusOnce() {
        List<LogRecord> warnings = captureWarnings();
        events.observe(shipment(key(1), DeliveryStatus.DELIVERED));

        events.observe(shipment(key(1), DeliveryStatus.PENDING));
        events.observe(shipment(key(1), DeliveryStatus.PENDING));
        events.observe(shipment(key(1), DeliveryStatus.PENDING));

        assertThat(events.refusedMoves()).isEqualTo(1);
        assertThat(warnings).hasSize(1);
        assertThat(heard).isEmpty();
    }

    @Test
    void ignoresAReadingOlderThanTheOneAlreadyAccepted() {
        events.observe(updated(shipment(key(1), DeliveryStatus.IN_TRANSIT), T0));
        events.observe(updated(shipment(key(1), DeliveryStatus.DELIVERED), T0.plusSeconds(60)));

        Shipment stale = updated(shipment(key(1), DeliveryStatus.OUT_FOR_DELIVERY), T0.plusSeconds(30));
        Shipment shown = events.observe(stale);

        assertThat(shown).isSameAs(stale);
        assertThat(heard).extracting(StatusChanged::to).containsExactly(DeliveryStatus.DELIVERED);
        assertThat(events.refusedMoves()).isZero();
    }

    @Test
    void eachChangeStartsWhereThePreviousOneEnded() {
        events.observe(shipment(key(1), DeliveryStatus.INFO_RECEIVED));
        events.observe(shipment(key(1), DeliveryStatus.IN_TRANSIT));
        events.observe(shipment(key(1), DeliveryStatus.INFO_RECEIVED)); // refused: back before carriage
        events.observe(overridden(key(1), DeliveryStatus.OUT_FOR_DELIVERY, ManualStatus.EXCEPTION));
        events.observe(shipment(key(1), DeliveryStatus.DELIVERED));

        assertThat(heard).extracting(StatusChanged::from).containsExactly(DeliveryStatus.INFO_RECEIVED,
                DeliveryStatus.IN_TRANSIT, DeliveryStatus.EXCEPTION);
        assertThat(heard).extracting(StatusChanged::to).containsExactly(DeliveryStatus.IN_TRANSIT,
                DeliveryStatus.EXCEPTION, DeliveryStatus.DELIVERED);
    }

    @Test
    void remembersNoMoreShipmentsThanItsCapacity() {
        ShipmentEvents small = new ShipmentEvents(time, 3);
        for (int i = 0; i < 50; i++) {
            small.observe(shipment(key(i), DeliveryStatus.IN_TRANSIT));
        }

        assertThat(small.remembered()).isEqualTo(3);
        assertThat(small.observe(shipment(key(49), DeliveryStatus.DELIVERED)).deliveryStatus())
                .isEqualTo(DeliveryStatus.DELIVERED);
    }

    private static Shipment updated(Shipment shipment, java.time.Instant at) {
        return shipment.toBuilder().updatedAt(at).build();
    }

    @AfterEach
    void removeCapture() {
        if (capture != null) {
            capture.close();
        }
    }

    private CapturedWarnings capture;

    private List<LogRecord> captureWarnings() {
        capture = CapturedWarnings.of(ShipmentEvents.class.getName());
        return capture.records();
    }
}
