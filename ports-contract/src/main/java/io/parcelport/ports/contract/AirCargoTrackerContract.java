package io.parcelport.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.domain.aircargo.AirportCode;
import io.parcelport.domain.aircargo.FlightLeg;
import io.parcelport.domain.aircargo.FlightNumber;
import io.parcelport.ports.Capability;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.out.AirCargoTracker;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of {@link AirCargoTracker}: one outcome per waybill in order, found or {@code NOT_FOUND}. */
public abstract class AirCargoTrackerContract extends ContractSupport {

    private AirCargoTracker airCargo() {
        return backend.airCargo();
    }

    @Test
    @Needs(Capability.AIR_CARGO)
    void theSeedAirWaybillIsFoundWithItsRouteAndFlights() {
        List<ItemOutcome<AirCargoTracking>> outcomes = airCargo().track(List.of(ContractFixtures.SEED_AIR_WAYBILL));

        assertThat(outcomes).hasSize(1);
        AirCargoTracking tracking = outcomes.get(0).value().orElseThrow(() -> new AssertionError(outcomes.get(0)));
        assertThat(tracking.waybill()).isEqualTo(ContractFixtures.SEED_AIR_WAYBILL);
        assertThat(tracking.origin()).isEqualTo(AirportCode.of("XMN"));
        assertThat(tracking.destination()).isEqualTo(AirportCode.of("MXP"));
        assertThat(tracking.pieces()).hasValue(9);
        assertThat(tracking.flightLegs()).extracting(FlightLeg::flight)
                .contains(FlightNumber.parse("CV7493"), FlightNumber.parse("C80066"));
        assertThat(tracking.events()).isNotEmpty();
    }

    @Test
    @Needs(Capability.AIR_CARGO)
    void anUnknownAirWaybillIsNotFound() {
        List<ItemOutcome<AirCargoTracking>> outcomes = airCargo().track(List.of(ContractFixtures.UNKNOWN_AIR_WAYBILL));

        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).isRejectedFor(RejectionReason.NOT_FOUND)).as("%s", outcomes.get(0)).isTrue();
    }

    @Test
    @Needs(Capability.AIR_CARGO)
    void outcomesFollowTheInputOrderIncludingRepeats() {
        List<AirWaybill> waybills = List.of(ContractFixtures.UNKNOWN_AIR_WAYBILL, ContractFixtures.SEED_AIR_WAYBILL,
                ContractFixtures.UNKNOWN_AIR_WAYBILL);

        List<ItemOutcome<AirCargoTracking>> outcomes = airCargo().track(waybills);

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(outcomes.get(1).value().map(AirCargoTracking::waybill)).contains(ContractFixtures.SEED_AIR_WAYBILL);
        assertThat(outcomes.get(2).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
    }

    @Test
    @Needs(Capability.AIR_CARGO)
    void moreWaybillsThanTheLimitAreRefusedAsAWhole() {
        boolean counts = backend.capabilities().offers(Capability.ACCOUNT_INFO);
        long before = counts ? backend.account().info().remainingQuota() : 0;
        List<AirWaybill> tooMany = Collections.nCopies(airCargo().maxWaybillsPerCall() + 1,
                ContractFixtures.SEED_AIR_WAYBILL);

        assertThatThrownBy(() -> airCargo().track(tooMany))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
        if (counts) {
            assertThat(backend.account().info().remainingQuota()).isEqualTo(before);
        }
    }
}
