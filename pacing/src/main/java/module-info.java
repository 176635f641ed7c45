/**
 * Rate limits, cool-downs and retries the backends share, behind the {@code Limiters} port.
 */
module io.parcelport.pacing {
    requires transitive io.parcelport.ports;
    requires static org.immutables.value.annotations;

    exports io.parcelport.pacing;
}
