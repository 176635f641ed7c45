package io.parcelport.adapter.inmemory;

import io.parcelport.adapter.inmemory.Simulator.Place;
import io.parcelport.adapter.inmemory.Simulator.Plan;
import io.parcelport.adapter.inmemory.Simulator.Step;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Milestone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Accumulates the steps of one {@link Simulator.Plan}; times are either absolute offsets or random gaps after the
 * previous step, and the wording of each step follows the carrier's kind (postal or express).
 */
final class PlanBuilder {
    final SplittableRandom rnd;
    final boolean postal;
    final List<Step> steps = new ArrayList<>();
    Duration time = Duration.ZERO;
    Duration next = Duration.ZERO;
    boolean destinationLeg;

    PlanBuilder(SplittableRandom rnd, boolean postal) {
        this.rnd = rnd;
        this.postal = postal;
        steps.add(new Step(Duration.ZERO, DeliveryStatus.PENDING, null, null, Place.NONE, null, false));
    }

    PlanBuilder at(Duration offset) {
        next = offset;
        return this;
    }

    PlanBuilder after(int minHours, int maxHours) {
        // Minutes too, so that events do not all fall on the hour.
        next = time.plusHours(minHours + rnd.nextInt(maxHours - minHours + 1)).plusMinutes(rnd.nextInt(60));
        return this;
    }

    void step(DeliveryStatus status, String sub, String description, Place place, Milestone milestone) {
        if (next.compareTo(time) <= 0) {
            next = time.plusMinutes(1);
        }
        time = next;
        // Once a postal parcel is handed over abroad, every later scan is the destination post's.
        steps.add(new Step(time, status, sub, description, place, milestone, destinationLeg));
    }

    void transit(String sub, String description, Place place, Milestone milestone) {
        step(DeliveryStatus.IN_TRANSIT, sub, description, place, milestone);
    }

    void outForDelivery() {
        step(DeliveryStatus.OUT_FOR_DELIVERY, "pickup001", postal ? "Out for delivery"
                : "With delivery courier", Place.DEST_CITY, null);
    }

    void failedAttempt() {
        step(DeliveryStatus.FAILED_ATTEMPT, "undelivered001",
                "Delivery attempted: recipient not available, notice left", Place.DEST_CITY, null);
    }

    void delivered(String sub, String description) {
        step(DeliveryStatus.DELIVERED, sub, description, Place.DEST_CITY, null);
    }

    void notFound() {
        step(DeliveryStatus.NOT_FOUND, "notfound002", "No tracking information available yet", Place.NONE, null);
    }

    void expired() {
        // TrackingMore's own verdict, not a carrier scan: the status changes without an event.
        if (next.compareTo(time) <= 0) {
            next = time.plusDays(1);
        }
        time = next;
        steps.add(new Step(time, DeliveryStatus.EXPIRED, null, null, Place.NONE, null, false));
    }

    String accepted() {
        return postal ? "Posting/Collection: item accepted" : "Shipment picked up";
    }

    String hubScan() {
        return postal ? "Arrival at the processing centre" : "Processed at the origin hub";
    }

    String infoReceived() {
        return postal ? "Electronic information submitted by the sender" : "Shipment information received";
    }

    Plan build(boolean international) {
        return new Plan(List.copyOf(steps), international);
    }
}
