package io.parcelport.ports.contract;

import io.parcelport.ports.BackendCapabilities;
import io.parcelport.ports.out.AirCargoTracker;
import io.parcelport.ports.out.CarrierDirectory;
import io.parcelport.ports.out.LogisticsInsights;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.ports.out.TrackingAccount;
import io.parcelport.ports.out.TrackingBackend;
import java.util.Objects;

/**
 * A backend that also closes something of the test's own when the kit closes it, e.g. the server a
 * {@code newBackendWithQuota} started for that one backend.
 *
 * @param backend the backend under test
 * @param alsoClose what to close after it
 */
public record ClosingAlso(TrackingBackend backend, AutoCloseable alsoClose) implements TrackingBackend {

    public ClosingAlso {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(alsoClose, "alsoClose");
    }

    @Override
    public BackendCapabilities capabilities() {
        return backend.capabilities();
    }

    @Override
    public ShipmentTracker shipments() {
        return backend.shipments();
    }

    @Override
    public AirCargoTracker airCargo() {
        return backend.airCargo();
    }

    @Override
    public CarrierDirectory carriers() {
        return backend.carriers();
    }

    @Override
    public TrackingAccount account() {
        return backend.account();
    }

    @Override
    public LogisticsInsights insights() {
        return backend.insights();
    }

    /** Closes the backend, then the other resource, even when the first fails. */
    @Override
    public void close() {
        try {
            backend.close();
        } finally {
            try {
                alsoClose.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close " + alsoClose, e);
            }
        }
    }
}
