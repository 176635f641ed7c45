package io.parcelport.adapter.aftership;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.BackendCapabilities;
import io.parcelport.ports.Capability;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.out.AirCargoTracker;
import io.parcelport.ports.out.CarrierDirectory;
import io.parcelport.ports.out.LogisticsInsights;
import io.parcelport.ports.out.NotOfferedPorts;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.ports.out.TrackingAccount;
import io.parcelport.ports.out.TrackingBackend;
import java.util.EnumSet;
import java.util.Objects;

/**
 * AfterShip's Tracking API 2025-07 as a Parcelport {@link TrackingBackend}: shipments and couriers over one HTTP
 * client, with one rate limiter per AfterShip endpoint, all scoped to this instance and its API key.
 *
 * <p>Offered: registering, reading and listing shipments (cursor paging, filters by status, numbers, one order id and
 * times), changing their details and carrier, archiving them (a custom field, as AfterShip has no archive), deleting
 * them, manual statuses (mark-as-completed DELIVERED or LOST; back to the carrier's status by a retrack, which
 * AfterShip allows once per tracking), and the courier list and detection. Not offered, answered before anything is
 * sent: stopping the refresh, real-time tracking, ordering-time filters, totals, air cargo, the account, and the
 * logistics insights.
 *
 * <p>Thread-safe. {@link #close()} releases the connections; the ports must not be used afterwards.
 */
public final class AfterShipBackend implements TrackingBackend {
    /** What AfterShip offers of the optional operations. */
    public static final BackendCapabilities CAPABILITIES = new BackendCapabilities("AfterShip 2025-07", EnumSet.of(
            Capability.UPDATE_DETAILS, Capability.MANUAL_STATUS, Capability.CHANGE_CARRIER, Capability.DELETE,
            Capability.QUERY_BY_ORDER_ID, Capability.CARRIER_LIST, Capability.CARRIER_DETECT));

    private final AfterShipConfig config;
    private final Gateway gateway;
    private final AfterShipShipments shipments;
    private final AfterShipCarriers carriers;
    private final NotOfferedPorts others;

    private AfterShipBackend(AfterShipConfig config) {
        this.config = config;
        this.gateway = new Gateway(config);
        this.shipments = new AfterShipShipments(gateway, CAPABILITIES);
        this.carriers = new AfterShipCarriers(gateway);
        this.others = new NotOfferedPorts(CAPABILITIES);
    }

    /** A backend with this configuration. */
    public static AfterShipBackend create(AfterShipConfig config) {
        return new AfterShipBackend(Objects.requireNonNull(config, "config"));
    }

    /** A backend with the API key from {@code AFTERSHIP_API_KEY} and, when set, the base URL from {@code AFTERSHIP_BASE_URL}. */
    public static AfterShipBackend fromEnvironment() {
        return create(AfterShipConfig.builder().fromEnvironment().build());
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
        return others;
    }

    @Override
    public CarrierDirectory carriers() {
        return carriers;
    }

    @Override
    public TrackingAccount account() {
        return others;
    }

    @Override
    public LogisticsInsights insights() {
        return others;
    }

    /**
     * Restarts tracking a shipment AfterShip stopped tracking (reference §2.6): AfterShip-only, since no port has the
     * operation.
     *
     * @return accepted with the shipment, or rejected {@code NOT_FOUND}, or {@code NOT_ALLOWED} when it is still
     *     active (4013) or was retracked before (4016)
     */
    public ItemOutcome<Shipment> retrack(ShipmentKey key) {
        return shipments.retrack(key);
    }

    /** The per-second limit in force for {@code endpoint}'s wire endpoint, as the headers last set it. */
    int limitInForce(Endpoint endpoint) {
        return gateway.pacing(endpoint).limit();
    }

    /** How many shipment keys the backend remembers the AfterShip id of. */
    int cachedIds() {
        return shipments.ids().size();
    }

    /** The configuration, key masked in its {@code toString()}. */
    public AfterShipConfig config() {
        return config;
    }

    @Override
    public void close() {
        gateway.close();
    }

    @Override
    public String toString() {
        return "AfterShipBackend[" + config.baseUri() + "]";
    }
}
