package io.parcelport.wire.trackingmore;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.account.AccountInfo;
import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.CargoEvent;
import io.parcelport.domain.aircargo.FlightLeg;
import io.parcelport.domain.aircargo.Weight;
import io.parcelport.domain.aircargo.WeightUnit;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.StatusCounts;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes the answers other than the tracking object as TrackingMore v2 JSON (reference §5.11 to §5.18): carriers,
 * account info, counts per status, remote areas, transit times and air cargo. The server side of the format, used by
 * the emulator; {@link WireWriter} writes the envelope and the tracking object.
 */
public final class AnswerWriter {

    private AnswerWriter() {
    }

    /** A carrier of the list (5.17). */
    public static JsonObject carrier(Carrier c) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("name", c.name()).add("code", c.code().value());
        WireWriter.optional(b, "phone", c.phone());
        WireWriter.optional(b, "homepage", c.homepage());
        return b.add("type", CarrierKinds.write(c.kind())).add("picture", "//cdn.trackingmore.com/images/icons/express/" + c.code().value() + ".png").build();
    }

    /** A detected carrier (5.18): name and code only, as the doc shows. */
    public static JsonObject detectedCarrier(Carrier c) {
        return JSON.createObjectBuilder().add("name", c.name()).add("code", c.code().value()).build();
    }

    /** Account info (5.11): {@code regtime} a string of Unix seconds, {@code track_number} the remaining quota. */
    public static JsonObject userInfo(AccountInfo info) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        WireWriter.optional(b, "email", info.email());
        WireWriter.optional(b, "regtime", info.registeredAt().map(t -> Long.toString(t.getEpochSecond())));
        b.addNull("phone");
        b.add("money", info.balance().orElse(BigDecimal.ZERO));
        return b.add("track_number", info.remainingQuota()).build();
    }

    /** Trackings per status word (5.12), every v2 status present. */
    public static JsonObject statusCounts(StatusCounts counts) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        for (DeliveryStatus s : DeliveryStatus.values()) {
            if (s != DeliveryStatus.UNKNOWN) {
                b.add(Statuses.word(s), counts.count(s));
            }
        }
        return b.build();
    }

    /**
     * The remote-area answer (5.14): one {@code remote[]} entry per carrier a place is remote for, and the places
     * remote for none in {@code other}.
     */
    public static JsonObject remote(List<RemoteAreaResult> results) {
        JsonArrayBuilder remote = JSON.createArrayBuilder();
        JsonArrayBuilder other = JSON.createArrayBuilder();
        for (RemoteAreaResult r : results) {
            if (r.remoteFor().isEmpty()) {
                other.add(JSON.createObjectBuilder().add("two_code", r.check().country().value())
                        .add("far_country", r.check().country().englishName())
                        .add("far_city_postcode", r.check().postcodeOrCity()));
            }
            for (io.parcelport.domain.carrier.CarrierCode carrier : r.remoteFor()) {
                remote.add(JSON.createObjectBuilder().add("far_express_company", carrier.value())
                        .add("two_code", r.check().country().value())
                        .add("far_country", r.check().country().englishName())
                        .add("far_city_postcode", r.check().postcodeOrCity()));
            }
        }
        return JSON.createObjectBuilder().add("submitted", results.size()).add("other", other)
                .add("remote", remote).build();
    }

    /** One route of the transit-time answer (5.15); shares as percentages with two decimals. */
    public static JsonObject costTime(TransitTimeStats s) {
        return JSON.createObjectBuilder()
                .add("carrier_code", s.query().carrier().value())
                .add("original", s.query().from().value())
                .add("destination", s.query().to().value())
                .add("total", s.sampleSize())
                .add("delivered", s.deliveredCount())
                .add("range1", percent(s.withinWeek()))
                .add("range3", percent(s.within8To15Days()))
                .add("range4", percent(s.within16To30Days()))
                .add("range5", percent(s.within31To60Days()))
                .add("range6", percent(s.over60Days()))
                .build();
    }

    /** One waybill's entry of the air cargo answer (5.16), keyed by the waybill in {@code data}. */
    public static JsonObject airCargo(AirCargoTracking t) {
        JsonObjectBuilder data = JSON.createObjectBuilder();
        t.weight().ifPresentOrElse(w -> data.add("weight", cargoWeight(w)), () -> data.add("weight", ""));
        if (t.pieces().isPresent()) {
            data.add("piece", t.pieces().getAsInt());
        } else {
            data.addNull("piece");
        }
        data.add("origin", t.origin().code()).add("destination", t.destination().code())
                .add("status_number", statusNumber(t.status()));
        JsonArrayBuilder events = JSON.createArrayBuilder();
        for (CargoEvent e : t.events()) {
            JsonObjectBuilder ev = JSON.createObjectBuilder();
            WireWriter.optional(ev, "plan_date", e.plannedTime().map(WireTimes::local));
            WireWriter.optional(ev, "actual_date", e.actualTime().map(WireTimes::local));
            ev.add("event", e.description()).add("station", e.station().code());
            WireWriter.optional(ev, "flight_number", e.flight().map(io.parcelport.domain.aircargo.FlightNumber::value));
            ev.add("status", e.statusCode().code());
            if (e.pieces().isPresent()) {
                ev.add("piece", e.pieces().getAsInt());
            }
            e.weight().ifPresent(w -> ev.add("weight", cargoWeight(w)));
            events.add(ev);
        }
        data.add("track_info", events);
        JsonObjectBuilder flights = JSON.createObjectBuilder();
        for (FlightLeg leg : t.flightLegs()) {
            JsonObjectBuilder f = JSON.createObjectBuilder();
            WireWriter.optional(f, "plan_depart_time", leg.plannedDeparture().map(WireTimes::local));
            WireWriter.optional(f, "depart_time", leg.actualDeparture().map(WireTimes::local));
            f.add("depart_station", leg.departureStation().code());
            WireWriter.optional(f, "plan_arrival_time", leg.plannedArrival().map(WireTimes::local));
            WireWriter.optional(f, "arrival_time", leg.actualArrival().map(WireTimes::local));
            f.add("arrival_station", leg.arrivalStation().code());
            flights.add(leg.flight().value(), f);
        }
        data.add("flight_info", flights);
        JsonArrayBuilder route = JSON.createArrayBuilder();
        t.reportedRoute().forEach(a -> route.add(a.code()));
        data.add("flight_way_station", route);
        WireWriter.optional(data, "last_event", t.latestEvent().map(CargoEvent::description));
        JsonObjectBuilder entry = JSON.createObjectBuilder().add("track_number", t.waybill().value())
                .add("return_data", data);
        t.airline().ifPresent(a -> entry.add("airline_info", JSON.createObjectBuilder().add("name", a.name())));
        return entry.build();
    }

    private static String cargoWeight(Weight w) {
        // Cargo-IMP's spelling (1981K, 12L), as the aircargo answer writes it.
        return w.amount().stripTrailingZeros().toPlainString() + (w.unit() == WeightUnit.POUND ? "L" : "K");
    }

    private static int statusNumber(DeliveryStatus status) {
        // Undocumented (reference §5.16); the one data point is 4 = delivered.
        return switch (status) {
            case DELIVERED -> 4;
            case OUT_FOR_DELIVERY -> 3;
            case IN_TRANSIT -> 2;
            case EXCEPTION, FAILED_ATTEMPT -> 5;
            default -> 1;
        };
    }

    private static BigDecimal percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
