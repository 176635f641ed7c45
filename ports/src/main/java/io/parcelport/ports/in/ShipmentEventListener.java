package io.parcelport.ports.in;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusChanged;

/** Receives the status changes that the use cases observe when they read or refresh shipments. */
@FunctionalInterface
public interface ShipmentEventListener {

    /** Called once per observed change, on the thread that observed it; must not block for long. */
    void onStatusChanged(ShipmentKey shipment, StatusChanged event);
}
