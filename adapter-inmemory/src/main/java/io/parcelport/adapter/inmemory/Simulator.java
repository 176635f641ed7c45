package io.parcelport.adapter.inmemory;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierKind;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.EventTime;
import io.parcelport.domain.shipment.Milestone;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.SubStatus;
import io.parcelport.domain.shipment.TrackingEvent;
import io.parcelport.domain.shipment.TrackingLeg;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The simulated carriers: a shipment's whole history is a pure function of its key, its scenario and the carrier's
 * kind, laid out as timed steps from the moment tracking starts; what a read shows is the prefix of steps due by then.
 *
 * <p>Being a pure function is what keeps a million shipments cheap: nothing but the index of the current step is
 * stored, and the events are rebuilt when a shipment is read.
 */
final class Simulator {

    /** Where an event happens, resolved to a place name of the origin or destination country when read. */
    enum Place { NONE, ORIGIN_CITY, ORIGIN_HUB, ORIGIN_GATEWAY, DEST_GATEWAY, DEST_HUB, DEST_CITY }

    /**
     * One step of a plan: from {@code offset} after tracking starts, the carrier reports {@code status}; a step
     * without description changes the status without an event (TrackingMore's own expiry, the registration).
     */
    record Step(Duration offset, DeliveryStatus status, String subStatus, String description, Place place,
            Milestone milestone, boolean destinationLeg) {
        boolean hasEvent() {
            return description != null;
        }
    }

    /** Every step of one shipment's life, the first being registration ({@code PENDING}, no event). */
    record Plan(List<Step> steps, boolean international) {
        Step step(int index) {
            return steps.get(index);
        }

        int size() {
            return steps.size();
        }
    }

    /** What a read shows of a plan at a given step: both legs, the sub-status and the key times. */
    record View(TrackingLeg originLeg, TrackingLeg destinationLeg, Optional<SubStatus> subStatus,
            Optional<Instant> firstEvent, Optional<Instant> lastEvent, Optional<Instant> deliveredAt,
            CountryCode destination) {
    }

    static final Duration EXPRESS_EXPIRY = Duration.ofDays(30);
    static final Duration POSTAL_EXPIRY = Duration.ofDays(60);

    private Simulator() {
    }

