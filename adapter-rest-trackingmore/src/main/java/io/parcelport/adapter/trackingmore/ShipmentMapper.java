package io.parcelport.adapter.trackingmore;

import java.lang.System.Logger.Level;
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
import io.parcelport.wire.trackingmore.Milestones;
import io.parcelport.wire.trackingmore.Statuses;
import io.parcelport.wire.trackingmore.SubStatuses;
import io.parcelport.wire.trackingmore.TrackingReader;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireTimes;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.function.Function;

/**
 * Maps TrackingMore's tracking object (reference §4) to the domain's {@link Shipment}, applying the domain's rules
 * on the way.
 *
 * <p>What is refused and what is tolerated:
 * <ul>
 *   <li>the key ({@code carrier_code}, {@code tracking_number}) must pass the domain's checks, else the answer is
 *       malformed and the call fails with {@code BackendUnavailableException} naming the field;</li>
 *   <li>unknown {@code status} values become {@link DeliveryStatus#UNKNOWN}; sub-status codes are kept as they are,
 *       even unknown ones; a sub-status the domain refuses (over-long, control characters) is left out;</li>
 *   <li>a single event the domain refuses (a date that is not a date, no description) is <b>dropped</b>, and the rest
 *       of the shipment kept: one carrier's bad scan must not hide the others, and the backend lists every event
 *       again on the next read. Dropped events are logged at {@code FINE} with the shipment key;</li>
 *   <li>{@code customer_email} may be a string, {@code ""}, {@code null}, {@code "null"}, a comma-separated string
 *       or an array; entries that are not e-mail addresses (such as {@code "[email protected]"} left by page
 *       scrapers) are left out;</li>
 *   <li>{@code created_at} missing (real-time answers have none) falls back to {@code updated_at}, then to the time
 *       of the call;</li>
 *   <li>countries arrive as English names ({@code "China"}) or codes; names the JDK does not know are left out.</li>
 * </ul>
 */
