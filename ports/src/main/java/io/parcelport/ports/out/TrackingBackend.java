package io.parcelport.ports.out;

import io.parcelport.ports.BackendCapabilities;

/**
 * One tracking backend with all its driven ports, as a composition root hands it to the use cases.
 *
 * <p>Closing a backend releases what it holds (connections, threads); its ports must not be used afterwards.
 */
public interface TrackingBackend extends AutoCloseable {

    /**
     * The backend's name and the optional operations it offers; the others fail with
     * {@link io.parcelport.ports.OperationNotSupportedException} naming the operation and the backend.
     */
    BackendCapabilities capabilities();

    /** Registered shipments. */
    ShipmentTracker shipments();

    /** Air cargo by air waybill. */
    AirCargoTracker airCargo();

    /** Supported carriers and detection. */
    CarrierDirectory carriers();

    /** Quota, balance and status counts. */
    TrackingAccount account();

    /** Remote areas and transit times. */
    LogisticsInsights insights();

    /** Releases what the backend holds; does nothing by default. */
    @Override
    default void close() {
    }
}
