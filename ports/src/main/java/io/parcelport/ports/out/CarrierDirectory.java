package io.parcelport.ports.out;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.shipment.TrackingNumber;
import java.util.List;

/** The carriers a backend supports, and which of them a tracking number may belong to. */
public interface CarrierDirectory {

    /** Every supported carrier, names in {@code language} where the backend has them; free of charge. */
    List<Carrier> carriers(LanguageCode language);

    /**
     * The carriers whose numbering matches {@code number}, most likely first; empty when none does.
     *
     * <p>Costs quota at TrackingMore (one unit per five calls), so callers should cache the answer.
     */
    List<Carrier> detect(TrackingNumber number);
}