final class ShipmentMapper {
    private static final System.Logger LOG = System.getLogger(ShipmentMapper.class.getName());
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2}");

    private final Clock clock;

    ShipmentMapper(Clock clock) {
        this.clock = clock;
    }

    /** TrackingMore's status word for {@code status}, for list filters. */
    static String wireStatus(DeliveryStatus status) {
        if (status == DeliveryStatus.UNKNOWN) {
            throw new IllegalArgumentException("no TrackingMore status for " + status);
        }
        return Statuses.word(status);
    }

    /** The domain status for TrackingMore's word; unknown words are {@link DeliveryStatus#UNKNOWN}. */
    static DeliveryStatus status(String wire) {
        return Statuses.status(wire);
    }

    /** A country from a code or an English name. */
    static Optional<CountryCode> country(String value) {
        return Countries.parse(value);
    }

    /** Reads {@code json} as a tracking object; {@code fallbackKey} fills a key the answer leaves out. */
    Shipment shipment(JsonValue json, Optional<ShipmentKey> fallbackKey, Optional<LanguageCode> language) {
        return shipment(TrackingReader.tracking(json, "tracking"), fallbackKey, language);
    }

    Shipment shipment(Wire.Tracking t, Optional<ShipmentKey> fallbackKey, Optional<LanguageCode> language) {
        ShipmentKey key = key(t.carrierCode(), t.trackingNumber(), fallbackKey);
        Instant createdAt = WireTimes.instant(t.createdAt(), "created_at")
                .or(() -> WireTimes.instant(t.updatedAt(), "updated_at"))
                .orElseGet(clock::instant);
        Optional<SubStatus> subStatus = subStatus(t.substatus());
        Shipment.Builder b = Shipment.builder()
                .key(key)
                .backendId(Wire.text(t.id()))
                // TrackingMore's word becomes a status only through the domain's transition from a new shipment.
                .status(ShipmentStatus.initial().observe(status(t.status()), subStatus, createdAt).status())
                .orderId(Wire.text(t.orderId()))
                .title(Wire.text(t.title()))
                .orderTime(WireTimes.freeTime(t.orderCreateTime()))
                .customerName(Wire.text(t.customerName()))
                .addAllCustomerEmails(emails(t.customerEmail()))
                .customerPhone(Wire.text(t.customerPhone()))
                .originCountry(country(t.originalCountry()))
                .destinationCountry(country(t.destinationCode()).or(() -> country(t.destinationCountry())))
                .logisticsChannel(Wire.text(t.logisticsChannel()))
                .comment(Wire.text(t.comment()))
                .signedBy(Wire.text(t.signedBy()).or(() -> Wire.text(t.singedBy())))
                .language(Wire.text(t.lang()).filter(s -> LANGUAGE.matcher(s).matches()).map(LanguageCode::of)
                        .or(() -> language))
                .createdAt(createdAt)
                .updatedAt(WireTimes.instant(t.updatedAt(), "updated_at"))
                .archived(Wire.bool(t.archived()).orElse(false))
                .refreshing(Wire.bool(t.trackUpdate()).orElse(true))
                .transitDays(Wire.count(t.itemTimeLength(), "itemTimeLength"))
                .daysSinceLastEvent(Wire.count(t.stayTimeLength(), "stayTimeLength"));
        if (t.originInfo() != null) {
            b.originLeg(leg(t.originInfo(), key, "origin_info"));
        }
        if (t.destinationInfo() != null) {
            b.destinationLeg(leg(t.destinationInfo(), key, "destination_info"));
        }
        return b.build();
    }

    /** One half of a key: read from {@code text}, else taken from {@code fallback}; missing or unreadable, refused. */
    private static <T> T keyPart(Optional<String> text, Function<String, T> parse, Optional<T> fallback, String field,
            String unreadable) {
        try {
            return text.map(parse).or(() -> fallback)
                    .orElseThrow(() -> new MalformedAnswerException(field, "is missing"));
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException(field, unreadable, e);
        }
    }

    static ShipmentKey key(String carrier, String number, Optional<ShipmentKey> fallback) {
        Optional<String> c = Wire.text(carrier);
        Optional<String> n = Wire.text(number);
        if (c.isEmpty() && n.isEmpty() && fallback.isPresent()) {
            return fallback.get();
        }
        CarrierCode code = keyPart(c, CarrierCode::of, fallback.map(ShipmentKey::carrier), "carrier_code",
                "is not a carrier code");
        TrackingNumber tracking = keyPart(n, TrackingNumber::of, fallback.map(ShipmentKey::trackingNumber),
                "tracking_number", "is not a tracking number");
        // An answer to a call about one shipment must be about that one: another number is a malformed answer, not
        // a result. (The carrier may differ: TrackingMore answers an alias with its own code.)
        if (fallback.isPresent() && !fallback.get().trackingNumber().equals(tracking)) {
            throw new MalformedAnswerException("tracking_number", "is " + tracking + ", not the "
                    + fallback.get().trackingNumber() + " asked about");
        }
        return new ShipmentKey(code, tracking);
    }

    private static Optional<SubStatus> subStatus(String code) {
        try {
            return SubStatuses.read(code);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> emails(JsonValue value) {
        List<String> out = new ArrayList<>();
        for (String candidate : Wire.texts(value)) {
            // The Shipment's own rule, applied here so that one scraped non-address does not refuse the shipment.
            if (EmailAddress.parse(candidate).isPresent() && !out.contains(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }

    private TrackingLeg leg(Wire.Leg leg, ShipmentKey key, String field) {
        Optional<CarrierCode> carrier;
        try {
            carrier = Wire.text(leg.carrierCode()).map(CarrierCode::of);
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException(field + ".carrier_code", "is not a carrier code", e);
        }
        List<TrackingEvent> events = new ArrayList<>();
        List<Wire.Event> wireEvents = leg.trackinfo() == null ? List.of() : leg.trackinfo();
        for (int i = 0; i < wireEvents.size(); i++) {
            Wire.Event e = wireEvents.get(i);
            try {
                events.add(event(e));
            } catch (MalformedAnswerException | IllegalArgumentException | NullPointerException problem) {
                // The event's path is spelled only here: building it for each of a page's 40,000 events cost more
                // than reading them.
                String where = field + ".trackinfo[" + i + "]";
                LOG.log(Level.DEBUG, () -> key + ": dropped event " + where + ": " + problem.getMessage());
            }
        }
        Map<Milestone, EventTime> milestones = new EnumMap<>(Milestone.class);
        for (Milestone m : Milestone.values()) {
            milestone(milestones, m, Milestones.timeIn(leg, m), field);
        }
        return new TrackingLeg(carrier, events, milestones, Wire.text(leg.weblink()), Wire.text(leg.phone()),
                Wire.text(leg.referenceNumber()));
    }

    private static TrackingEvent event(Wire.Event e) {
        EventTime time = WireTimes.stamp(e.date(), "Date").map(s -> new EventTime(s.local(), s.offset()))
                .orElseThrow(() -> new MalformedAnswerException("Date", "is missing"));
        String description = Wire.text(e.statusDescription())
                .orElseThrow(() -> new MalformedAnswerException("StatusDescription", "is empty"));
        return new TrackingEvent(time, description, Wire.text(e.details()), status(e.checkpointStatus()),
                subStatus(e.substatus()), Milestones.read(e.itemNode()));
    }

    private static void milestone(Map<Milestone, EventTime> into, Milestone milestone, String value, String leg) {
        try {
            WireTimes.stamp(value, Milestones.write(milestone)).ifPresent(
                    s -> into.put(milestone, new EventTime(s.local(), s.offset())));
        } catch (MalformedAnswerException e) {
            // A milestone time is a summary of the events; a bad one is left out like a bad event.
            LOG.log(Level.DEBUG, () -> "dropped milestone " + leg + "." + Milestones.write(milestone) + ": "
                    + e.getMessage());
        }
    }

}
