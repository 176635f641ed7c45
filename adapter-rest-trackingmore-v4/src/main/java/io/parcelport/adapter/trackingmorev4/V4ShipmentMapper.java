package io.parcelport.adapter.trackingmorev4;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.EmailAddress;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.EventTime;
import io.parcelport.domain.shipment.Milestone;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.domain.shipment.SubStatus;
import io.parcelport.domain.shipment.TrackingEvent;
import io.parcelport.domain.shipment.TrackingLeg;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.wire.trackingmore.Countries;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.Statuses;
import io.parcelport.wire.trackingmore.SubStatuses;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireTimes;
import io.parcelport.wire.trackingmore.v4.V4ClientRequests;
import io.parcelport.wire.trackingmore.v4.V4TrackingReader;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps TrackingMore v4's tracking object (v4 reference §3) to the domain's {@link Shipment}, applying the domain's
 * rules on the way, as the v2 adapter does for v2's.
 *
 * <p>The status word becomes a status only through the domain's transition from a new shipment
 * ({@code ShipmentStatus.initial().observe(...)}); unknown words are {@link DeliveryStatus#UNKNOWN}, unknown
 * sub-status codes are kept without a meaning. Times without an offset ({@code checkpoint_date}) are read as
 * {@link WireTimes} reads v2's: a local time, its zone unknown. The key must pass the domain's checks, else the answer
 * is malformed; a single event the domain refuses is dropped (logged at {@code DEBUG}), the rest kept.
 */
final class V4ShipmentMapper {
    private static final System.Logger LOG = System.getLogger(V4ShipmentMapper.class.getName());

    private final Clock clock;

    V4ShipmentMapper(Clock clock) {
        this.clock = clock;
    }

    /** Now, for what an answer leaves undated. */
    Instant now() {
        return clock.instant();
    }

    /** Reads one tracking; {@code fallbackKey} fills a key the answer leaves out and must match its number. */
    Shipment shipment(V4TrackingReader.Tracking t, Optional<ShipmentKey> fallbackKey,
            Optional<LanguageCode> language) {
        ShipmentKey key = key(t.courierCode(), t.trackingNumber(), fallbackKey);
        Instant createdAt = WireTimes.instant(t.createdAt(), "created_at")
                .or(() -> WireTimes.instant(t.updateAt(), "update_at"))
                .orElseGet(clock::instant);
        Optional<SubStatus> subStatus = subStatus(t.substatus());
        Shipment.Builder b = Shipment.builder()
                .key(key)
                .backendId(Wire.text(t.id()))
                .status(ShipmentStatus.initial().observe(Statuses.status(t.deliveryStatus()), subStatus, createdAt)
                        .status())
                .orderId(Wire.text(t.orderId()).or(() -> Wire.text(t.orderNumber())))
                .title(Wire.text(t.title()))
                .orderTime(WireTimes.freeTime(t.orderDate()))
                .customerName(Wire.text(t.customerName()))
                .addAllCustomerEmails(emails(t))
                .customerPhone(Wire.text(t.customerSms()))
                .originCountry(country(t.originCountry()))
                .destinationCountry(country(t.destinationCountry()))
                .logisticsChannel(Wire.text(t.logisticsChannel()))
                .comment(Wire.text(t.note()))
                .signedBy(Wire.text(t.signedBy()))
                .language(language)
                .createdAt(createdAt)
                .updatedAt(WireTimes.instant(t.updateAt(), "update_at"))
                .archived(archived(t))
                .refreshing(Wire.bool(t.updating()).orElse(true))
                .transitDays(Wire.count(t.transitTime(), "transit_time"));
        if (t.originInfo() != null) {
            b.originLeg(leg(t.originInfo(), key, "origin_info"));
        }
        if (t.destinationInfo() != null) {
            b.destinationLeg(leg(t.destinationInfo(), key, "destination_info"));
        }
        return b.build();
    }

    // "tracking" is the one observed value (not archived); anything else that reads as archived or true is.
    private static boolean archived(V4TrackingReader.Tracking t) {
        Optional<String> word = Wire.text(t.archived());
        if (word.isEmpty() || word.get().equalsIgnoreCase(V4ClientRequests.NOT_ARCHIVED)) {
            return false;
        }
        return word.get().equalsIgnoreCase(V4ClientRequests.ARCHIVED) || Wire.bool(t.archived()).orElse(false);
    }

    static ShipmentKey key(String carrier, String number, Optional<ShipmentKey> fallback) {
        Optional<String> c = Wire.text(carrier);
        Optional<String> n = Wire.text(number);
        if (c.isEmpty() && n.isEmpty() && fallback.isPresent()) {
            return fallback.get();
        }
        CarrierCode code = keyPart(c, CarrierCode::of, fallback.map(ShipmentKey::carrier), "courier_code",
                "is not a carrier code");
        TrackingNumber tracking = keyPart(n, TrackingNumber::of, fallback.map(ShipmentKey::trackingNumber),
                "tracking_number", "is not a tracking number");
        if (fallback.isPresent() && !fallback.get().trackingNumber().equals(tracking)) {
            throw new MalformedAnswerException("tracking_number", "is " + tracking + ", not the "
                    + fallback.get().trackingNumber() + " asked about");
        }
        return new ShipmentKey(code, tracking);
    }

    private static <T> T keyPart(Optional<String> text, Function<String, T> parse, Optional<T> fallback, String field,
            String unreadable) {
        try {
            return text.map(parse).or(() -> fallback)
                    .orElseThrow(() -> new MalformedAnswerException(field, "is missing"));
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException(field, unreadable, e);
        }
    }

    static Optional<CountryCode> country(String value) {
        return Countries.parse(value);
    }

    private static Optional<SubStatus> subStatus(String code) {
        try {
            return SubStatuses.read(code);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> emails(V4TrackingReader.Tracking t) {
        List<String> out = new ArrayList<>();
        for (String candidate : Wire.texts(t.customerEmail())) {
            if (EmailAddress.parse(candidate).isPresent() && !out.contains(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }

    private TrackingLeg leg(V4TrackingReader.Leg leg, ShipmentKey key, String field) {
        Optional<CarrierCode> carrier;
        try {
            carrier = Wire.text(leg.courierCode()).map(CarrierCode::of);
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException(field + ".courier_code", "is not a carrier code", e);
        }
        List<TrackingEvent> events = new ArrayList<>();
        List<V4TrackingReader.Event> wire = leg.trackinfo();
        for (int i = 0; i < wire.size(); i++) {
            try {
                events.add(event(wire.get(i)));
            } catch (MalformedAnswerException | IllegalArgumentException | NullPointerException problem) {
                String where = field + ".trackinfo[" + i + "]";
                LOG.log(Level.DEBUG, () -> key + ": dropped event " + where + ": " + problem.getMessage());
            }
        }
        Map<Milestone, EventTime> milestones = new EnumMap<>(Milestone.class);
        milestone(milestones, Milestone.RECEIVED, leg.infoReceived(), field);
        milestone(milestones, Milestone.DEPARTED_AIRPORT, leg.departedAirport(), field);
        milestone(milestones, Milestone.ARRIVED_ABROAD, leg.arrivedAbroad(), field);
        milestone(milestones, Milestone.CUSTOMS, leg.customsReceived(), field);
        milestone(milestones, Milestone.ARRIVED_AT_DELIVERY_OFFICE, leg.arrivedDestination(), field);
        return new TrackingLeg(carrier, events, milestones, Wire.text(leg.weblink()), Wire.text(leg.courierPhone()),
                Wire.text(leg.referenceNumber()));
    }

    private static TrackingEvent event(V4TrackingReader.Event e) {
        EventTime time = WireTimes.stamp(e.checkpointDate(), "checkpoint_date")
                .map(s -> new EventTime(s.local(), s.offset()))
                .orElseThrow(() -> new MalformedAnswerException("checkpoint_date", "is missing"));
        String description = Wire.text(e.trackingDetail())
                .orElseThrow(() -> new MalformedAnswerException("tracking_detail", "is empty"));
        return new TrackingEvent(time, description, Wire.text(e.location()),
                Statuses.status(e.checkpointDeliveryStatus()), subStatus(e.checkpointDeliverySubstatus()),
                Optional.empty());
    }

    private static void milestone(Map<Milestone, EventTime> into, Milestone milestone, String value, String leg) {
        try {
            WireTimes.stamp(value, leg).ifPresent(s -> into.put(milestone, new EventTime(s.local(), s.offset())));
        } catch (MalformedAnswerException e) {
            LOG.log(Level.DEBUG, () -> "dropped milestone " + leg + "." + milestone + ": " + e.getMessage());
        }
    }
}
