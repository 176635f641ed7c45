package io.parcelport.domain.shipment;

import io.parcelport.domain.carrier.CarrierCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of a shipment's journey handled by one carrier (the origin leg, or the destination leg after a hand-over),
 * with its events newest first and its milestone times.
 *
 * @param carrier the carrier of this leg, when it differs from or refines the shipment's carrier
 * @param events the events, newest first
 * @param milestones when each milestone was reached
 * @param website the carrier's tracking web page for this leg
 * @param phone the carrier's phone number for this leg
 * @param referenceNumber the carrier's own reference for the parcel on this leg
 */
public record TrackingLeg(Optional<CarrierCode> carrier, List<TrackingEvent> events,
        Map<Milestone, EventTime> milestones, Optional<String> website, Optional<String> phone,
        Optional<String> referenceNumber) {

    /** A leg with nothing on it yet. */
    public static final TrackingLeg EMPTY = new TrackingLeg(Optional.empty(), List.of(), Map.of(), Optional.empty(),
            Optional.empty(), Optional.empty());

    private static final Comparator<TrackingEvent> NEWEST_FIRST =
            Comparator.comparing(TrackingEvent::time).reversed();

    public TrackingLeg {
        Objects.requireNonNull(carrier, "carrier");
        List<TrackingEvent> sorted = new ArrayList<>(Objects.requireNonNull(events, "events"));
        // A stable sort keeps the backend's order for events reported at the same minute.
        sorted.sort(NEWEST_FIRST);
        events = Collections.unmodifiableList(sorted);
        EnumMap<Milestone, EventTime> copy = new EnumMap<>(Milestone.class);
        copy.putAll(Objects.requireNonNull(milestones, "milestones"));
        milestones = Collections.unmodifiableMap(copy);
        website = nonBlank(website, "website");
        phone = nonBlank(phone, "phone");
        referenceNumber = nonBlank(referenceNumber, "referenceNumber");
    }

    /** A leg with the given events and nothing else. */
    public static TrackingLeg of(List<TrackingEvent> events) {
        return new TrackingLeg(Optional.empty(), events, Map.of(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The newest event of this leg. */
    public Optional<TrackingEvent> latestEvent() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0));
    }

    /** The oldest event of this leg. */
    public Optional<TrackingEvent> firstEvent() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /** When {@code milestone} was reached on this leg. */
    public Optional<EventTime> milestone(Milestone milestone) {
        return Optional.ofNullable(milestones.get(milestone));
    }

    /** Whether the leg has neither events nor milestones. */
    public boolean isEmpty() {
        return events.isEmpty() && milestones.isEmpty();
    }

    private static Optional<String> nonBlank(Optional<String> value, String what) {
        return Objects.requireNonNull(value, what).map(String::strip).filter(s -> !s.isEmpty());
    }
}
