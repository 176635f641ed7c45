package io.parcelport.emulator;

import io.parcelport.wire.trackingmore.MetaCode;

/** A request refused with a v2 meta code before any use case ran (bad field, limit, unknown status...). */
final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final MetaCode meta;

    Refusal(MetaCode meta, String message) {
        super(message);
        this.meta = meta;
    }

    Refusal(MetaCode meta) {
        this(meta, meta.message());
    }

    MetaCode meta() {
        return meta;
    }
}
