package io.parcelport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FlightLegTest {

    private static final AirportCode XMN = AirportCode.of("XMN");
    private static final AirportCode LUX = AirportCode.of("LUX");

    /** Cargolux CV7493 as TrackingMore reported it for air waybill 172-28891936. */
    private static FlightLeg cv7493() {
        return FlightLeg.builder()
                .flight(FlightNumber.parse("CV7493"))
                .departureStation(XMN)
                .arrivalStation(LUX)
                .plannedDeparture(LocalDateTime.parse("2018-04-12T08:20"))
                .actualDeparture(LocalDateTime.parse("2018-04-12T08:46"))
                .plannedArrival(LocalDateTime.parse("2018-04-12T16:27"))
                .actualArrival(LocalDateTime.parse("2018-04-11T15:56"))
                .build();
    }

    @Test
    void acceptsALegWhoseLocalArrivalReadsEarlierThanItsLocalDeparture() {
        FlightLeg leg = cv7493();

        assertThat(leg.actualArrival().orElseThrow()).isBefore(leg.actualDeparture().orElseThrow());
        assertThat(leg.hasDeparted()).isTrue();
        assertThat(leg.hasArrived()).isTrue();
    }

    @Test
    void measuresTheDepartureDelayAtTheDepartureStation() {
        assertThat(cv7493().departureDelay()).contains(Duration.ofMinutes(26));
    }

    @Test
    void measuresAnEarlyArrivalAsANegativeDelay() {
        assertThat(cv7493().arrivalDelay()).contains(Duration.ofHours(24).plusMinutes(31).negated());
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
                .from(cv7493())
                .actualArrival(LocalDateTime.parse("2018-04-12T16:27"))
                .build();

        assertThat(landedOnTime.arrivalDelay()).contains(Duration.ZERO);
        assertThat(landedOnTime.departureDelay()).isEqualTo(cv7493().departureDelay());
        assertThat(landedOnTime).isNotEqualTo(cv7493());
    }
}
