// Immutables' annotations jar is an automatic module, read at compile time only.
// Yasson is on the path at run time only (found as a JSON-B provider), so javac does not see the module the opens
// names.
/**
 * TrackingMore's JSON (API v2 and v4), read and written by the REST adapters and the emulator alike.
 */
@SuppressWarnings({"requires-automatic", "module"})
module io.parcelport.wire.trackingmore {
    requires transitive io.parcelport.ports;
    requires transitive jakarta.json;
    requires jakarta.json.bind;
    requires static org.immutables.value.annotations;

    exports io.parcelport.wire.trackingmore;
    exports io.parcelport.wire.trackingmore.v4;

    // Yasson binds the records of Wire by reflection.
    opens io.parcelport.wire.trackingmore to org.eclipse.yasson;
}
