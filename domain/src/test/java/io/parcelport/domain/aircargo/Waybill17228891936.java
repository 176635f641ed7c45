package io.parcelport.domain.aircargo;

import java.time.LocalDateTime;

/**
 * The air waybill example of TrackingMore's {@code POST /trackings/aircargo} documentation, shared by the tests that
 * read it: 172-28891936, nine pieces of 1981 kg from Xiamen to Milan Malpensa through Luxembourg.
 */
final class Waybill17228891936 {

    static final AirportCode XMN = AirportCode.of("XMN");
    static final AirportCode LUX = AirportCode.of("LUX");
    static final AirportCode MXP = AirportCode.of("MXP");
    static final FlightNumber CV7493 = FlightNumber.parse("CV7493");
    static final FlightNumber C80066 = FlightNumber.parse("C80066");

    // In the order of the listing's track_info, which is not chronological.
    static final CargoEvent DELIVERED = event("DLV", "Delivery", MXP, C80066, 10,
            "2018-04-18T20:29", "2018-04-17T09:38");
    static final CargoEvent ACCEPTED = event("RCS", "9 piece(s) accepted", XMN, CV7493, 9,
            "2018-04-12T01:20", "2018-04-11T17:41");
    static final CargoEvent ARRIVED = event("ARR", "9 piece(s) arrived on CV7493", LUX, CV7493, 9,
            "2018-04-12T16:27", "2018-04-11T15:56");

    /** Cargolux CV7493 as TrackingMore reported it: it "lands" at LUX, local time, before it leaves XMN. */
    static final FlightLeg FIRST_LEG = leg(CV7493, XMN, LUX,
            "2018-04-12T08:20", "2018-04-12T08:46", "2018-04-12T16:27", "2018-04-11T15:56");
    static final FlightLeg SECOND_LEG = leg(C80066, LUX, MXP,
            "2018-04-16T20:15", "2018-04-14T19:31", "2018-04-14T20:29", "2018-04-13T20:21");

    private Waybill17228891936() {
    }

    private static CargoEvent event(String code, String description, AirportCode station, FlightNumber flight,
            int pieces, String plannedTime, String actualTime) {
        return CargoEvent.builder()
                .statusCode(CargoStatusCode.of(code))
                .description(description)
                .station(station)
                .flight(flight)
                .pieces(pieces)
                .plannedTime(LocalDateTime.parse(plannedTime))
                .actualTime(LocalDateTime.parse(actualTime))
                .build();
    }

    private static FlightLeg leg(FlightNumber flight, AirportCode from, AirportCode to, String plannedDeparture,
            String actualDeparture, String plannedArrival, String actualArrival) {
        return FlightLeg.builder()
                .flight(flight)
                .departureStation(from)
                .arrivalStation(to)
                .plannedDeparture(LocalDateTime.parse(plannedDeparture))
                .actualDeparture(LocalDateTime.parse(actualDeparture))
                .plannedArrival(LocalDateTime.parse(plannedArrival))
                .actualArrival(LocalDateTime.parse(actualArrival))
                .build();
    }
}
