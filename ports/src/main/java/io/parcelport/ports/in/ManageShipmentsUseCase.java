package io.parcelport.ports.in;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.StatusCommand;
import java.util.List;

/** Change registered shipments: details, status by hand, carrier, refreshing, deletion; one or many at once. */
public interface ManageShipmentsUseCase {

    /** Changes one shipment. */
    ItemOutcome<Shipment> update(ShipmentKey key, ShipmentChanges changes);

    /** Changes any number of shipments; one outcome per item, in input order. */
    List<ItemOutcome<Shipment>> updateAll(List<ShipmentUpdate> updates);

    /** Applies one status command (mark delivered, mark exception, revert) to any number of shipments. */
    List<ItemOutcome<Shipment>> applyStatus(List<ShipmentKey> keys, StatusCommand command);

    /** Moves a shipment to another carrier. */
    ItemOutcome<Shipment> changeCarrier(ShipmentKey key, CarrierCode newCarrier);

    /** Stops refreshing any number of shipments; one outcome per item, in input order. */
    List<ItemOutcome<ShipmentKey>> stopRefreshing(List<ShipmentKey> keys);

    /** Deletes one shipment. */
    ItemOutcome<ShipmentKey> delete(ShipmentKey key);

    /** Deletes any number of shipments; one outcome per item, in input order. */
    List<ItemOutcome<ShipmentKey>> deleteAll(List<ShipmentKey> keys);
}
