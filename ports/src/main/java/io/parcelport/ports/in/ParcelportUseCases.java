package io.parcelport.ports.in;

import io.parcelport.ports.BackendCapabilities;

/**
 * Every use case of Parcelport over one backend: what a driving adapter (a command-line tool, an HTTP face, an
 * application's own controllers) takes, so that it knows the use cases and nothing of how they are wired.
 */
public interface ParcelportUseCases extends AutoCloseable {

    /**
     * The backend's name and the optional operations it offers; a use case of one it does not offer throws
     * {@link io.parcelport.ports.OperationNotSupportedException}, even a many-item one.
     */
    BackendCapabilities capabilities();

    /** Register shipments. */
    RegisterShipmentsUseCase register();

    /** Read shipments, query them lazily, count them, receive pushed reports, and subscribe to status changes. */
    FollowShipmentsUseCase follow();

    /** Real-time tracking. */
    RefreshShipmentsUseCase refresh();

    /** Change, stop and delete shipments. */
    ManageShipmentsUseCase manage();

    /** Air cargo by air waybill. */
    TrackAirCargoUseCase airCargo();

    /** Carriers and detection. */
    CarriersUseCase carriers();

    /** Quota and balance. */
    AccountUseCase account();

    /** Remote areas and transit times. */
    InsightsUseCase insights();

    /** Releases what the use cases hold (threads of their own); the backend stays open. */
    @Override
    void close();
}
