package io.parcelport.ports.in;

import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.ports.ItemOutcome;
import java.util.List;

/** Track air cargo by air waybill number, checking each number before any quota is spent on it. */
public interface TrackAirCargoUseCase {

    /** Tracks one waybill given as text ({@code 172-28891936}, {@code 17228891936}...). */
    ItemOutcome<AirCargoTracking> track(String waybill);

    /**
     * Tracks any number of waybills; one outcome per input, in input order. Malformed numbers and wrong check digits
     * are rejected {@code INVALID_TRACKING_NUMBER} locally, without a backend call.
     */
    List<ItemOutcome<AirCargoTracking>> trackAll(List<String> waybills);
}
