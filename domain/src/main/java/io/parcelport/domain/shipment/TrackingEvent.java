package io.parcelport.domain.shipment;

import io.parcelport.domain.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * One checkpoint in a shipment's history: when, what, where, and the status it put the parcel in.
 *
 * @param time when it happened, in the carrier's local time
 * @param description what the carrier said
 * @param location where it happened, as the carrier wrote it
 * @param checkpointStatus the delivery status this event stands for
 * @param subStatus the finer sub-status, when the backend gave one
 * @param milestone the milestone this event reached, when the backend marked one
 */
public record TrackingEvent(EventTime time, String description, Optional<String> location,
        DeliveryStatus checkpointStatus, Optional<SubStatus> subStatus, Optional<Milestone> milestone) {
    public TrackingEvent {
        Objects.requireNonNull(time, "time");
        description = Checks.requireText(description, "event description");
        Objects.requireNonNull(location, "location");
        location = location.map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(checkpointStatus, "checkpointStatus");
        Objects.requireNonNull(subStatus, "subStatus");
        Objects.requireNonNull(milestone, "milestone");
    }

    /** An event with no sub-status and no milestone. */
    public static TrackingEvent of(EventTime time, String description, String location, DeliveryStatus status) {
        return new TrackingEvent(time, description, Optional.ofNullable(location), status, Optional.empty(),
                Optional.empty());
    }
}
