// Immutables' annotations jar is an automatic module, read at compile time only.
/**
 * Parcelport's domain: shipments, carriers, air cargo, account and insight values, with no dependency but the JDK.
 */
@SuppressWarnings("requires-automatic")
module io.parcelport.domain {
    requires static org.immutables.value.annotations;

    exports io.parcelport.domain;
    exports io.parcelport.domain.account;
    exports io.parcelport.domain.aircargo;
    exports io.parcelport.domain.carrier;
    exports io.parcelport.domain.insight;
    exports io.parcelport.domain.shipment;
}
