package io.parcelport.adapter.trackingmorev4;

/**
 * Each TrackingMore v4 call the adapter makes: the port operation it serves (named in every exception), whether it
 * is safe to repeat after a failure the backend may have processed, and which rate limiter it waits on.
 *
 * <p>Every call is repeated after failures that prove the backend did nothing (a refused connection, a 429). After an
 * ambiguous one (a read timeout, a 5xx, an unreadable answer) only the safe ones are:
 * <ul>
 *   <li>reads (list, lookup, couriers, detect): no effect;</li>
 *   <li>create and batch create: a repeated item answers 4101 "already exists";</li>
 *   <li>update by id (details): it sets values;</li>
 *   <li>delete by id: a repeat can only find it gone;</li>
 *   <li><b>not</b> change carrier: once done, a repeat may answer for a key that moved;</li>
 *   <li><b>not</b> retrack: a repeat of a retrack that happened answers 4113, and its cost is not documented;</li>
 *   <li><b>not</b> air waybill: its quota cost in v4 is not documented (v2 charged 20 per waybill).</li>
 * </ul>
 */
enum V4Endpoint {
    CREATE("ShipmentTracker.create", true, Limiter.CREATE),
    TRACK_NOW("ShipmentTracker.trackNow", true, Limiter.CREATE),
    /** trackNow's reads of a shipment already registered: list calls, on the general limiter. */
    TRACK_NOW_READ("ShipmentTracker.trackNow", true, Limiter.GENERAL),
    CREATE_BATCH("ShipmentTracker.createAll", true, Limiter.GENERAL),
    FIND("ShipmentTracker.find", true, Limiter.GENERAL),
    LIST("ShipmentTracker.query", true, Limiter.GENERAL),
    UPDATE("ShipmentTracker.update", true, Limiter.GENERAL),
    UPDATE_ALL("ShipmentTracker.updateAll", true, Limiter.GENERAL),
    DELETE("ShipmentTracker.delete", true, Limiter.GENERAL),
    DELETE_ALL("ShipmentTracker.deleteAll", true, Limiter.GENERAL),
    CHANGE_CARRIER("ShipmentTracker.changeCarrier", false, Limiter.GENERAL),
    RETRACK("ShipmentTracker.trackNow", false, Limiter.GENERAL),
    CARRIERS("CarrierDirectory.carriers", true, Limiter.GENERAL),
    DETECT("CarrierDirectory.detect", true, Limiter.GENERAL),
    AIR_CARGO("AirCargoTracker.track", false, Limiter.GENERAL);

    /** Which client-side rate limiter a call waits on. */
    enum Limiter {
        CREATE, GENERAL
    }

    final String operation;
    final boolean safeToRepeat;
    final Limiter limiter;

    V4Endpoint(String operation, boolean safeToRepeat, Limiter limiter) {
        this.operation = operation;
        this.safeToRepeat = safeToRepeat;
        this.limiter = limiter;
    }
}
