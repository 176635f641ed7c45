package io.parcelport.cli;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import picocli.CommandLine.Parameters;

/** The {@code CARRIER NUMBER} pair that names one shipment, mixed into the commands that take one. */
public final class KeyParameters {

    @Parameters(index = "0", paramLabel = "CARRIER", description = "The carrier code, e.g. usps, dhl, royal-mail.")
    private CarrierCode carrier;

    @Parameters(index = "1", paramLabel = "NUMBER", description = "The tracking number.")
    private TrackingNumber number;

    /** The shipment's key. */
    public ShipmentKey key() {
        return new ShipmentKey(carrier, number);
    }
}
