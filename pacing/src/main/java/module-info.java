// Immutables' annotations jar is an automatic module, read at compile time only.
/**
 * Rate limits, cool-downs and retries the backends share, behind the {@code Limiters} port.
 */
@SuppressWarnings("requires-automatic")
module io.parcelport.pacing {
    requires transitive io.parcelport.ports;
    requires static org.immutables.value.annotations;

    exports io.parcelport.pacing;
}
