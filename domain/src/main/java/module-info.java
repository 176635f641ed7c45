/**
 * Parcelport's domain: shipments, carriers, air cargo, account and insight values, with no dependency but the JDK.
 */
module io.parcelport.domain {
    // Immutables' annotations are read at compile time only; nothing needs them at run time.
    requires static org.immutables.value.annotations;

    exports io.parcelport.domain;
    exports io.parcelport.domain.account;
    exports io.parcelport.domain.aircargo;
    exports io.parcelport.domain.carrier;
    exports io.parcelport.domain.insight;
    exports io.parcelport.domain.shipment;
}
