package io.parcelport.domain.aircargo;

import static io.parcelport.domain.aircargo.Waybill17228891936.ACCEPTED;
import static io.parcelport.domain.aircargo.Waybill17228891936.ARRIVED;
import static io.parcelport.domain.aircargo.Waybill17228891936.C80066;
import static io.parcelport.domain.aircargo.Waybill17228891936.CV7493;
import static io.parcelport.domain.aircargo.Waybill17228891936.DELIVERED;
import static io.parcelport.domain.aircargo.Waybill17228891936.FIRST_LEG;
import static io.parcelport.domain.aircargo.Waybill17228891936.LUX;
import static io.parcelport.domain.aircargo.Waybill17228891936.MXP;
import static io.parcelport.domain.aircargo.Waybill17228891936.SECOND_LEG;
import static io.parcelport.domain.aircargo.Waybill17228891936.XMN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.parcelport.domain.shipment.DeliveryStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Built around the air waybill example of TrackingMore's {@code POST /trackings/aircargo} documentation:
 * 172-28891936, nine pieces of 1981 kg from Xiamen to Milan Malpensa through Luxembourg.
 */
class AirCargoTrackingTest {

    private static AirCargoTracking seed() {
        return AirCargoTracking.builder()
                .waybill(AirWaybill.parse("172-28891936"))
                .origin(XMN)
                .destination(MXP)
                .pieces(9)
                .weight(Weight.parse("1981K"))
                .addEvents(DELIVERED, ACCEPTED, ARRIVED)
                .addFlightLegs(FIRST_LEG, SECOND_LEG)
                .build();
    }

    private static AirCargoTracking.Builder direct() {
        AirCargoTracking.Builder builder = AirCargoTracking.builder();
        builder.waybill(AirWaybill.parse("176-12345675")).origin(XMN).destination(LUX);
        return builder;
    }

    private static CargoEvent planned(CargoStatusCode code, AirportCode station, String plannedTime) {
        return CargoEvent.builder().statusCode(code).station(station)
                .plannedTime(LocalDateTime.parse(plannedTime)).build();
    }

    private static CargoEvent event(String code, AirportCode station, String actualTime) {
        return CargoEvent.builder()
                .statusCode(CargoStatusCode.of(code))
                .station(station)
                .actualTime(LocalDateTime.parse(actualTime))
                .build();
    }

    @Test
    void keepsTheWaybillTotalsOfTheSeedExample() {
        AirCargoTracking tracking = seed();

        assertThat(tracking.waybill()).hasToString("172-28891936");
        assertThat(tracking.origin()).isEqualTo(XMN);
        assertThat(tracking.destination()).isEqualTo(MXP);
        assertThat(tracking.pieces()).hasValue(9);
        assertThat(tracking.weight()).contains(Weight.kilograms(new BigDecimal("1981")));
        assertThat(tracking.events()).containsExactly(DELIVERED, ACCEPTED, ARRIVED);
        assertThat(tracking.flightLegs()).containsExactly(FIRST_LEG, SECOND_LEG);
    }

    @Test
    void takesTheAirlineFromTheWaybillPrefix() {
        assertThat(seed().airline()).map(Airline::name).contains("Cargolux Airlines");
    }

    @Test
    void findsTheDeliveryAsTheLatestEventThoughItIsListedFirst() {
        assertThat(seed().latestEvent()).contains(DELIVERED);
    }

