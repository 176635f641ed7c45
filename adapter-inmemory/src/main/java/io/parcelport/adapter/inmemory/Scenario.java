package io.parcelport.adapter.inmemory;

import io.parcelport.domain.shipment.ShipmentKey;

/** How a simulated shipment's life goes: a scripted magic scenario, or one of the routine ones picked by hash. */
enum Scenario {
    MAGIC_DELIVERED,
    MAGIC_RETURNED,
    MAGIC_NOT_FOUND,
    MAGIC_EXPIRES,
    MAGIC_FAILED_THEN_DELIVERED,
    MAGIC_PICKUP,
    MAGIC_IN_TRANSIT,
    DELIVERED,
    FAILED_THEN_DELIVERED,
    COLLECTED_AT_PICKUP,
    RETURNED,
    HELD_BY_CUSTOMS,
    NOT_FOUND_THEN_EXPIRED,
    STALLED_THEN_EXPIRED;

    private static final Scenario[] ALL = values();

    static Scenario byOrdinal(int ordinal) {
        return ALL[ordinal];
    }

    /** The scenario of a key: its magic one, else a routine one drawn from its hash with realistic weights. */
    static Scenario of(ShipmentKey key) {
        return MagicNumbers.scenarioOf(key.trackingNumber().value()).orElseGet(() -> {
            int roll = (int) Long.remainderUnsigned(Simulator.seedOf(key) >>> 7, 100);
            if (roll < 64) {
                return DELIVERED;
            } else if (roll < 72) {
                return FAILED_THEN_DELIVERED;
            } else if (roll < 78) {
                return COLLECTED_AT_PICKUP;
            } else if (roll < 84) {
                return RETURNED;
            } else if (roll < 88) {
                return HELD_BY_CUSTOMS;
            } else if (roll < 94) {
                return NOT_FOUND_THEN_EXPIRED;
            }
            return STALLED_THEN_EXPIRED;
        });
    }
}
