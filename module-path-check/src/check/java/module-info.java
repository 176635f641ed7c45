// The REST adapters are automatic modules on purpose (so are RESTEasy's jars): requiring them is the point here.
/**
 * A program that uses Parcelport from the module path: the emulator, and the TrackingMore v2 and v4 adapters.
 */
@SuppressWarnings("requires-automatic")
module io.parcelport.modulepathcheck {
    requires io.parcelport.domain;
    requires io.parcelport.ports;
    requires io.parcelport.adapter.inmemory;
    requires io.parcelport.emulator;
    requires io.parcelport.adapter.trackingmore;
    requires io.parcelport.adapter.trackingmorev4;
}
