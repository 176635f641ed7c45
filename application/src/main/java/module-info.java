// Immutables' annotations jar is an automatic module, read at compile time only.
/**
 * The use cases of Parcelport over any {@code TrackingBackend}.
 */
@SuppressWarnings("requires-automatic")
module io.parcelport.application {
    requires transitive io.parcelport.ports;
    requires static org.immutables.value.annotations;

    exports io.parcelport.application;
}
