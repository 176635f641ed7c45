package io.parcelport.domain.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.carrier.CarrierCode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShipmentTest {
    private static final Instant CREATED = Instant.parse("2024-03-01T08:00:00Z");

    private static TrackingEvent event(String time, String text, DeliveryStatus status) {
        return TrackingEvent.of(EventTime.of(LocalDateTime.parse(time)), text, "Somewhere", status);
    }

    @Test
    void aNewShipmentIsPendingActiveAndEmpty() {
        Shipment shipment = Shipment.builder().key(ShipmentKey.of("usps", "9400111899223197428490"))
                .createdAt(CREATED).build();
        assertThat(shipment.deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(shipment.isRefreshing()).isTrue();
        assertThat(shipment.isArchived()).isFalse();
        assertThat(shipment.events()).isEmpty();
        assertThat(shipment.latestEvent()).isEmpty();
        assertThat(shipment.carrierExtras().isEmpty()).isTrue();
    }

    @Test
    void mergesTheEventsOfBothLegsNewestFirst() {
        TrackingLeg origin = TrackingLeg.of(List.of(
                event("2024-03-01T10:00", "Accepted", DeliveryStatus.IN_TRANSIT),
                event("2024-03-03T10:00", "Departed", DeliveryStatus.IN_TRANSIT)));
        TrackingLeg destination = TrackingLeg.of(List.of(
                event("2024-03-06T09:00", "Delivered", DeliveryStatus.DELIVERED)));
        Shipment shipment = Shipment.builder().key(ShipmentKey.of("china-ems", "LK664578623CN")).createdAt(CREATED)
                .originLeg(origin).destinationLeg(destination).build();

        assertThat(shipment.events()).extracting(TrackingEvent::description)
                .containsExactly("Delivered", "Departed", "Accepted");
        assertThat(shipment.latestEvent()).map(TrackingEvent::description).contains("Delivered");
        assertThat(origin.events()).extracting(TrackingEvent::description).containsExactly("Departed", "Accepted");
    }

    @Test
    void prefersTheDestinationLegsMilestones() {
        EventTime early = EventTime.of(LocalDateTime.parse("2024-03-02T00:00"));
        EventTime late = EventTime.of(LocalDateTime.parse("2024-03-05T00:00"));
        TrackingLeg origin = new TrackingLeg(Optional.empty(), List.of(),
                Map.of(Milestone.RECEIVED, early, Milestone.CUSTOMS, early), Optional.empty(), Optional.empty(),
                Optional.empty());
        TrackingLeg destination = new TrackingLeg(Optional.of(CarrierCode.of("usps")), List.of(),
                Map.of(Milestone.CUSTOMS, late), Optional.empty(), Optional.empty(), Optional.empty());
        Shipment shipment = Shipment.builder().key(ShipmentKey.of("china-ems", "LK664578623CN")).createdAt(CREATED)
                .originLeg(origin).destinationLeg(destination).build();
        assertThat(shipment.milestone(Milestone.CUSTOMS)).contains(late);
        assertThat(shipment.milestone(Milestone.RECEIVED)).contains(early);
        assertThat(shipment.milestone(Milestone.ARRIVED_ABROAD)).isEmpty();
    }

    @Test
    void refusesAnEmailAddressWithoutAnAtSign() {
        assertThatThrownBy(() -> Shipment.builder().key(ShipmentKey.of("usps", "9400111899223197428490"))
                .createdAt(CREATED).addCustomerEmails("not-an-address").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not-an-address");
    }

    @Test
    void refusesNegativeTransitDays() {
        assertThatThrownBy(() -> Shipment.builder().key(ShipmentKey.of("usps", "9400111899223197428490"))
                .createdAt(CREATED).transitDays(-1).build())
                .hasMessageContaining("-1");
    }

    @Test
    void derivesChangedCopiesThroughItsBuilder() {
        Shipment shipment = Shipment.builder().key(ShipmentKey.of("usps", "9400111899223197428490"))
                .createdAt(CREATED).title("Shoes").build();
        Shipment archived = shipment.toBuilder().archived(true).build();
        assertThat(archived.isArchived()).isTrue();
        assertThat(archived.title()).contains("Shoes");
        assertThat(shipment.isArchived()).isFalse();
    }

    @Test
    void theEffectiveStatusFollowsAManualOverride() {
        Instant at = CREATED.plusSeconds(60);
        ShipmentStatus carrier = ShipmentStatus.of(DeliveryStatus.IN_TRANSIT, Optional.empty());
        ShipmentStatus overridden = carrier.override(ManualStatus.DELIVERED, at).status();
        Shipment shipment = Shipment.builder().key(ShipmentKey.of("usps", "9400111899223197428490"))
                .createdAt(CREATED).status(overridden).build();
        assertThat(shipment.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(shipment.status().carrierStatus()).isEqualTo(DeliveryStatus.IN_TRANSIT);
    }
}