    @Test
    void derivesDeliveredFromTheLatestEvent() {
        assertThat(seed().status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void routesThroughLuxembourgFromTheFlightLegs() {
        AirCargoTracking tracking = seed();

        assertThat(tracking.route()).containsExactly(XMN, LUX, MXP);
        assertThat(tracking.transitStations()).containsExactly(LUX);
        assertThat(tracking.isMultiLeg()).isTrue();
    }

    @Test
    void findsALegByItsFlightAndMeasuresItsDelays() {
        FlightLeg second = seed().leg(C80066).orElseThrow();

        assertThat(second.departureStation()).isEqualTo(LUX);
        assertThat(second.departureDelay()).contains(Duration.ofHours(48).plusMinutes(44).negated());
        assertThat(second.arrivalDelay()).contains(Duration.ofHours(24).plusMinutes(8).negated());
        assertThat(seed().leg(FlightNumber.parse("CV7494"))).isEmpty();
    }

    @Test
    void keepsTheEventsFacts() {
        assertThat(ACCEPTED.impliedStatus()).contains(DeliveryStatus.IN_TRANSIT);
        assertThat(ACCEPTED.delay()).contains(Duration.ofHours(7).plusMinutes(39).negated());
        assertThat(DELIVERED.pieces()).hasValue(10);
        assertThat(DELIVERED.weight()).isEmpty();
        assertThat(ARRIVED.flight()).contains(CV7493);
    }

    @Test
    void updatesTheDerivedStatusOfACopyThatGainsAnEvent() {
        AirCargoTracking inTransit = AirCargoTracking.builder()
                .from(seed())
                .events(List.of(ACCEPTED, ARRIVED))
                .build();
        AirCargoTracking delivered = AirCargoTracking.builder().from(inTransit).addEvents(DELIVERED).build();

        assertThat(inTransit.status()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(inTransit.latestEvent()).contains(ACCEPTED);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Nested
    class Status {

        @Test
        void prefersTheStatusTheBackendReported() {
            AirCargoTracking tracking = AirCargoTracking.builder()
                    .from(seed())
                    .reportedStatus(DeliveryStatus.EXCEPTION)
                    .build();

            assertThat(tracking.status()).isEqualTo(DeliveryStatus.EXCEPTION);
        }

        @Test
        void isInfoReceivedBeforeAnyEvent() {
            assertThat(direct().build().status()).isEqualTo(DeliveryStatus.INFO_RECEIVED);
        }

        @Test
        void skipsALaterUnknownCodeForTheLatestKnownOne() {
            AirCargoTracking tracking = direct()
                    .addEvents(event("RCS", XMN, "2024-05-01T10:00"), event("ZZZ", XMN, "2024-05-01T12:00"))
                    .build();

            assertThat(tracking.latestEvent().map(CargoEvent::statusCode)).contains(CargoStatusCode.of("ZZZ"));
            assertThat(tracking.status()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        }

        @Test
        void isUnknownWhenNoEventCodeImpliesAStatus() {
            AirCargoTracking tracking = direct().addEvents(event("ZZZ", XMN, "2024-05-01T12:00")).build();

            assertThat(tracking.status()).isEqualTo(DeliveryStatus.UNKNOWN);
        }

        @Test
        void reportsADiscrepancyAsAnException() {
            AirCargoTracking tracking = direct()
                    .addEvents(event("DEP", XMN, "2024-05-01T10:00"), event("DIS", LUX, "2024-05-01T18:00"))
                    .build();

            assertThat(tracking.status()).isEqualTo(DeliveryStatus.EXCEPTION);
        }
    }

    @Nested
    class LatestEvent {

        @Test
        void isEmptyWithoutEvents() {
            assertThat(direct().build().latestEvent()).isEmpty();
        }

        @Test
        void neverIsAnEventThatIsOnlyPlanned() {
            CargoEvent plannedArrival = planned(CargoStatusCode.ARR, LUX, "2024-05-03T08:00");
            CargoEvent booked = event("BKD", XMN, "2024-05-01T10:00");
            AirCargoTracking tracking = direct().addEvents(booked, plannedArrival).build();

            assertThat(tracking.latestEvent()).contains(booked);
            assertThat(tracking.status()).isEqualTo(DeliveryStatus.INFO_RECEIVED);
        }

        @Test
        void isTheLatestPlannedEventWhenNoneHappenedYet() {
            CargoEvent plannedDeparture = planned(CargoStatusCode.DEP, XMN, "2024-05-02T08:00");
            CargoEvent booked = planned(CargoStatusCode.BKD, XMN, "2024-05-01T08:00");

            assertThat(direct().addEvents(plannedDeparture, booked).build().latestEvent()).contains(plannedDeparture);
        }

        @Test
        void isTheOneGivenLastOnEqualTimes() {
            CargoEvent departed = event("DEP", XMN, "2024-05-01T10:00");
            CargoEvent manifested = event("MAN", XMN, "2024-05-01T10:00");

            assertThat(direct().addEvents(departed, manifested).build().latestEvent()).contains(manifested);
            assertThat(direct().addEvents(manifested, departed).build().latestEvent()).contains(departed);
        }
    }

    @Nested
    class Route {

        @Test
        void isJustOriginAndDestinationForADirectFlight() {
            AirCargoTracking tracking = direct()
                    .addFlightLegs(FlightLeg.builder().flight(CV7493).departureStation(XMN).arrivalStation(LUX).build())
                    .build();

            assertThat(tracking.route()).containsExactly(XMN, LUX);
            assertThat(tracking.transitStations()).isEmpty();
            assertThat(tracking.isMultiLeg()).isFalse();
        }

        @Test
        void prefersTheRouteTheCarrierReported() {
            AirCargoTracking tracking = direct().addReportedRoute(XMN, MXP, LUX).build();

            assertThat(tracking.route()).containsExactly(XMN, MXP, LUX);
            assertThat(tracking.transitStations()).containsExactly(MXP);
            assertThat(tracking.isMultiLeg()).isTrue();
        }

        @Test
        void refusesAReportedRouteThatDoesNotRunFromOriginToDestination() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> direct().addReportedRoute(MXP, LUX).build())
                    .withMessageContaining("[MXP, LUX]")
                    .withMessageContaining("176-12345675");
        }

        @Test
        void refusesAReportedRouteThatStaysAtAStation() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> direct().addReportedRoute(XMN, XMN, LUX).build())
                    .withMessageContaining("[XMN, XMN, LUX]");
        }
    }

    @Nested
    class Invariants {

        @Test
        void refusesAWaybillThatEndsWhereItStarts() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> direct().destination(XMN).build())
                    .withMessageContaining("XMN");
        }

