package io.parcelport.adapter.trackingmore;

import io.parcelport.domain.shipment.ManualStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.StatusCommand;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The manual status overrides this adapter set itself, put back on what it reads.
 *
 * <p>TrackingMore v2 shows only the status in force: a status set by hand (4 or 7) hides the carrier's, and no field
 * says so. The adapter remembers the overrides it set, over the carrier's status it read just before, and puts them
 * back on what it reads while the answer still shows the manual status.
 */
final class ManualOverrides {
    private final Map<ShipmentKey, ShipmentStatus> overrides = new ConcurrentHashMap<>();
    private final Clock clock;

    ManualOverrides(Clock clock) {
        this.clock = clock;
    }

    /** {@code shipment} with the override this adapter set on it, while TrackingMore still shows it. */
    Shipment remembered(Shipment shipment) {
        ShipmentStatus known = overrides.get(shipment.key());
        if (known == null) {
            return shipment;
        }
        if (shipment.deliveryStatus() != known.effective()) {
            overrides.remove(shipment.key(), known); // changed elsewhere: what the answer says is what holds
            return shipment;
        }
        return shipment.toBuilder().status(known).build();
    }

    /**
     * {@code shipment} as the update {@code changes} left it: a manual status command recorded as an override over
     * the carrier's status {@code before} it, a revert forgetting the override.
     */
    Shipment withCommand(Shipment shipment, ShipmentChanges changes, Optional<ShipmentStatus> before) {
        if (changes.status().isEmpty()) {
            return remembered(shipment);
        }
        Optional<ManualStatus> manual = changes.status().flatMap(StatusCommand::manualStatus);
        if (manual.isEmpty()) {
            overrides.remove(shipment.key()); // reverted: the answer shows the carrier's status again
            return shipment;
        }
        ShipmentStatus base = before.orElse(shipment.status());
        ShipmentStatus overridden = base.override(manual.get(), clock.instant()).status();
        overrides.put(shipment.key(), overridden);
        return shipment.toBuilder().status(overridden).build();
    }

    /** Forgets the override of a shipment that is gone or moved to another key. */
    void forget(ShipmentKey key) {
        overrides.remove(key);
    }
}
