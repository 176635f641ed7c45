package io.parcelport.wire.trackingmore.v4;

import java.util.Objects;

/** A v4 request refused while it was read, with the meta code a v4 server answers it with. */
public final class V4RequestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient V4MetaCode meta;

    /** A refusal with its own message. */
    public V4RequestException(V4MetaCode meta, String message) {
        super(message);
        this.meta = Objects.requireNonNull(meta, "meta");
    }

    /** A refusal with the code's README message. */
    public V4RequestException(V4MetaCode meta) {
        this(meta, meta.message());
    }

    /** The code to answer with. */
    public V4MetaCode meta() {
        return meta;
    }
}
