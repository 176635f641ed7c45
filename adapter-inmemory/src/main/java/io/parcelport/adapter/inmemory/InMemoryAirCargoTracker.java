package io.parcelport.adapter.inmemory;

import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.out.AirCargoTracker;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Air waybills from the built-in table; 20 quota per distinct waybill, paid up front or not at all. */
record InMemoryAirCargoTracker(BackendLimits limits, Quota quota, FaultInjector faults) implements AirCargoTracker {

    @Override
    public int maxWaybillsPerCall() {
        return limits.maxBatchSize();
    }

    @Override
    public List<ItemOutcome<AirCargoTracking>> track(List<AirWaybill> waybills) {
        String op = "AirCargoTracker.track";
        faults.before(Faults.Operation.AIR_CARGO, op);
        Refusals.checkAtMost(op, waybills.size(), maxWaybillsPerCall());
        long cost = 20L * new LinkedHashSet<>(waybills).size();
        if (!quota.tryCharge(cost)) {
            throw Quota.exhausted(op);
        }
        return waybills.stream().map(w -> AirWaybills.find(w).<ItemOutcome<AirCargoTracking>>map(
                ItemOutcome::accepted).orElseGet(() -> ItemOutcome.rejected(new Rejection(
                        RejectionReason.NOT_FOUND, "no airline knows air waybill " + w, Optional.empty()))))
                .toList();
    }
}
