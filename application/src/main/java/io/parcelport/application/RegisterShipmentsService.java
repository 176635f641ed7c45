package io.parcelport.application;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.in.RegisterShipmentsUseCase;
import io.parcelport.ports.out.ShipmentTracker;
import java.util.List;
import java.util.Objects;

/**
 * Registers any number of shipments: sends each distinct key once in chunks of the backend's batch size, a few
 * chunks at a time, and answers one outcome per input item in input order.
 *
 * <p>A key repeated in the input is sent once, and its later occurrences are {@code ALREADY_EXISTS} without a call,
 * as the backend itself would answer, or get the first occurrence's refusal when that was refused
 * ({@link DistinctItems} holds the rule). Backend failures become rejections as {@link Failures} describes, so
 * {@link #registerAll} never throws a backend exception and loses no item; {@link #register} (one item) lets them
 * propagate instead. Waiting for the backend's rate limits and retrying is the backend's business.
 */
record RegisterShipmentsService(ShipmentTracker tracker, BatchRunner runner, ShipmentEvents events)
        implements RegisterShipmentsUseCase {

    @Override
    public ItemOutcome<Shipment> register(NewShipment shipment) {
        Objects.requireNonNull(shipment, "shipment");
        return tracker.create(shipment).map(events::observe);
    }

    @Override
    public List<ItemOutcome<Shipment>> registerAll(List<NewShipment> shipments) {
        DistinctItems<NewShipment> batch = DistinctItems.of(shipments, NewShipment::key, "shipments");
        List<ItemOutcome<Shipment>> answers =
                runner.run(batch.distinct(), tracker.limits().maxBatchSize(), tracker::createAll);
        return batch.answerAll(answers.stream().map(a -> a.map(events::observe)).toList(),
                (repeat, first) -> ItemOutcome.rejected(RejectionReason.ALREADY_EXISTS,
                        repeat.key() + " appears earlier in the same input; it is registered once"));
    }
}
