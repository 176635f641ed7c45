/**
 * The use cases of Parcelport over any {@code TrackingBackend}.
 */
module io.parcelport.application {
    requires transitive io.parcelport.ports;
    requires static org.immutables.value.annotations;

    exports io.parcelport.application;
}
