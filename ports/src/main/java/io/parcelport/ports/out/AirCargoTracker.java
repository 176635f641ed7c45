package io.parcelport.ports.out;

import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.ports.ItemOutcome;
import java.util.List;

/**
 * Air cargo tracking by air waybill: where the consignment is, its flights and its cargo events.
 *
 * <p>Each waybill looked up costs quota (20 units at TrackingMore), found or not; looking up the same waybill twice
 * in one call costs once. When the quota is exhausted, the call fails with
 * {@link io.parcelport.ports.QuotaExhaustedException} before anything is spent.
 */
public interface AirCargoTracker {

    /** Most waybills in one call. */
    int maxWaybillsPerCall();

    /**
     * Tracks up to {@link #maxWaybillsPerCall()} waybills; one outcome per waybill, in input order: accepted with
     * the tracking, or rejected {@code NOT_FOUND} when the airline does not know it.
     */
    List<ItemOutcome<AirCargoTracking>> track(List<AirWaybill> waybills);
}
