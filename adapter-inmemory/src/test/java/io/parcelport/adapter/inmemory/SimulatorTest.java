package io.parcelport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.carrier.CarrierKind;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Milestone;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.domain.shipment.StatusUpdate;
import io.parcelport.domain.shipment.SubStatus;
import io.parcelport.domain.shipment.TrackingEvent;
import io.parcelport.ports.NewShipment;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    // The simulator speaks TrackingMore-style sub-status codes, whose letters name the main status.
    private static final Map<DeliveryStatus, String> SUB_STATUS_PREFIXES = Map.of(
            DeliveryStatus.PENDING, "pending", DeliveryStatus.INFO_RECEIVED, "inforeceived",
            DeliveryStatus.NOT_FOUND, "notfound", DeliveryStatus.IN_TRANSIT, "transit",
            DeliveryStatus.OUT_FOR_DELIVERY, "pickup", DeliveryStatus.DELIVERED, "delivered",
            DeliveryStatus.FAILED_ATTEMPT, "undelivered", DeliveryStatus.EXCEPTION, "exception",
            DeliveryStatus.EXPIRED, "expired");

    private static ShipmentKey key(int i) {
        return ShipmentKey.of("china-post", String.format("RA%08d5CN", i));
    }

    @Test
    void everyPlanStartsPendingMovesForwardInTimeAndIsAcceptedByTheStatusMachine() {
        for (Scenario scenario : Scenario.values()) {
            for (CarrierKind kind : new CarrierKind[] {CarrierKind.POSTAL, CarrierKind.EXPRESS}) {
                for (int i = 0; i < 50; i++) {
                    Simulator.Plan plan = Simulator.plan(key(i), scenario, kind);
                    assertThat(plan.step(0).status()).isEqualTo(DeliveryStatus.PENDING);
                    ShipmentStatus status = ShipmentStatus.initial();
                    for (int s = 1; s < plan.size(); s++) {
                        assertThat(plan.step(s).offset()).as("%s %s step %d", scenario, kind, s)
                                .isGreaterThan(plan.step(s - 1).offset());
                        StatusUpdate update = status.observe(plan.step(s).status(),
                                SubStatus.ofNullable(plan.step(s).subStatus()), Instant.EPOCH);
                        assertThat(update.isRejected()).as("%s %s step %d: %s", scenario, kind, s, update).isFalse();
                        status = update.status();
                        if (plan.step(s).subStatus() != null) {
                            assertThat(plan.step(s).subStatus()).as("sub-status matches status")
                                    .startsWith(SUB_STATUS_PREFIXES.get(plan.step(s).status()));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theSameKeyAlwaysGivesTheSamePlan() {
        assertThat(Simulator.plan(key(3), Scenario.DELIVERED, CarrierKind.POSTAL))
                .isEqualTo(Simulator.plan(key(3), Scenario.DELIVERED, CarrierKind.POSTAL));
        assertThat(Simulator.seedOf(key(3))).isEqualTo(Simulator.seedOf(key(3))).isNotEqualTo(Simulator.seedOf(key(4)));
    }

    @Test
    void ordinaryNumbersSpreadOverTheRoutineScenarios() {
        Set<Scenario> seen = EnumSet.noneOf(Scenario.class);
        for (int i = 0; i < 2000; i++) {
            seen.add(Scenario.of(key(i)));
        }
        assertThat(seen).containsExactlyInAnyOrder(Scenario.DELIVERED, Scenario.FAILED_THEN_DELIVERED,
                Scenario.COLLECTED_AT_PICKUP, Scenario.RETURNED, Scenario.HELD_BY_CUSTOMS,
                Scenario.NOT_FOUND_THEN_EXPIRED, Scenario.STALLED_THEN_EXPIRED);
    }

    @Test
    void aDeliveredInternationalPostalParcelHasRealisticLegsEventsAndMilestones() {
        ManualClock clock = ManualClock.at(Instant.parse("2025-01-06T09:00:00Z"));
        InMemoryBackend backend = InMemoryBackend.builder().clock(clock).build();
        ShipmentKey key = null;
        for (int i = 0; key == null; i++) {
            ShipmentKey candidate = key(i);
            Simulator.Plan plan = Simulator.plan(candidate, Scenario.of(candidate), CarrierKind.POSTAL);
            if (Scenario.of(candidate) == Scenario.DELIVERED && plan.international()) {
                key = candidate;
            }
        }
        backend.shipments().create(NewShipment.builder(key).destinationCountry(CountryCode.of("GB")).build());
        clock.advance(Duration.ofDays(90));

        Shipment s = backend.shipments().find(key).orElseThrow();

        assertThat(s.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(s.originCountry()).contains(CountryCode.of("CN"));
        assertThat(s.destinationLeg().carrier()).contains(CarrierCode.of("royal-mail"));
        assertThat(s.originLeg().events()).isNotEmpty()
                .filteredOn(e -> e.checkpointStatus() != DeliveryStatus.INFO_RECEIVED)
                .allSatisfy(e -> assertThat(e.location()).as("every scan has a place").isPresent());
        assertThat(s.destinationLeg().latestEvent().map(TrackingEvent::checkpointStatus))
                .contains(DeliveryStatus.DELIVERED);
        assertThat(s.milestone(Milestone.RECEIVED)).isPresent();
        assertThat(s.milestone(Milestone.ARRIVED_ABROAD)).isPresent();
        assertThat(s.events()).isSortedAccordingTo((a, b) -> b.time().compareTo(a.time()));
        assertThat(s.transitDays()).isPresent();
        assertThat(s.backendId()).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
        // As TrackingMore's own carrier list gives it.
        assertThat(s.originLeg().website()).contains("http://yjcx.ems.com.cn/qps/yjcx");
    }

    @Test
    void aReadMidwayShowsOnlyTheEventsDueByThen() {
        ShipmentKey key = ShipmentKey.of("dhl", "1234567890");
        Simulator.Plan plan = Simulator.plan(key, Scenario.DELIVERED, CarrierKind.EXPRESS);
        Instant start = Instant.parse("2025-01-06T09:00:00Z");

        Simulator.View early = Simulator.view(key, plan, 2, start, CountryCode.of("DE"), CountryCode.of("US"),
                Optional.empty(), Optional.empty());
        Simulator.View late = Simulator.view(key, plan, plan.size() - 1, start, CountryCode.of("DE"),
                CountryCode.of("US"), Optional.empty(), Optional.empty());

        assertThat(early.originLeg().events()).hasSize(2);
        assertThat(late.originLeg().events().size()).isGreaterThan(2);
        assertThat(late.deliveredAt()).isPresent();
        assertThat(early.deliveredAt()).isEmpty();
    }
}
