package io.parcelport.domain.aircargo;

import static io.parcelport.domain.aircargo.Waybill17228891936.FIRST_LEG;
import static io.parcelport.domain.aircargo.Waybill17228891936.LUX;
import static io.parcelport.domain.aircargo.Waybill17228891936.XMN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FlightLegTest {

    @Test
    void acceptsALegWhoseLocalArrivalReadsEarlierThanItsLocalDeparture() {
        FlightLeg leg = FIRST_LEG;

        assertThat(leg.actualArrival().orElseThrow()).isBefore(leg.actualDeparture().orElseThrow());
        assertThat(leg.hasDeparted()).isTrue();
        assertThat(leg.hasArrived()).isTrue();
    }

    @Test
    void measuresTheDepartureDelayAtTheDepartureStation() {
        assertThat(FIRST_LEG.departureDelay()).contains(Duration.ofMinutes(26));
    }

    @Test
    void measuresAnEarlyArrivalAsANegativeDelay() {
        assertThat(FIRST_LEG.arrivalDelay()).contains(Duration.ofHours(24).plusMinutes(31).negated());
    }

    @Test
    void hasNoDelayWhenPlannedOrActualTimeIsMissing() {
        FlightLeg scheduledOnly = FlightLeg.builder()
                .flight(FlightNumber.parse("CV7493"))
                .departureStation(XMN)
                .arrivalStation(LUX)
                .plannedDeparture(LocalDateTime.parse("2018-04-12T08:20"))
                .actualArrival(LocalDateTime.parse("2018-04-11T15:56"))
                .build();

        assertThat(scheduledOnly.departureDelay()).isEmpty();
        assertThat(scheduledOnly.arrivalDelay()).isEmpty();
        assertThat(scheduledOnly.hasDeparted()).isFalse();
        assertThat(scheduledOnly.hasArrived()).isTrue();
    }

    @Test
    void needsNoTimesAtAll() {
        FlightLeg leg = FlightLeg.builder()
                .flight(FlightNumber.parse("C80066"))
                .departureStation(LUX)
                .arrivalStation(AirportCode.of("MXP"))
                .build();

        assertThat(leg.plannedDeparture()).isEmpty();
        assertThat(leg.departureDelay()).isEmpty();
        assertThat(leg.hasDeparted()).isFalse();
    }

    @Test
    void refusesALegThatArrivesWhereItDeparted() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FlightLeg.builder()
                        .flight(FlightNumber.parse("CV7493"))
                        .departureStation(LUX)
                        .arrivalStation(LUX)
                        .build())
                .withMessageContaining("LUX")
                .withMessageContaining("CV7493");
    }

    @Test
    void refusesALegWithoutItsStations() {
        assertThatIllegalStateException()
                .isThrownBy(() -> FlightLeg.builder().flight(FlightNumber.parse("CV7493")).build())
                .withMessageContaining("departureStation")
                .withMessageContaining("arrivalStation");
    }

    @Test
    void copiesALegThroughItsBuilder() {
        FlightLeg landedOnTime = FlightLeg.builder()
                .from(FIRST_LEG)
                .actualArrival(LocalDateTime.parse("2018-04-12T16:27"))
                .build();

        assertThat(landedOnTime.arrivalDelay()).contains(Duration.ZERO);
        assertThat(landedOnTime.departureDelay()).isEqualTo(FIRST_LEG.departureDelay());
        assertThat(landedOnTime).isNotEqualTo(FIRST_LEG);
    }
}
