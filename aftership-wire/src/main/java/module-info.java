// Immutables' annotations jar is an automatic module, read at compile time only.
/**
 * AfterShip's JSON, read and written by the AfterShip adapter and the emulator alike.
 */
@SuppressWarnings("requires-automatic")
module io.parcelport.wire.aftership {
    requires transitive io.parcelport.ports;
    requires transitive jakarta.json;
    requires static org.immutables.value.annotations;

    exports io.parcelport.wire.aftership;

}
