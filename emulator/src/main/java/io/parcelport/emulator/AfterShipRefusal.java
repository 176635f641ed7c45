package io.parcelport.emulator;

import io.parcelport.wire.aftership.MetaCode;

/** A request the AfterShip face refuses with one of AfterShip's meta codes (reference §7) before or instead of acting. */
final class AfterShipRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient MetaCode meta;

    AfterShipRefusal(MetaCode meta, String message) {
        super(message);
        this.meta = meta;
    }

    AfterShipRefusal(MetaCode meta) {
        this(meta, meta.message());
    }

    MetaCode meta() {
        return meta;
    }

    /** 4008 naming the field, as the documented "The value of [field_name] is invalid." does. */
    static AfterShipRefusal invalid(String field) {
        return new AfterShipRefusal(MetaCode.VALUE_INVALID, "The value of " + field + " is invalid.");
    }

    /** 4009 naming the field, as the documented "[field_name] is required." does. */
    static AfterShipRefusal required(String field) {
        return new AfterShipRefusal(MetaCode.VALUE_REQUIRED, field + " is required.");
    }
}
