package io.parcelport.ports.contract;

import io.parcelport.ports.out.ShipmentTracker;
import org.junit.jupiter.api.Nested;

/**
 * The contract of {@link ShipmentTracker}: registration, reading, listing, changes, deletion and real-time tracking,
 * as its Javadoc states them.
 *
 * <p>Extend it and implement {@link #newBackend()}, as with {@link TrackingBackendContract}; its four parts run as
 * nested test classes, each test on a fresh backend.
 */
public abstract class ShipmentTrackerContract extends BackendFactory {

    /** Creating shipments one by one, in batches, and by tracking them now. */
    @Nested
    class Registering extends ShipmentRegistrationContract {
        @Override
        ShipmentTrackerContract contract() {
            return ShipmentTrackerContract.this;
        }
    }

    /** Finding one shipment, querying by filter, and paging. */
    @Nested
    class ReadingAndQuerying extends ShipmentQueryContract {
        @Override
        ShipmentTrackerContract contract() {
            return ShipmentTrackerContract.this;
        }
    }

    /** Updating details and status, and changing the carrier. */
    @Nested
    class Changing extends ShipmentChangeContract {
        @Override
        ShipmentTrackerContract contract() {
            return ShipmentTrackerContract.this;
        }
    }

    /** Deleting shipments and stopping their refresh. */
    @Nested
    class DeletingAndStopping extends ShipmentRemovalContract {
        @Override
        ShipmentTrackerContract contract() {
            return ShipmentTrackerContract.this;
        }
    }
}