    /** A stable 64-bit hash of a key, the same on every JVM (String.hashCode is only 32 bits). */
    static long seedOf(ShipmentKey key) {
        long h = 0xcbf29ce484222325L;
        String s = key.carrier().value() + "/" + key.trackingNumber().value();
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        // SplitMix64's finaliser spreads FNV's weak low bits over the whole word.
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    static Plan plan(ShipmentKey key, Scenario scenario, CarrierKind kind) {
        boolean postal = kind == CarrierKind.POSTAL;
        PlanBuilder b = new PlanBuilder(new SplittableRandom(seedOf(key)), postal);
        switch (scenario) {
            case MAGIC_DELIVERED -> {
                b.at(Duration.ofHours(1)).transit("transit001", b.accepted(), Place.ORIGIN_CITY, Milestone.RECEIVED);
                b.at(Duration.ofHours(2)).step(DeliveryStatus.OUT_FOR_DELIVERY, "pickup001", "Out for delivery",
                        Place.DEST_CITY, null);
                b.at(Duration.ofHours(3)).delivered("delivered001", "Delivered");
                return b.build(false);
            }
            case MAGIC_RETURNED -> {
                b.at(Duration.ofHours(1)).transit("transit001", b.accepted(), Place.ORIGIN_CITY, Milestone.RECEIVED);
                b.at(Duration.ofHours(2)).step(DeliveryStatus.EXCEPTION, "exception011",
                        "Returning to sender: addressee unknown", Place.DEST_CITY, null);
                b.at(Duration.ofHours(3)).step(DeliveryStatus.EXCEPTION, "exception010", "Returned to sender",
                        Place.ORIGIN_CITY, null);
                return b.build(false);
            }
            case MAGIC_NOT_FOUND -> {
                b.at(Duration.ofHours(1)).notFound();
                return b.build(false);
            }
            case MAGIC_EXPIRES -> {
                b.at(Duration.ofHours(1)).notFound();
                b.at(postal ? POSTAL_EXPIRY : EXPRESS_EXPIRY).expired();
                return b.build(false);
            }
            case MAGIC_FAILED_THEN_DELIVERED -> {
                b.at(Duration.ofHours(1)).transit("transit001", b.accepted(), Place.ORIGIN_CITY, Milestone.RECEIVED);
                b.at(Duration.ofHours(2)).step(DeliveryStatus.OUT_FOR_DELIVERY, "pickup001", "Out for delivery",
                        Place.DEST_CITY, null);
                b.at(Duration.ofHours(3)).failedAttempt();
                b.at(Duration.ofHours(26)).step(DeliveryStatus.OUT_FOR_DELIVERY, "pickup001",
                        "Out for delivery (second attempt)", Place.DEST_CITY, null);
                b.at(Duration.ofHours(27)).delivered("delivered001", "Delivered");
                return b.build(false);
            }
            case MAGIC_PICKUP -> {
                b.at(Duration.ofHours(1)).transit("transit001", b.accepted(), Place.ORIGIN_CITY, Milestone.RECEIVED);
                b.at(Duration.ofHours(2)).step(DeliveryStatus.OUT_FOR_DELIVERY, "pickup001", "Out for delivery",
                        Place.DEST_CITY, null);
                b.at(Duration.ofHours(3)).step(DeliveryStatus.OUT_FOR_DELIVERY, "pickup002",
                        "Available for collection at the pickup point", Place.DEST_CITY, null);
                return b.build(false);
            }
            case MAGIC_IN_TRANSIT -> {
                b.at(Duration.ofHours(1)).transit("transit001", b.accepted(), Place.ORIGIN_CITY, Milestone.RECEIVED);
                b.at(Duration.ofHours(24)).transit("transit002", b.hubScan(), Place.ORIGIN_HUB, null);
                return b.build(false);
            }
            default -> {
                return routine(b, scenario, postal);
            }
        }
    }

    private static Plan routine(PlanBuilder b, Scenario scenario, boolean postal) {
        SplittableRandom rnd = b.rnd;
        boolean international = scenario == Scenario.HELD_BY_CUSTOMS || rnd.nextInt(100) < (postal ? 80 : 50);
        if (scenario == Scenario.NOT_FOUND_THEN_EXPIRED) {
            b.after(2, 12).notFound();
            b.at(postal ? POSTAL_EXPIRY : EXPRESS_EXPIRY).expired();
            return b.build(international);
        }
        b.after(1, 8).step(DeliveryStatus.INFO_RECEIVED, "inforeceived001", b.infoReceived(), Place.NONE, null);
        b.after(6, 30).transit("transit001", b.accepted(), Place.ORIGIN_CITY, Milestone.RECEIVED);
        b.after(4, 20).transit("transit002", b.hubScan(), Place.ORIGIN_HUB, null);
        if (scenario == Scenario.STALLED_THEN_EXPIRED) {
            b.at(postal ? POSTAL_EXPIRY : EXPRESS_EXPIRY).expired();
            return b.build(international);
        }
        if (international) {
            b.after(12, 48).transit("transit006", postal ? "Dispatched from the outward office of exchange"
                    : "Departed facility", Place.ORIGIN_GATEWAY, Milestone.DISPATCHED);
            b.after(6, 30).transit("transit007", "Departed from the airport of origin", Place.ORIGIN_GATEWAY,
                    Milestone.DEPARTED_AIRPORT);
            b.destinationLeg = postal;
            b.after(postal ? 48 : 12, postal ? 200 : 30).transit("transit004", postal
                    ? "Arrived at the inward office of exchange" : "Arrived at the destination gateway",
                    Place.DEST_GATEWAY, Milestone.ARRIVED_ABROAD);
            if (scenario == Scenario.HELD_BY_CUSTOMS) {
                b.after(6, 48).step(DeliveryStatus.EXCEPTION, "exception006",
                        "Held by customs: documents required from the recipient", Place.DEST_GATEWAY,
                        Milestone.CUSTOMS);
                return b.build(true);
            }
            b.after(6, 48).transit("transit005", postal ? "Released from customs"
                    : "Clearance processing complete", Place.DEST_GATEWAY, Milestone.CUSTOMS);
        }
        b.after(postal ? 12 : 4, postal ? 72 : 20).transit("transit003", postal ? "Arrived at the delivery office"
                : "Arrived at the delivery facility", Place.DEST_HUB, Milestone.ARRIVED_AT_DELIVERY_OFFICE);
        switch (scenario) {
            case COLLECTED_AT_PICKUP -> {
                b.after(4, 12).step(DeliveryStatus.OUT_FOR_DELIVERY, "pickup002",
                        "Available for collection at the post office", Place.DEST_CITY, null);
                b.after(20, 120).delivered("delivered002", "Collected by the recipient");
            }
            case FAILED_THEN_DELIVERED -> {
                b.after(6, 14).outForDelivery();
                b.after(2, 8).failedAttempt();
                b.after(18, 30).outForDelivery();
                b.after(1, 8).delivered("delivered003", "Delivered, signed for by the recipient");
            }
            case RETURNED -> {
                b.after(6, 14).outForDelivery();
                b.after(2, 8).failedAttempt();
                b.after(48, 240).step(DeliveryStatus.EXCEPTION, "exception011",
                        "Not collected within the holding period: returning to sender", Place.DEST_HUB, null);
                b.after(72, 400).step(DeliveryStatus.EXCEPTION, "exception010", "Returned to sender",
                        Place.ORIGIN_CITY, null);
            }
            default -> {
                b.after(6, 14).outForDelivery();
                int kind = rnd.nextInt(3);
                b.after(1, 8).delivered(kind == 0 ? "delivered001" : kind == 1 ? "delivered003" : "delivered004",
                        kind == 0 ? "Delivered" : kind == 1 ? "Delivered, signed for by the recipient"
                                : "Delivered, left at the front door");
            }
        }
        return b.build(international);
    }

    /** The legs of {@code plan} as of step {@code step}, with places and local times resolved. */
    static View view(ShipmentKey key, Plan plan, int step, Instant trackedSince, CountryCode origin,
            CountryCode destination, Optional<Carrier> destinationCarrier, Optional<String> website) {
        SplittableRandom places = new SplittableRandom(seedOf(key) ^ 0x5DEECE66DL);
        Geography.Places from = Geography.of(origin);
        Geography.Places to = Geography.of(destination);
        String originCity = from.cities().get(places.nextInt(from.cities().size()));
        String destinationCity = to.cities().get(places.nextInt(to.cities().size()));

        List<TrackingEvent> originEvents = new ArrayList<>();
        List<TrackingEvent> destinationEvents = new ArrayList<>();
        Map<Milestone, EventTime> originMilestones = new EnumMap<>(Milestone.class);
        Map<Milestone, EventTime> destinationMilestones = new EnumMap<>(Milestone.class);
        Instant first = null;
        Instant last = null;
        Instant delivered = null;
        Optional<SubStatus> sub = Optional.empty();
        for (int i = 1; i <= step && i < plan.size(); i++) {
            Step s = plan.step(i);
            sub = SubStatus.ofNullable(s.subStatus());
            if (!s.hasEvent()) {
                continue;
            }
            Instant at = trackedSince.plus(s.offset());
            boolean atDestination = s.place().compareTo(Place.DEST_GATEWAY) >= 0;
            Geography.Places where = atDestination ? to : from;
            String location = switch (s.place()) {
                case NONE -> null;
                case ORIGIN_CITY -> originCity;
                case ORIGIN_HUB -> from.hub();
                case ORIGIN_GATEWAY -> from.gateway();
                case DEST_GATEWAY -> to.gateway();
                case DEST_HUB -> to.hub();
                case DEST_CITY -> destinationCity;
            };
            EventTime time = EventTime.of(LocalDateTime.ofInstant(at, where.zone()));
            TrackingEvent event = new TrackingEvent(time, s.description(), Optional.ofNullable(location), s.status(),
                    SubStatus.ofNullable(s.subStatus()), Optional.ofNullable(s.milestone()));
            boolean onDestinationLeg = s.destinationLeg() && destinationCarrier.isPresent();
            (onDestinationLeg ? destinationEvents : originEvents).add(event);
            if (s.milestone() != null) {
                (onDestinationLeg ? destinationMilestones : originMilestones).put(s.milestone(), time);
            }
            first = first == null ? at : first;
            last = at;
            if (s.status() == DeliveryStatus.DELIVERED) {
                delivered = at;
            }
        }
        TrackingLeg originLeg = originEvents.isEmpty() ? TrackingLeg.EMPTY : new TrackingLeg(Optional.empty(),
                originEvents, originMilestones, website, Optional.empty(), Optional.empty());
        TrackingLeg destinationLeg = destinationEvents.isEmpty() ? TrackingLeg.EMPTY : new TrackingLeg(
                destinationCarrier.map(Carrier::code), destinationEvents, destinationMilestones,
                destinationCarrier.flatMap(Carrier::homepage).map(h -> h.startsWith("//") ? "https:" + h : h),
                destinationCarrier.flatMap(Carrier::phone), Optional.empty());
        return new View(originLeg, destinationLeg, sub, Optional.ofNullable(first), Optional.ofNullable(last),
                Optional.ofNullable(delivered), destination);
    }

    /** Where the parcel goes: the merchant's destination, else (international) a country drawn from the key. */
    static CountryCode destination(ShipmentKey key, Plan plan, CountryCode origin, Optional<CountryCode> wanted) {
        int pick = (int) Long.remainderUnsigned(seedOf(key) >>> 17, Geography.DESTINATIONS.size());
        if (!plan.international()) {
            return wanted.orElse(origin);
        }
        if (wanted.isPresent() && !wanted.get().equals(origin)) {
            return wanted.get();
        }
        CountryCode d = Geography.DESTINATIONS.get(pick);
        return d.equals(origin) ? Geography.DESTINATIONS.get((pick + 1) % Geography.DESTINATIONS.size()) : d;
    }
}
