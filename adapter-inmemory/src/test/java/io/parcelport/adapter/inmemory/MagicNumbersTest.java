package io.parcelport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.SubStatus;
import io.parcelport.domain.shipment.TrackingEvent;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCountQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MagicNumbersTest {

    private final ManualClock clock = ManualClock.at(Instant.parse("2025-01-06T09:00:00Z"));
    private final InMemoryBackend backend = InMemoryBackend.builder().clock(clock).build();

    private ShipmentKey register(String carrier, String number) {
        ShipmentKey key = ShipmentKey.of(carrier, number);
        assertThat(backend.shipments().create(NewShipment.of(key)).isAccepted()).isTrue();
        return key;
    }

    private Shipment at(ShipmentKey key, Duration sinceStart) {
        clock.set(Instant.parse("2025-01-06T09:00:00Z").plus(sinceStart));
        return backend.shipments().find(key).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"usps", "dhl", "cainiao", "royal-mail"})
    void deliveredNumberIsDeliveredAfterThreeEventsWithAnyCarrier(String carrier) {
        ShipmentKey key = register(carrier, MagicNumbers.number(MagicNumbers.DELIVERED, 1).value());

        assertThat(at(key, Duration.ZERO).deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(at(key, Duration.ofMinutes(61)).deliveryStatus()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(at(key, Duration.ofMinutes(121)).deliveryStatus()).isEqualTo(DeliveryStatus.OUT_FOR_DELIVERY);
        Shipment delivered = at(key, Duration.ofHours(3));
        assertThat(delivered.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.events()).hasSize(3)
                .extracting(TrackingEvent::checkpointStatus)
                .containsExactly(DeliveryStatus.DELIVERED, DeliveryStatus.OUT_FOR_DELIVERY, DeliveryStatus.IN_TRANSIT);
        assertThat(at(key, Duration.ofDays(400)).events()).hasSize(3);
    }

    @Test
    void magicPrefixesAreCaseInsensitiveAndTakeAnySuffix() {
        ShipmentKey key = register("ups", "ppdelivered-anything_42");

        assertThat(at(key, Duration.ofHours(3)).deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void exceptionNumberEndsReturnedToSender() {
        ShipmentKey key = register("fedex", "PPEXCEPTION0001");

        assertThat(at(key, Duration.ofMinutes(150)).subStatus()).contains(new SubStatus("exception011"));
        Shipment returned = at(key, Duration.ofDays(90));
        assertThat(returned.deliveryStatus()).isEqualTo(DeliveryStatus.EXCEPTION);
        assertThat(returned.subStatus()).contains(new SubStatus("exception010"));
        assertThat(returned.latestEvent().orElseThrow().description()).isEqualTo("Returned to sender");
    }

    @Test
    void notFoundNumberIsNeverFoundAndNeverExpires() {
        ShipmentKey key = register("china-post", "PPNOTFOUND0001");

        assertThat(at(key, Duration.ofHours(1)).deliveryStatus()).isEqualTo(DeliveryStatus.NOT_FOUND);
        assertThat(at(key, Duration.ofDays(1000)).deliveryStatus()).isEqualTo(DeliveryStatus.NOT_FOUND);
    }

    @Test
    void expiringNumberExpiresAfterSixtyDaysAtAPostalCarrierAndThirtyAtAnExpressOne() {
        ShipmentKey postal = register("usps", "PPEXPIRES0001");
        ShipmentKey express = register("dhl", "PPEXPIRES0001");

        assertThat(at(postal, Duration.ofDays(29)).deliveryStatus()).isEqualTo(DeliveryStatus.NOT_FOUND);
        assertThat(at(express, Duration.ofDays(30)).deliveryStatus()).isEqualTo(DeliveryStatus.EXPIRED);
        assertThat(at(postal, Duration.ofDays(59)).deliveryStatus()).isEqualTo(DeliveryStatus.NOT_FOUND);
        assertThat(at(postal, Duration.ofDays(60)).deliveryStatus()).isEqualTo(DeliveryStatus.EXPIRED);
        assertThat(at(postal, Duration.ofDays(60)).isTerminal()).isTrue();
    }

    @Test
    void failedAttemptNumberFailsOnceThenIsDeliveredTheNextDay() {
        ShipmentKey key = register("la-poste", "PPFAILED0001");

        assertThat(at(key, Duration.ofHours(3)).deliveryStatus()).isEqualTo(DeliveryStatus.FAILED_ATTEMPT);
        assertThat(at(key, Duration.ofHours(26)).deliveryStatus()).isEqualTo(DeliveryStatus.OUT_FOR_DELIVERY);
        assertThat(at(key, Duration.ofHours(27)).deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(at(key, Duration.ofHours(27)).events()).hasSize(5);
    }

    @Test
    void pickupNumberWaitsAtThePickupPointForever() {
        ShipmentKey key = register("postnl-3s", "PPPICKUP0001");

        Shipment waiting = at(key, Duration.ofDays(365));
        assertThat(waiting.deliveryStatus()).isEqualTo(DeliveryStatus.OUT_FOR_DELIVERY);
        assertThat(waiting.subStatus()).contains(new SubStatus("pickup002"));
    }

    @Test
    void inTransitNumberStaysInTransit() {
        ShipmentKey key = register("gls", "PPTRANSIT0001");

        assertThat(at(key, Duration.ofDays(365)).deliveryStatus()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(at(key, Duration.ofDays(365)).events()).hasSize(2);
    }

    @Test
    void aShipmentWhoseRefreshingStoppedStopsMoving() {
        ShipmentKey key = register("usps", "PPDELIVERED0002");
        assertThat(at(key, Duration.ofMinutes(90)).deliveryStatus()).isEqualTo(DeliveryStatus.IN_TRANSIT);

        backend.shipments().stopRefreshing(List.of(key));

        assertThat(at(key, Duration.ofDays(10)).deliveryStatus()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(at(key, Duration.ofDays(10)).events()).hasSize(1);
    }

    @Test
    void trackNowShowsTheStateAsOfTheClock() {
        ShipmentKey key = register("usps", "PPDELIVERED0003");
        clock.advance(Duration.ofMinutes(125));

        Shipment now = backend.shipments().trackNow(NewShipment.of(key)).value().orElseThrow();

        assertThat(now.deliveryStatus()).isEqualTo(DeliveryStatus.OUT_FOR_DELIVERY);
    }

    @Test
    void countsAndQueriesFollowTheSimulationAsTimePasses() {
        ShipmentKey key = register("usps", "PPDELIVERED0004");
        assertThat(backend.account().statusCounts(StatusCountQuery.ALL).count(DeliveryStatus.PENDING)).isEqualTo(1);

        clock.advance(Duration.ofHours(3));

        assertThat(backend.account().statusCounts(StatusCountQuery.ALL).count(DeliveryStatus.DELIVERED)).isEqualTo(1);
        assertThat(backend.account().statusCounts(StatusCountQuery.ALL).count(DeliveryStatus.PENDING)).isZero();
        assertThat(backend.shipments().query(ShipmentQuery.builder().status(DeliveryStatus.DELIVERED).build(),
                PageRequest.first(10)).items()).extracting(Shipment::key).containsExactly(key);
        assertThat(backend.shipments().find(key).orElseThrow().updatedAt())
                .as("stamped with the time of the delivery scan, not of the read")
                .contains(Instant.parse("2025-01-06T12:00:00Z"));
    }

    @Test
    void changingTheCarrierRestartsTheHistory() {
        ShipmentKey key = register("usps", "PPDELIVERED0005");
        clock.advance(Duration.ofHours(5));

        Shipment moved = backend.shipments().changeCarrier(key, CarrierCode.of("ups")).value().orElseThrow();

        assertThat(moved.deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(moved.events()).isEmpty();
        clock.advance(Duration.ofHours(3));
        assertThat(backend.shipments().find(moved.key()).orElseThrow().deliveryStatus())
                .isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void numberRefusesPrefixesThatAreNotMagic() {
        assertThat(MagicNumbers.number(MagicNumbers.PICKUP, 7)).isEqualTo(TrackingNumber.of("PPPICKUP0007"));
        assertThatThrownBy(() -> MagicNumbers.number("PPNOTHING", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
