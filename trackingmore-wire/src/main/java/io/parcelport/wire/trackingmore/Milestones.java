package io.parcelport.wire.trackingmore;

import io.parcelport.domain.shipment.Milestone;
import java.util.Arrays;
import java.util.Optional;

/**
 * TrackingMore v2's milestone names (reference §4: the {@code origin_info} / {@code destination_info} fields and an
 * event's {@code ItemNode}) and the domain's {@link Milestone}, both ways.
 */
public final class Milestones {

    private Milestones() {
    }

    /** The name of {@code milestone}: the leg's field for its time, and an event's {@code ItemNode} value. */
    public static String write(Milestone milestone) {
        return switch (milestone) {
            case RECEIVED -> "ItemReceived";
            case DISPATCHED -> "ItemDispatched";
            case DEPARTED_AIRPORT -> "DepartfromAirport";
            case ARRIVED_ABROAD -> "ArrivalfromAbroad";
            case CUSTOMS -> "CustomsClearance";
            case ARRIVED_AT_DELIVERY_OFFICE -> "DestinationArrived";
        };
    }

    /** The milestone an {@code ItemNode} names; empty for null, blank and names this version does not know. */
    public static Optional<Milestone> read(String itemNode) {
        return Wire.text(itemNode).flatMap(node -> Arrays.stream(Milestone.values())
                .filter(m -> write(m).equals(node)).findFirst());
    }

    /** The time a leg gives for {@code milestone}, as written (null when absent). */
    public static String timeIn(Wire.Leg leg, Milestone milestone) {
        return switch (milestone) {
            case RECEIVED -> leg.itemReceived();
            case DISPATCHED -> leg.itemDispatched();
            case DEPARTED_AIRPORT -> leg.departFromAirport();
            case ARRIVED_ABROAD -> leg.arrivalFromAbroad();
            case CUSTOMS -> leg.customsClearance();
            case ARRIVED_AT_DELIVERY_OFFICE -> leg.destinationArrived();
        };
    }
}
