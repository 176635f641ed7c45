package io.parcelport.ports.in;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import java.util.List;

/** Ask carriers for the latest state now (real-time tracking), waiting for the backend's rate limit, not failing on it. */
public interface RefreshShipmentsUseCase {

    /** Tracks one shipment now, registering it when needed. */
    ItemOutcome<Shipment> refresh(NewShipment shipment);

    /** Tracks many shipments now, one after another at the backend's allowed rate; one outcome per item, in order. */
    List<ItemOutcome<Shipment>> refreshAll(List<NewShipment> shipments);
}
