package io.parcelport.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.ports.out.TrackingBackend;
import java.util.List;
import java.util.Optional;

/**
 * The base of the parts of {@link ShipmentTrackerContract}: each part takes its backends from the contract it runs
 * in, so that a backend's test stays a factory, and reaches the port under test and its batch limit from here.
 */
abstract class ShipmentContractSupport extends ContractSupport {

    /** The contract this part runs in, which makes the backends. */
    abstract ShipmentTrackerContract contract();

    @Override
    protected final TrackingBackend newBackend() {
        return contract().newBackend();
    }

    @Override
    protected final Optional<TrackingBackend> newBackendWithQuota(long quota) {
        return contract().newBackendWithQuota(quota);
    }

    ShipmentTracker tracker() {
        return backend.shipments();
    }

    int batchLimit() {
        return tracker().limits().maxBatchSize();
    }


    /**
     * Asserts the outcomes of a removal of a known key, an unknown one and another known one: one outcome per item,
     * in order, each known key accepted with itself as the value and the unknown one {@code NOT_FOUND}.
     */
    static void assertKnownUnknownKnown(List<ItemOutcome<ShipmentKey>> outcomes, ShipmentKey first,
            ShipmentKey last) {
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0).value()).contains(first);
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(outcomes.get(2).value()).contains(last);
    }
}
