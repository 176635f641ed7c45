package io.parcelport.domain.shipment;

import io.parcelport.domain.carrier.CarrierCode;
import java.util.Objects;

/**
 * The identity of a shipment in every backend: the carrier together with its tracking number.
 *
 * @param carrier the carrier that carries the parcel
 * @param trackingNumber the carrier's tracking number
 */
public record ShipmentKey(CarrierCode carrier, TrackingNumber trackingNumber) implements Comparable<ShipmentKey> {
    public ShipmentKey {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
    }

    /** Parses both parts; same rules as {@link CarrierCode} and {@link TrackingNumber}. */
    public static ShipmentKey of(String carrier, String trackingNumber) {
        return new ShipmentKey(CarrierCode.of(carrier), TrackingNumber.of(trackingNumber));
    }

    @Override
    public int compareTo(ShipmentKey other) {
        int byCarrier = carrier.compareTo(other.carrier);
        return byCarrier != 0 ? byCarrier : trackingNumber.compareTo(other.trackingNumber);
    }

    @Override
    public String toString() {
        return carrier + "/" + trackingNumber;
    }
}
