package io.parcelport.ports;

/**
 * An optional operation of the driven ports, which one backend offers and another may not.
 *
 * <p>Registering, reading one shipment and listing are what every backend does, so they have no constant here. An
 * operation a backend does not offer fails with {@link OperationNotSupportedException} naming the operation and the
 * backend, before anything is sent.
 */
public enum Capability {
    /** Changing a shipment's details ({@code ShipmentTracker.update} and {@code updateAll} without a status). */
    UPDATE_DETAILS("ShipmentTracker.update"),
    /** Setting a status by hand, and reverting to the carrier's ({@code ShipmentChanges.status}). */
    MANUAL_STATUS("ShipmentTracker.update (status)"),
    /** Moving a shipment to another carrier. */
    CHANGE_CARRIER("ShipmentTracker.changeCarrier"),
    /** Deleting shipments. */
    DELETE("ShipmentTracker.delete"),
    /** Stopping the background refresh of shipments. */
    STOP_REFRESHING("ShipmentTracker.stopRefreshing"),
    /** Tracking a shipment in real time. */
    TRACK_NOW("ShipmentTracker.trackNow"),
    /** Filtering a query by order ids. */
    QUERY_BY_ORDER_ID("ShipmentTracker.query (order ids)"),
    /** Filtering a query by when orders were placed. */
    QUERY_BY_ORDER_TIME("ShipmentTracker.query (order time)"),
    /** Counting a query's matches over all pages ({@link Page#total()} present). */
    QUERY_TOTAL("ShipmentTracker.query (total)"),
    /** Tracking air cargo by air waybill. */
    AIR_CARGO("AirCargoTracker.track"),
    /** Listing the supported carriers. */
    CARRIER_LIST("CarrierDirectory.carriers"),
    /** Detecting carriers from a tracking number. */
    CARRIER_DETECT("CarrierDirectory.detect"),
    /** The account's quota and balance. */
    ACCOUNT_INFO("TrackingAccount.info"),
    /** Shipments counted by status. */
    STATUS_COUNTS("TrackingAccount.statusCounts"),
    /** Checking remote delivery areas. */
    REMOTE_AREAS("LogisticsInsights.checkRemoteAreas"),
    /** Carriers' transit-time statistics. */
    TRANSIT_TIMES("LogisticsInsights.transitTimes");

    private final String operation;

    Capability(String operation) {
        this.operation = operation;
    }

    /** The port operation this capability stands for, as failures name it. */
    public String operation() {
        return operation;
    }
}
