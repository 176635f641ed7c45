package io.parcelport.adapter.trackingmore;

import io.parcelport.ports.BackendCapabilities;
import io.parcelport.ports.out.AirCargoTracker;
import io.parcelport.ports.out.CarrierDirectory;
import io.parcelport.ports.out.LogisticsInsights;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.ports.out.TrackingAccount;
import io.parcelport.ports.out.TrackingBackend;
import java.util.Objects;

/**
 * The TrackingMore API v2 as a Parcelport {@link TrackingBackend}: every driven port over one HTTP client, one
 * connection pool and one set of rate limiters, all scoped to this instance and its API key.
 *
 * <p>Thread-safe. {@link #close()} releases the connections; the ports must not be used afterwards.
 *
 * <pre>{@code
 * try (TrackingMoreBackend backend = TrackingMoreBackend.create(
 *         TrackingMoreConfig.builder().apiKeyFromEnvironment().build())) {
 *     backend.shipments().create(NewShipment.of(ShipmentKey.of("usps", "9400110200881234567890")));
 * }
 * }</pre>
 */
public final class TrackingMoreBackend implements TrackingBackend {
    private static final BackendCapabilities CAPABILITIES = BackendCapabilities.all("TrackingMore v2");

    private final TrackingMoreConfig config;
    private final HttpGateway gateway;
    private final TrackingMoreShipments shipments;
    private final TrackingMoreAirCargo airCargo;
    private final TrackingMoreCarriers carriers;
    private final TrackingMoreAccount account;
    private final TrackingMoreInsights insights;

    private TrackingMoreBackend(TrackingMoreConfig config) {
        this.config = config;
        this.gateway = new HttpGateway(config);
        this.shipments = new TrackingMoreShipments(gateway, new ShipmentMapper(config.clock()), config.clock());
        this.airCargo = new TrackingMoreAirCargo(gateway);
        this.carriers = new TrackingMoreCarriers(gateway);
        this.account = new TrackingMoreAccount(gateway);
        this.insights = new TrackingMoreInsights(gateway);
    }

    /** A backend with this configuration. */
    public static TrackingMoreBackend create(TrackingMoreConfig config) {
        return new TrackingMoreBackend(Objects.requireNonNull(config, "config"));
    }

    /**
     * A backend with the default configuration, the API key from {@code TRACKINGMORE_API_KEY} and, when set, the base
     * URL from {@code TRACKINGMORE_BASE_URL} (so that the environment alone can point it at an emulator).
     */
    public static TrackingMoreBackend fromEnvironment() {
        return create(TrackingMoreConfig.builder().fromEnvironment().build());
    }

    @Override
    public ShipmentTracker shipments() {
        return shipments;
    }

    @Override
    public AirCargoTracker airCargo() {
        return airCargo;
    }

    @Override
    public CarrierDirectory carriers() {
        return carriers;
    }

    @Override
    public TrackingAccount account() {
        return account;
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public LogisticsInsights insights() {
        return insights;
    }

    /** The configuration, key masked in its {@code toString()}. */
    public TrackingMoreConfig config() {
        return config;
    }

    @Override
    public void close() {
        gateway.close();
    }

    @Override
    public String toString() {
        return "TrackingMoreBackend[" + config.baseUri() + "]";
    }
}
