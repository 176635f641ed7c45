package io.parcelport.adapter.inmemory;

import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.domain.aircargo.Airline;
import io.parcelport.domain.aircargo.AirportCode;
import io.parcelport.domain.aircargo.CargoEvent;
import io.parcelport.domain.aircargo.CargoStatusCode;
import io.parcelport.domain.aircargo.FlightLeg;
import io.parcelport.domain.aircargo.FlightNumber;
import io.parcelport.domain.aircargo.Weight;
import io.parcelport.domain.shipment.DeliveryStatus;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The air waybills the backend knows: TrackingMore's documented example and a few more of other airlines. */
final class AirWaybills {

    /** The waybill of TrackingMore's aircargo documentation. */
    static final AirWaybill SEED = AirWaybill.parse("172-28891936");

    private static final Map<AirWaybill, AirCargoTracking> KNOWN = new LinkedHashMap<>();

    static {
        // TrackingMore's example, field for field: the events in the order the response gives them, the "10" pieces
        // of the DLV event included, and arrival times that read earlier than departures (carriers do that).
        add(AirCargoTracking.builder().waybill(SEED).origin(ap("XMN")).destination(ap("MXP")).pieces(9)
                .weight(Weight.parse("1981K"))
                .addEvents(event("DLV", "Delivery", "MXP", "C80066", 10, "2018-04-18T20:29", "2018-04-17T09:38"))
                .addEvents(event("RCS", "9 piece(s) accepted", "XMN", "CV7493", 9, "2018-04-12T01:20",
                        "2018-04-11T17:41"))
                .addEvents(event("ARR", "9 piece(s) arrived on CV7493", "LUX", "CV7493", 9, "2018-04-12T16:27",
                        "2018-04-11T15:56"))
                .addFlightLegs(leg("CV7493", "XMN", "LUX", "2018-04-12T08:20", "2018-04-12T08:46",
                        "2018-04-12T16:27", "2018-04-11T15:56"))
                .addFlightLegs(leg("C80066", "LUX", "MXP", "2018-04-16T20:15", "2018-04-14T19:31",
                        "2018-04-14T20:29", "2018-04-13T20:21"))
                .reportedAirline(Airline.byPrefix("172").orElseThrow())
                .reportedStatus(DeliveryStatus.DELIVERED)
                .build());
        // Lufthansa Cargo, Frankfurt to Chicago, in the air.
        add(AirCargoTracking.builder().waybill(awb("020", "1234567")).origin(ap("FRA")).destination(ap("ORD"))
                .pieces(4).weight(Weight.parse("312K"))
                .addEvents(event("RCS", "4 piece(s) accepted", "FRA", "LH8400", 4, "2024-05-06T10:00",
                        "2024-05-06T09:12"))
                .addEvents(event("DEP", "4 piece(s) departed on LH8400", "FRA", "LH8400", 4, "2024-05-06T16:05",
                        "2024-05-06T16:31"))
                .addEvents(planned("ARR", "ORD", "LH8400", "2024-05-06T18:40"))
                .addFlightLegs(leg("LH8400", "FRA", "ORD", "2024-05-06T16:05", "2024-05-06T16:31",
                        "2024-05-06T18:40", null))
                .build());
        // Emirates SkyCargo, Dubai to New York, waiting for the consignee.
        add(AirCargoTracking.builder().waybill(awb("176", "5551234")).origin(ap("DXB")).destination(ap("JFK"))
                .pieces(12).weight(Weight.parse("845.5K"))
                .addEvents(event("RCS", "12 piece(s) accepted", "DXB", "EK0201", 12, "2024-03-01T22:00",
                        "2024-03-01T20:47"))
                .addEvents(event("DEP", "12 piece(s) departed on EK0201", "DXB", "EK0201", 12, "2024-03-02T02:30",
                        "2024-03-02T02:44"))
                .addEvents(event("ARR", "12 piece(s) arrived on EK0201", "JFK", "EK0201", 12, "2024-03-02T08:35",
                        "2024-03-02T08:20"))
                .addEvents(event("RCF", "12 piece(s) received from flight EK0201", "JFK", "EK0201", 12,
                        "2024-03-02T12:00", "2024-03-02T11:05"))
                .addEvents(event("NFD", "Consignee notified", "JFK", null, 12, null, "2024-03-02T14:10"))
                .addFlightLegs(leg("EK0201", "DXB", "JFK", "2024-03-02T02:30", "2024-03-02T02:44",
                        "2024-03-02T08:35", "2024-03-02T08:20"))
                .build());
        // Cathay Pacific Cargo, Hong Kong to Los Angeles via Anchorage, delivered.
        add(AirCargoTracking.builder().waybill(awb("160", "8765432")).origin(ap("HKG")).destination(ap("LAX"))
                .pieces(2).weight(Weight.parse("96K"))
                .addEvents(event("RCS", "2 piece(s) accepted", "HKG", "CX0084", 2, null, "2024-01-10T09:30"))
                .addEvents(event("DEP", "2 piece(s) departed on CX0084", "HKG", "CX0084", 2, "2024-01-10T15:00",
                        "2024-01-10T15:20"))
                .addEvents(event("ARR", "2 piece(s) arrived on CX0084", "ANC", "CX0084", 2, "2024-01-10T07:30",
                        "2024-01-10T07:12"))
                .addEvents(event("DEP", "2 piece(s) departed on CX0096", "ANC", "CX0096", 2, "2024-01-10T10:00",
                        "2024-01-10T10:25"))
                .addEvents(event("ARR", "2 piece(s) arrived on CX0096", "LAX", "CX0096", 2, "2024-01-10T17:00",
                        "2024-01-10T17:08"))
                .addEvents(event("DLV", "Delivered to the consignee", "LAX", null, 2, null, "2024-01-11T10:40"))
                .addFlightLegs(leg("CX0084", "HKG", "ANC", "2024-01-10T15:00", "2024-01-10T15:20",
                        "2024-01-10T07:30", "2024-01-10T07:12"))
                .addFlightLegs(leg("CX0096", "ANC", "LAX", "2024-01-10T10:00", "2024-01-10T10:25",
                        "2024-01-10T17:00", "2024-01-10T17:08"))
                .build());
        // KLM Cargo, Amsterdam to Nairobi, offloaded: a discrepancy.
        add(AirCargoTracking.builder().waybill(awb("074", "2468135")).origin(ap("AMS")).destination(ap("NBO"))
                .pieces(6).weight(Weight.parse("410K"))
                .addEvents(event("RCS", "6 piece(s) accepted", "AMS", "KL0565", 6, "2024-02-20T12:00",
                        "2024-02-20T11:15"))
                .addEvents(event("DIS", "2 piece(s) offloaded: missing documents", "AMS", "KL0565", 2,
                        null, "2024-02-20T19:40"))
                .addFlightLegs(leg("KL0565", "AMS", "NBO", "2024-02-20T21:00", null, "2024-02-21T06:35", null))
                .build());
        addSdkExample();
    }

