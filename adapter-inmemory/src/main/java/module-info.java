// Immutables' annotations jar is an automatic module, read at compile time only.
/**
 * A tracking backend held in memory: simulated carriers, quotas and faults, for tests and demos.
 */
@SuppressWarnings("requires-automatic")
module io.parcelport.adapter.inmemory {
    requires transitive io.parcelport.ports;
    requires transitive io.parcelport.pacing;
    requires static org.immutables.value.annotations;

    exports io.parcelport.adapter.inmemory;
}
