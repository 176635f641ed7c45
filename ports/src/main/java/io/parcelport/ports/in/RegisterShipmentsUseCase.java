package io.parcelport.ports.in;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import java.util.List;

/** Register shipments for tracking, any number at once, safely re-runnable as an import. */
public interface RegisterShipmentsUseCase {

    /** Registers one shipment; {@code ALREADY_EXISTS} is a normal outcome, not an error. */
    ItemOutcome<Shipment> register(NewShipment shipment);

    /**
     * Registers any number of shipments, in backend-sized chunks; one outcome per input item, in input order.
     * Items already registered (or repeated in the input) come back {@code ALREADY_EXISTS}, so re-running an import
     * is safe and costs nothing twice; {@link ItemOutcome#isDone()} holds for them.
     */
    List<ItemOutcome<Shipment>> registerAll(List<NewShipment> shipments);
}