    /**
     * The waybill of the TrackingMore v4 SDKs' READMEs and tests ({@code 235-69030430}, whose flight {@code TK0721}
     * the Java README reads), so that those examples find an answer. Its route and times are made up: no real answer
     * for it was published.
     */
    private static void addSdkExample() {
        add(AirCargoTracking.builder().waybill(AirWaybill.parse("235-69030430")).origin(ap("IST"))
                .destination(ap("JFK")).pieces(3).weight(Weight.parse("120K"))
                .addEvents(event("RCS", "3 piece(s) accepted", "IST", "TK0721", 3, "2024-06-03T08:00",
                        "2024-06-03T07:40"))
                .addEvents(event("DEP", "3 piece(s) departed on TK0721", "IST", "TK0721", 3, "2024-06-03T13:10",
                        "2024-06-03T13:25"))
                .addEvents(event("ARR", "3 piece(s) arrived on TK0721", "JFK", "TK0721", 3, "2024-06-03T16:40",
                        "2024-06-03T16:52"))
                .addFlightLegs(leg("TK0721", "IST", "JFK", "2024-06-03T13:10", "2024-06-03T13:25",
                        "2024-06-03T16:40", "2024-06-03T16:52"))
                .build());
    }

    private AirWaybills() {
    }

    static Optional<AirCargoTracking> find(AirWaybill waybill) {
        return Optional.ofNullable(KNOWN.get(waybill));
    }

    static List<AirWaybill> known() {
        return List.copyOf(KNOWN.keySet());
    }

    /** A valid waybill of {@code prefix} whose serial starts with {@code firstSeven}: the check digit is computed. */
    static AirWaybill awb(String prefix, String firstSeven) {
        return new AirWaybill(prefix, firstSeven + Integer.parseInt(firstSeven) % 7);
    }

    private static void add(AirCargoTracking tracking) {
        KNOWN.put(tracking.waybill(), tracking);
    }

    private static AirportCode ap(String code) {
        return AirportCode.of(code);
    }

    private static CargoEvent event(String code, String description, String station, String flight, int pieces,
            String planned, String actual) {
        return CargoEvent.builder().statusCode(new CargoStatusCode(code)).description(description)
                .station(ap(station)).pieces(pieces).flight(Optional.ofNullable(flight).map(FlightNumber::parse))
                .plannedTime(time(planned)).actualTime(time(actual)).build();
    }

    private static CargoEvent planned(String code, String station, String flight, String planned) {
        return CargoEvent.builder().statusCode(new CargoStatusCode(code)).station(ap(station))
                .flight(FlightNumber.parse(flight)).plannedTime(LocalDateTime.parse(planned)).build();
    }

    private static FlightLeg leg(String flight, String from, String to, String plannedDeparture, String departure,
            String plannedArrival, String arrival) {
        return FlightLeg.builder().flight(FlightNumber.parse(flight)).departureStation(ap(from))
                .arrivalStation(ap(to)).plannedDeparture(time(plannedDeparture)).actualDeparture(time(departure))
                .plannedArrival(time(plannedArrival)).actualArrival(time(arrival)).build();
    }

    /** A local time written ISO-8601 style; absent for {@code null}. */
    private static Optional<LocalDateTime> time(String text) {
        return Optional.ofNullable(text).map(LocalDateTime::parse);
    }
}
