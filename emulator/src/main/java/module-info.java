// Immutables' annotations jar is an automatic module, read at compile time only.
/**
 * A local TrackingMore (v2, v4) and AfterShip API server over the in-memory backend, for offline tests and demos.
 */
@SuppressWarnings("requires-automatic")
module io.parcelport.emulator {
    requires transitive io.parcelport.ports;
    requires io.parcelport.application;
    requires io.parcelport.adapter.inmemory;
    requires io.parcelport.pacing;
    requires io.parcelport.wire.trackingmore;
    requires io.parcelport.wire.aftership;
    requires jakarta.json;
    requires java.net.http;
    requires jdk.httpserver;
    // Only EmulatorExtension uses JUnit, and whoever registers it runs JUnit already.
    requires static org.junit.jupiter.api;
    requires static org.immutables.value.annotations;

    exports io.parcelport.emulator;
}
