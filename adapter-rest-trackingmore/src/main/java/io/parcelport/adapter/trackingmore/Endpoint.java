package io.parcelport.adapter.trackingmore;

/**
 * Each TrackingMore call the adapter makes: the port operation it serves (named in every exception), whether it is
 * safe to repeat after a failure that the backend may have processed, and which rate limiter it waits on.
 *
 * <p>Every call is retried after failures that prove the backend did not act (connection refused, HTTP or meta 429).
 * After an ambiguous failure (read timeout, any 5xx including 503, an unreadable answer) only {@link #safeToRepeat}
 * calls are retried, unless the retry policy says otherwise (see {@code io.parcelport.pacing.RetryPolicy}). Why each is or is not safe:
 * <ul>
 *   <li>reads ({@code GET} single and list, account, status counts, carriers, remote areas, transit times): no
 *       effect;</li>
 *   <li>create and batch create: a repeated item answers 4016 "already exists", which is
 *       {@code ALREADY_EXISTS}, done for an import, and costs no quota;</li>
 *   <li>update (single and batch) and stop refreshing: they set values, and setting the same values twice ends in
 *       the same state;</li>
 *   <li>delete (single and batch): a repeat can only find the shipment gone; the outcome may then read
 *       {@code NOT_FOUND}, but the state the caller asked for holds either way;</li>
 *   <li>real-time tracking: it registers (idempotent, as create) and reads; each attempt waits on the real-time
 *       limiter again;</li>
 *   <li>detect: a read that costs a fifth of a quota unit per call, a price worth a retry;</li>
 *   <li><b>not</b> change carrier: once it succeeded the old key is gone, so a repeat answers "does not exist" for
 *       a change that happened;</li>
 *   <li><b>not</b> air cargo: each waybill costs 20 quota units per call, found or not, so a blind repeat may pay
 *       twice.</li>
 * </ul>
 */
enum Endpoint {
    CREATE("ShipmentTracker.create", true, Limiter.OTHER),
    CREATE_BATCH("ShipmentTracker.createAll", true, Limiter.OTHER),
    FIND("ShipmentTracker.find", true, Limiter.OTHER),
    LIST("ShipmentTracker.query", true, Limiter.LIST),
    UPDATE("ShipmentTracker.update", true, Limiter.OTHER),
    UPDATE_BATCH("ShipmentTracker.updateAll", true, Limiter.OTHER),
    DELETE("ShipmentTracker.delete", true, Limiter.OTHER),
    DELETE_BATCH("ShipmentTracker.deleteAll", true, Limiter.OTHER),
    CHANGE_CARRIER("ShipmentTracker.changeCarrier", false, Limiter.OTHER),
    STOP_REFRESHING("ShipmentTracker.stopRefreshing", true, Limiter.OTHER),
    REALTIME("ShipmentTracker.trackNow", true, Limiter.REALTIME),
    ACCOUNT_INFO("TrackingAccount.info", true, Limiter.OTHER),
    STATUS_COUNTS("TrackingAccount.statusCounts", true, Limiter.OTHER),
    REMOTE_AREAS("LogisticsInsights.checkRemoteAreas", true, Limiter.OTHER),
    TRANSIT_TIMES("LogisticsInsights.transitTimes", true, Limiter.OTHER),
    AIR_CARGO("AirCargoTracker.track", false, Limiter.OTHER),
    CARRIERS("CarrierDirectory.carriers", true, Limiter.OTHER),
    DETECT("CarrierDirectory.detect", true, Limiter.OTHER);

    /** Which client-side rate limiter a call waits on. */
    enum Limiter {
        REALTIME, LIST, OTHER
    }

    final String operation;
    final boolean safeToRepeat;
    final Limiter limiter;

    Endpoint(String operation, boolean safeToRepeat, Limiter limiter) {
        this.operation = operation;
        this.safeToRepeat = safeToRepeat;
        this.limiter = limiter;
    }
}
