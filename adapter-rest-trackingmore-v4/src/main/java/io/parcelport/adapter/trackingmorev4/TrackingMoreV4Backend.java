package io.parcelport.adapter.trackingmorev4;

import io.parcelport.ports.BackendCapabilities;
import io.parcelport.ports.Capability;
import io.parcelport.ports.out.AirCargoTracker;
import io.parcelport.ports.out.CarrierDirectory;
import io.parcelport.ports.out.LogisticsInsights;
import io.parcelport.ports.out.NotOfferedPorts;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.ports.out.TrackingAccount;
import io.parcelport.ports.out.TrackingBackend;
import io.parcelport.rest.IdCache;
import java.util.EnumSet;
import java.util.Objects;

/**
 * The TrackingMore API v4 as a Parcelport {@link TrackingBackend}: the driven ports over one HTTP client, one
 * connection pool, one set of rate limiters and one cache of tracking ids, all scoped to this instance and its key.
 *
 * <p>v4 offers fewer operations than v2 ({@link #CAPABILITIES}); the others fail with
 * {@code OperationNotSupportedException} before anything is sent. Thread-safe. {@link #close()} releases the
 * connections; the ports must not be used afterwards.
 *
 * <pre>{@code
 * try (TrackingMoreV4Backend backend = TrackingMoreV4Backend.fromEnvironment()) {
 *     backend.shipments().create(NewShipment.of(ShipmentKey.of("usps", "9400111899562537624326")));
 * }
 * }</pre>
 */
public final class TrackingMoreV4Backend implements TrackingBackend {
    /**
     * What v4 offers: details and carrier changes, deletion, real-time tracking, air cargo and the courier list and
     * detection; not manual statuses, stopping the refresh, order filters, totals, account, counts or insights.
     */
    public static final BackendCapabilities CAPABILITIES = new BackendCapabilities("TrackingMore v4", EnumSet.of(
            Capability.UPDATE_DETAILS, Capability.CHANGE_CARRIER, Capability.DELETE, Capability.TRACK_NOW,
            Capability.AIR_CARGO, Capability.CARRIER_LIST, Capability.CARRIER_DETECT));

    // Enough for a long import's working set, small enough to be no concern: about 200 bytes an entry.
    private static final int ID_CACHE_CAPACITY = 10_000;

    private final TrackingMoreV4Config config;
    private final V4Gateway gateway;
    private final V4Shipments shipments;
    private final V4AirCargo airCargo;
    private final V4Carriers carriers;
    private final NotOfferedPorts notOffered;

    private TrackingMoreV4Backend(TrackingMoreV4Config config) {
        this.config = config;
        this.gateway = new V4Gateway(config);
        this.shipments = new V4Shipments(gateway, new V4ShipmentMapper(config.clock()),
                new IdCache(ID_CACHE_CAPACITY), config.limits(), CAPABILITIES);
        this.airCargo = new V4AirCargo(gateway);
        this.carriers = new V4Carriers(gateway);
        this.notOffered = new NotOfferedPorts(CAPABILITIES);
    }

    /** A backend with this configuration. */
    public static TrackingMoreV4Backend create(TrackingMoreV4Config config) {
        return new TrackingMoreV4Backend(Objects.requireNonNull(config, "config"));
    }

    /**
     * A backend with the default configuration, the API key from {@code TRACKINGMORE_API_KEY} and, when set, the base
     * URL from {@code TRACKINGMORE_BASE_URL}.
     */
    public static TrackingMoreV4Backend fromEnvironment() {
        return create(TrackingMoreV4Config.builder().fromEnvironment().build());
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
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
        return notOffered;
    }

    @Override
    public LogisticsInsights insights() {
        return notOffered;
    }

    /** The configuration, key masked in its {@code toString()}. */
    public TrackingMoreV4Config config() {
        return config;
    }

    @Override
    public void close() {
        gateway.close();
    }

    @Override
    public String toString() {
        return "TrackingMoreV4Backend[" + config.baseUri() + "]";
    }
}
