package io.parcelport.wire.trackingmore;

import jakarta.json.spi.JsonProvider;

/** The JSON-P provider that the wire code, the TrackingMore adapters and the emulator build and read JSON with. */
public final class JsonProviders {
    /**
     * Looked up once: {@code Json.createObjectBuilder()} and the other {@code Json} shortcuts search the class path
     * for a provider through {@code ServiceLoader} on every call (JFR: 40% of the emulator's CPU in a batch import).
     */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {
    }
}
