package io.parcelport.adapter.aftership;

/**
 * Each AfterShip call the adapter makes: the port operation it serves (named in every exception), whether it is safe
 * to repeat after a failure the backend may have processed, and AfterShip's documented per-endpoint rate (reference
 * §2, [DOC-RL]), which seeds that endpoint's limiter until the {@code X-RateLimit-Limit} header says otherwise.
 *
 * <p>Why each is or is not safe to repeat: reads have no effect; create answers 4003 on a repeat, which the adapter
 * resolves by reading the tracking back ({@code foundOnRepeat}); update and mark-as-completed set values; delete can
 * only find the tracking gone; detect is a read. Retrack is <b>not</b>: a repeat of one that succeeded answers 4016
 * ("only once") for a retrack that happened.
 */
enum Endpoint {
    CREATE("ShipmentTracker.create", true, 20),
    LIST("ShipmentTracker.query", true, 6),
    FIND_BY_KEY("ShipmentTracker.find", true, 6),
    GET("ShipmentTracker.find", true, 5),
    UPDATE("ShipmentTracker.update", true, 5),
    CHANGE_CARRIER("ShipmentTracker.changeCarrier", true, 5),
    DELETE("ShipmentTracker.delete", true, 5),
    RETRACK("AfterShipBackend.retrack", false, 5),
    MARK_COMPLETED("ShipmentTracker.update (status)", true, 5),
    COURIERS("CarrierDirectory.carriers", true, 5),
    DETECT("CarrierDirectory.detect", true, 3);

    final String operation;
    final boolean safeToRepeat;
    final int documentedPerSecond;

    Endpoint(String operation, boolean safeToRepeat, int documentedPerSecond) {
        this.operation = operation;
        this.safeToRepeat = safeToRepeat;
        this.documentedPerSecond = documentedPerSecond;
    }

    /**
     * The AfterShip endpoint whose limit this call counts against: a find by key is a list call, a carrier change
     * an update. Calls that share a wire endpoint share its limiter.
     */
    Endpoint wire() {
        return switch (this) {
            case FIND_BY_KEY -> LIST;
            case CHANGE_CARRIER -> UPDATE;
            default -> this;
        };
    }
}
