package io.parcelport.ports.in;

import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.TrackingNumber;
import java.util.List;
import java.util.Optional;

/** Know the carriers: list them (cached), look one up, and detect which carrier a number belongs to (cached). */
public interface CarriersUseCase {

    /** Every supported carrier. */
    List<Carrier> carriers();

    /** The carrier with this code, if the backend supports it. */
    Optional<Carrier> carrier(CarrierCode code);

    /** The carriers a number may belong to, most likely first; cached per number since detection costs quota. */
    List<Carrier> detect(TrackingNumber number);

    /**
     * The carrier to use for {@code number}: the pinned one when given (no detection, no cost), else the most
     * likely detected one.
     */
    Optional<CarrierCode> resolve(TrackingNumber number, Optional<CarrierCode> pinned);
}
