package io.parcelport.ports.contract;

import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.ports.out.TrackingBackend;
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
}
