package io.parcelport.cli;

import io.parcelport.domain.account.AccountInfo;
import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirportCode;
import io.parcelport.domain.aircargo.CargoEvent;
import io.parcelport.domain.aircargo.FlightLeg;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Milestone;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.domain.shipment.TrackingEvent;
import io.parcelport.domain.shipment.TrackingLeg;
import io.parcelport.ports.Rejection;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON forms of Parcelport's values: snake_case names, enum values in lower case ({@code in_transit}), instants
 * in ISO-8601 UTC, carriers' local times as ISO local date-times with their offset when known, absent values as
 * {@code null}.
 */
public final class JsonViews {

    private JsonViews() {
    }

    /** A delivery status as JSON writes it, e.g. {@code in_transit}. */
    public static String status(DeliveryStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** A shipment with both legs and every event. */
    public static void shipment(JsonWriter json, Shipment s) {
        json.beginObject()
                .field("carrier", s.key().carrier().value())
                .field("tracking_number", s.key().trackingNumber().value())
                .field("backend_id", s.backendId())
                .field("status", status(s.deliveryStatus()))
                .field("sub_status", s.subStatus().map(sub -> sub.code()))
                .field("sub_status_meaning", s.subStatus().flatMap(sub -> sub.meaning()))
                .field("carrier_status", status(s.status().carrierStatus()))
                .field("manual_status", s.status().manualOverride().map(o -> o.status().name()
                        .toLowerCase(Locale.ROOT)))
                .field("order_id", s.orderId())
                .field("title", s.title())
                .field("order_time", s.orderTime())
                .field("customer_name", s.customerName());
        json.name("customer_emails").beginArray();
        s.customerEmails().forEach(json::value);
        json.endArray()
                .field("customer_phone", s.customerPhone())
                .field("origin_country", s.originCountry().map(c -> c.value()))
                .field("destination_country", s.destinationCountry().map(c -> c.value()));
        json.name("carrier_extras").beginObject()
                .field("postal_code", s.carrierExtras().postalCode())
                .field("ship_date", s.carrierExtras().shipDate())
                .field("account_number", s.carrierExtras().accountNumber())
                .field("destination_country", s.carrierExtras().destinationCountry().map(c -> c.value()))
                .endObject()
                .field("logistics_channel", s.logisticsChannel())
                .field("comment", s.comment())
                .field("signed_by", s.signedBy())
                .field("language", s.language().map(l -> l.value()))
                .field("created_at", s.createdAt().toString())
                .field("updated_at", s.updatedAt())
                .field("archived", s.isArchived())
                .field("refreshing", s.isRefreshing());
        json.name("transit_days");
        if (s.transitDays().isPresent()) {
            json.value(s.transitDays().getAsInt());
        } else {
            json.nullValue();
        }
        json.name("days_since_last_event");
        if (s.daysSinceLastEvent().isPresent()) {
            json.value(s.daysSinceLastEvent().getAsInt());
        } else {
            json.nullValue();
        }
        json.name("origin_leg");
        leg(json, s.originLeg());
        json.name("destination_leg");
        if (s.destinationLeg().isEmpty()) {
            json.nullValue();
        } else {
            leg(json, s.destinationLeg());
        }
        json.endObject();
    }

    private static void leg(JsonWriter json, TrackingLeg leg) {
        json.beginObject()
                .field("carrier", leg.carrier().map(c -> c.value()))
                .field("website", leg.website())
                .field("phone", leg.phone())
                .field("reference_number", leg.referenceNumber());
        json.name("milestones").beginObject();
        for (Map.Entry<Milestone, io.parcelport.domain.shipment.EventTime> m : leg.milestones().entrySet()) {
            json.field(m.getKey().name().toLowerCase(Locale.ROOT), m.getValue().toString());
        }
        json.endObject();
        json.name("events").beginArray();
        for (TrackingEvent e : leg.events()) {
            json.beginObject()
                    .field("time", e.time().toString())
                    .field("description", e.description())
                    .field("location", e.location())
                    .field("status", status(e.checkpointStatus()))
                    .field("sub_status", e.subStatus().map(sub -> sub.code()))
                    .field("milestone", e.milestone().map(m -> m.name().toLowerCase(Locale.ROOT)))
                    .endObject();
        }
        json.endArray().endObject();
    }

    /** A rejection: reason, message, backend code. */
    public static void rejection(JsonWriter json, Rejection r) {
        json.beginObject()
                .field("reason", r.reason().name().toLowerCase(Locale.ROOT))
                .field("message", r.message())
                .field("backend_code", r.backendCode())
                .endObject();
    }

    /** A carrier. */
    public static void carrier(JsonWriter json, Carrier c) {
        json.beginObject()
                .field("code", c.code().value())
                .field("name", c.name())
                .field("kind", c.kind().name().toLowerCase(Locale.ROOT))
                .field("homepage", c.homepage())
                .field("phone", c.phone())
                .endObject();
    }

    /** Counts per status (every status, zero included) and their total. */
    public static void counts(JsonWriter json, StatusCounts counts) {
        json.beginObject();
        json.name("counts").beginObject();
        for (DeliveryStatus s : DeliveryStatus.values()) {
            json.field(status(s), counts.count(s));
        }
        json.endObject();
        json.field("total", counts.total());
        json.endObject();
    }

    /** The account. */
    public static void account(JsonWriter json, AccountInfo info) {
        json.beginObject()
                .field("email", info.email())
                .field("registered_at", info.registeredAt())
                .field("balance", info.balance().orElse(null))
                .field("remaining_quota", info.remainingQuota())
                .field("quota_exhausted", info.isQuotaExhausted())
                .endObject();
    }

    /** One remote-area answer. */
    public static void remoteArea(JsonWriter json, RemoteAreaResult r) {
        json.beginObject()
                .field("country", r.check().country().value())
                .field("postcode_or_city", r.check().postcodeOrCity())
                .field("carrier", r.check().carrier().map(c -> c.value()))
                .field("remote", r.isRemote());
        json.name("remote_for").beginArray();
        r.remoteFor().forEach(c -> json.value(c.value()));
        json.endArray().endObject();
    }

    /** Transit-time statistics: shares as decimals from 0 to 1. */
    public static void transitTime(JsonWriter json, TransitTimeStats t) {
        json.beginObject()
                .field("carrier", t.query().carrier().value())
                .field("from", t.query().from().value())
                .field("to", t.query().to().value())
                .field("sample_size", t.sampleSize())
                .field("delivered", t.deliveredCount())
                .field("within_7_days", t.withinWeek())
                .field("within_8_to_15_days", t.within8To15Days())
                .field("within_16_to_30_days", t.within16To30Days())
                .field("within_31_to_60_days", t.within31To60Days())
                .field("over_60_days", t.over60Days())
                .endObject();
    }

    /** One air waybill with its route, flights and events. */
    public static void airCargo(JsonWriter json, AirCargoTracking t) {
        json.beginObject()
                .field("waybill", t.waybill().value())
                .field("airline", t.airline().map(a -> a.name()))
                .field("origin", t.origin().toString())
                .field("destination", t.destination().toString());
        json.name("route").beginArray();
        t.route().forEach(a -> json.value(a.toString()));
        json.endArray();
        json.name("transit_stations").beginArray();
        t.transitStations().stream().map(AirportCode::toString).forEach(json::value);
        json.endArray();
        json.name("pieces");
        if (t.pieces().isPresent()) {
            json.value(t.pieces().getAsInt());
        } else {
            json.nullValue();
        }
        json.field("weight", t.weight()).field("status", status(t.status()));
        json.name("flight_legs").beginArray();
        for (FlightLeg leg : t.flightLegs()) {
            json.beginObject()
                    .field("flight", leg.flight().toString())
                    .field("from", leg.departureStation().toString())
                    .field("to", leg.arrivalStation().toString())
                    .field("planned_departure", leg.plannedDeparture())
                    .field("actual_departure", leg.actualDeparture())
                    .field("planned_arrival", leg.plannedArrival())
                    .field("actual_arrival", leg.actualArrival());
            optionalLong(json, "departure_delay_minutes", leg.departureDelay().map(Duration::toMinutes));
            optionalLong(json, "arrival_delay_minutes", leg.arrivalDelay().map(Duration::toMinutes));
            json.endObject();
        }
        json.endArray();
        json.name("events").beginArray();
        for (CargoEvent e : t.events()) {
            json.beginObject()
                    .field("code", e.statusCode().code())
                    .field("description", e.description())
                    .field("station", e.station().toString())
                    .field("flight", e.flight())
                    .field("planned_time", e.plannedTime())
                    .field("actual_time", e.actualTime())
                    .field("happened", e.hasHappened());
            json.name("pieces");
            if (e.pieces().isPresent()) {
                json.value(e.pieces().getAsInt());
            } else {
                json.nullValue();
            }
            json.field("weight", e.weight()).endObject();
        }
        json.endArray().endObject();
    }

    /** {@code value} as a JSON number field, or {@code null}. */
    static void optionalLong(JsonWriter json, String name, Optional<Long> value) {
        json.name(name);
        if (value.isPresent()) {
            json.value(value.get());
        } else {
            json.nullValue();
        }
    }
}
