package io.parcelport.adapter.inmemory;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.ShipmentStatus;
import java.time.Instant;

/**
 * One registered shipment as the store keeps it: identity, details and the index of its simulated step.
 *
 * <p>Mutable, and only ever touched under the store's lock. Kept small on purpose (a million of them must fit in a
 * gigabyte): the events are not stored but rebuilt from the plan when the shipment is read.
 */
final class Entry {
    private static final DeliveryStatus[] STATUSES = DeliveryStatus.values();

    final ShipmentKey key;
    final Instant createdAt;
    final long serial;
    Instant updatedAt;
    Instant trackedSince;
    Details details;
    ShipmentStatus.ManualOverride override;
    boolean archived;
    boolean refreshing = true;
    boolean live = true;
    boolean queued;
    byte scenario;
    byte step;
    byte carrierStatus;
    long nextDueMillis = Long.MAX_VALUE;
    /** The effective status and archived flag under which the {@link EntryIndex} lists the entry. */
    byte indexedStatus;
    boolean indexedArchived;

    Entry(ShipmentKey key, Instant createdAt, long serial, Details details, Scenario scenario) {
        this.key = key;
        this.createdAt = createdAt;
        this.serial = serial;
        this.updatedAt = createdAt;
        this.trackedSince = createdAt;
        this.details = details;
        this.scenario = (byte) scenario.ordinal();
        this.carrierStatus = (byte) DeliveryStatus.PENDING.ordinal();
    }

    Scenario scenario() {
        return Scenario.byOrdinal(scenario);
    }

    DeliveryStatus carrierStatus() {
        return STATUSES[carrierStatus];
    }

    /** Stamps a change at {@code at}; the time of the last change never goes back. */
    void touch(Instant at) {
        if (at.isAfter(updatedAt)) {
            updatedAt = at;
        }
    }

    /** The status in force: a manual override if one is set, else the carrier's. */
    DeliveryStatus effective() {
        return override != null ? override.status().toDeliveryStatus() : carrierStatus();
    }
}