        @Test
        void refusesAWaybillWithoutPieces() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> direct().pieces(0).build())
                    .withMessageContaining("not 0");
        }

        @Test
        void prefersTheAirlineTheCarrierReported() {
            Airline cargoluxItalia = Airline.of("172", "Cargolux Italia", "C8");

            assertThat(AirCargoTracking.builder().from(seed()).reportedAirline(cargoluxItalia).build().airline())
                    .contains(cargoluxItalia);
        }

        @Test
        void hasNoAirlineForAnUnknownPrefixUnlessReported() {
            AirCargoTracking tracking = direct().waybill(AirWaybill.parse("000-00000000")).build();

            assertThat(tracking.airline()).isEqualTo(Optional.empty());
        }
    }

    @Nested
    class Events {

        @Test
        void describeThemselvesByTheirCodeWhenTheCarrierGivesNoDescription() {
            assertThat(event("DLV", MXP, "2024-05-01T10:00").description()).isEqualTo("Delivered to the consignee");
            assertThat(event("ZZZ", MXP, "2024-05-01T10:00").description()).isEqualTo("ZZZ");
        }

        @Test
        void refuseNegativePieces() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> CargoEvent.builder()
                            .statusCode(CargoStatusCode.RCS)
                            .station(XMN)
                            .pieces(-1)
                            .build())
                    .withMessageContaining("-1");
        }

        @Test
        void haveNoDelayUntilTheyHappen() {
            CargoEvent planned = planned(CargoStatusCode.DEP, XMN, "2024-05-02T08:00");

            assertThat(planned.hasHappened()).isFalse();
            assertThat(planned.time()).contains(LocalDateTime.parse("2024-05-02T08:00"));
            assertThat(planned.delay()).isEmpty();
        }
    }
}
