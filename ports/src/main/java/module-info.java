// Immutables' annotations jar is an automatic module, read at compile time only.
/**
 * Parcelport's ports: the use cases an application calls ({@code in}) and the backends they drive ({@code out}).
 */
@SuppressWarnings("requires-automatic")
module io.parcelport.ports {
    requires transitive io.parcelport.domain;
    requires static org.immutables.value.annotations;

    exports io.parcelport.ports;
    exports io.parcelport.ports.in;
    exports io.parcelport.ports.out;
}
