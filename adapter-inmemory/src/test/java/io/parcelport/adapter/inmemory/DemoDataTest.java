package io.parcelport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.domain.aircargo.CargoStatusCode;
import io.parcelport.domain.aircargo.FlightNumber;
import io.parcelport.domain.aircargo.Weight;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.StatusCountQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void demoDataCoversEveryStatusAndAtLeastFifteenCarriersWithEvents() {
        List<Shipment> demo = DemoData.generate(300, 7);

        assertThat(demo).hasSize(300);
        Set<DeliveryStatus> statuses = demo.stream().map(Shipment::deliveryStatus)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DeliveryStatus.class)));
        assertThat(statuses).isEqualTo(EnumSet.complementOf(EnumSet.of(DeliveryStatus.UNKNOWN)));
        assertThat(demo.stream().map(s -> s.key().carrier()).distinct().count()).isGreaterThanOrEqualTo(15);
        assertThat(demo).filteredOn(s -> s.deliveryStatus() != DeliveryStatus.PENDING)
                .allSatisfy(s -> assertThat(s.events()).isNotEmpty());
        assertThat(demo).allSatisfy(s -> {
            assertThat(s.orderId()).isPresent();
            assertThat(s.createdAt()).isBeforeOrEqualTo(DemoData.REFERENCE_TIME);
        });
    }

    @Test
    void theSameSeedGivesTheSameDemoDataAndAnotherSeedOtherData() {
        assertThat(DemoData.generate(50, 1)).isEqualTo(DemoData.generate(50, 1));
        assertThat(DemoData.generate(50, 1)).isNotEqualTo(DemoData.generate(50, 2));
    }

    @Test
    void aBackendBuiltWithDemoDataHoldsItFreeOfCharge() {
        InMemoryBackend backend = InMemoryBackend.builder().clock(ManualClock.at(Instant.parse(
                "2025-02-01T00:00:00Z"))).demoData(90, 3).build();

        assertThat(backend.size()).isEqualTo(90);
        assertThat(backend.account().statusCounts(StatusCountQuery.ALL).count(DeliveryStatus.EXPIRED)).isEqualTo(10);
        assertThat(backend.account().info().remainingQuota()).isEqualTo(InMemoryBackend.DEFAULT_QUOTA);
    }

    @Test
    void demoNumbersLookLikeTheirCarriers() {
        InMemoryBackend backend = InMemoryBackend.create();
        List<Shipment> demo = DemoData.generate(120, 5);

        assertThat(demo).filteredOn(s -> List.of("usps", "ups", "china-post", "royal-mail")
                .contains(s.key().carrier().value()))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(backend.carriers().detect(s.key().trackingNumber()))
                        .extracting(c -> c.code()).contains(s.key().carrier()));
    }

    @Test
    void theSeedAirWaybillHasTheFlightsAndEventsOfTrackingMoresExample() {
        AirWaybill seed = AirWaybill.parse("172-28891936");
        AirCargoTracking t = InMemoryBackend.create().airCargo().track(List.of(seed)).get(0).value().orElseThrow();

        assertThat(DemoData.airWaybills()).startsWith(seed).hasSizeGreaterThanOrEqualTo(4);
        assertThat(t.weight()).contains(Weight.parse("1981K"));
        assertThat(t.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(t.route()).extracting(Object::toString).containsExactly("XMN", "LUX", "MXP");
        assertThat(t.leg(FlightNumber.parse("CV7493")).orElseThrow().actualDeparture())
                .contains(LocalDateTime.parse("2018-04-12T08:46"));
        assertThat(t.leg(FlightNumber.parse("C80066")).orElseThrow().actualArrival())
                .contains(LocalDateTime.parse("2018-04-13T20:21"));
        assertThat(t.events()).extracting(e -> e.statusCode()).containsExactly(new CargoStatusCode("DLV"),
                new CargoStatusCode("RCS"), new CargoStatusCode("ARR"));
        assertThat(t.latestEvent().orElseThrow().actualTime()).contains(LocalDateTime.parse("2018-04-17T09:38"));
        assertThat(t.airline().orElseThrow().name()).isEqualTo("Cargolux Airlines");
    }

    @Test
    void everyKnownAirWaybillIsFoundAndDescribesItsRoute() {
        InMemoryBackend backend = InMemoryBackend.create();

        var outcomes = backend.airCargo().track(DemoData.airWaybills());

        assertThat(outcomes).allSatisfy(o -> assertThat(o.value()).isPresent());
        assertThat(outcomes).extracting(o -> o.value().orElseThrow().status()).contains(DeliveryStatus.IN_TRANSIT,
                DeliveryStatus.OUT_FOR_DELIVERY, DeliveryStatus.DELIVERED, DeliveryStatus.EXCEPTION);
    }
}
