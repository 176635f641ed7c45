package io.parcelport.ports.contract;

import io.parcelport.ports.out.TrackingBackend;
import java.util.Optional;
import org.junit.jupiter.api.Nested;

/**
 * The whole kit in one class: extend it once, implement {@link #newBackend()}, and every port contract runs as a
 * nested test class.
 */
public abstract class TrackingBackendContract extends BackendFactory {

    /** {@link ShipmentTrackerContract} against this backend. */
    @Nested
    class Shipments extends ShipmentTrackerContract {
        @Override
        protected TrackingBackend newBackend() {
            return TrackingBackendContract.this.newBackend();
        }
    }

    /** {@link TrackingAccountContract} against this backend. */
    @Nested
    class Account extends TrackingAccountContract {
        @Override
        protected TrackingBackend newBackend() {
            return TrackingBackendContract.this.newBackend();
        }

        @Override
        protected Optional<TrackingBackend> newBackendWithQuota(long quota) {
            return TrackingBackendContract.this.newBackendWithQuota(quota);
        }
    }

    /** {@link AirCargoTrackerContract} against this backend. */
    @Nested
    class AirCargo extends AirCargoTrackerContract {
        @Override
        protected TrackingBackend newBackend() {
            return TrackingBackendContract.this.newBackend();
        }
    }

    /** {@link CarrierDirectoryContract} against this backend. */
    @Nested
    class Carriers extends CarrierDirectoryContract {
        @Override
        protected TrackingBackend newBackend() {
            return TrackingBackendContract.this.newBackend();
        }
    }

    /** {@link LogisticsInsightsContract} against this backend. */
    @Nested
    class Insights extends LogisticsInsightsContract {
        @Override
        protected TrackingBackend newBackend() {
            return TrackingBackendContract.this.newBackend();
        }
    }
}
