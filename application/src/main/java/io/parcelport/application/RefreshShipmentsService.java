package io.parcelport.application;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.OperationNotSupportedException;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.in.RefreshShipmentsUseCase;
import io.parcelport.ports.out.ShipmentTracker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Real-time tracking of one shipment or many.
 *
 * <p>{@link #refreshAll} tracks its items one after another in input order (the backend's real-time rate, not the
 * latency, is what bounds throughput, and pacing to that rate is the backend's business), tracks a key repeated in
 * the input once and gives every occurrence the same outcome, and turns backend failures into per-item outcomes as
 * {@link Failures} describes. {@link #refresh} (one item) lets them propagate. Fresh shipments pass through the
 * {@link ShipmentEvents} hub.
 */
record RefreshShipmentsService(ShipmentTracker tracker, ShipmentEvents events) implements RefreshShipmentsUseCase {

    @Override
    public ItemOutcome<Shipment> refresh(NewShipment shipment) {
        Objects.requireNonNull(shipment, "shipment");
        return tracker.trackNow(shipment).map(events::observe);
    }

    @Override
    public List<ItemOutcome<Shipment>> refreshAll(List<NewShipment> shipments) {
        DistinctItems<NewShipment> batch = DistinctItems.of(shipments, NewShipment::key, "shipments");
        Failures.Halt halt = new Failures.Halt();
        List<ItemOutcome<Shipment>> answers = batch.distinct().stream().map(s -> refreshOne(s, halt)).toList();
        return batch.answerAll(answers, (repeat, first) -> first);
    }

    private ItemOutcome<Shipment> refreshOne(NewShipment shipment, Failures.Halt halt) {
        BackendException halted = halt.cause();
        if (halted != null) {
            return ItemOutcome.rejected(Failures.notSentBecause(halted));
        }
        try {
            return refresh(shipment);
        } catch (OperationNotSupportedException e) {
            throw e;
        } catch (BackendException e) {
            halt.offer(e);
            return ItemOutcome.rejected(Failures.rejectionFor(e));
        }
    }
}
