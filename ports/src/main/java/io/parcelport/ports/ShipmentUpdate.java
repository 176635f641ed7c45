package io.parcelport.ports;

import io.parcelport.domain.shipment.ShipmentKey;
import java.util.Objects;

/**
 * One item of a many-shipment update: which shipment, and what changes.
 *
 * @param key the shipment
 * @param changes what to change
 */
public record ShipmentUpdate(ShipmentKey key, ShipmentChanges changes) {
    public ShipmentUpdate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(changes, "changes");
    }
}
