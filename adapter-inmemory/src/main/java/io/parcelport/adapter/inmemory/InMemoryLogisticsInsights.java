package io.parcelport.adapter.inmemory;

import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.out.LogisticsInsights;
import java.util.List;

/** Remote areas and transit times, free of charge. */
record InMemoryLogisticsInsights(BackendLimits limits, Insights table, FaultInjector faults)
        implements LogisticsInsights {

    @Override
    public int maxItemsPerCall() {
        return limits.maxBatchSize();
    }

    @Override
    public List<RemoteAreaResult> checkRemoteAreas(List<RemoteAreaCheck> checks) {
        return admitted("LogisticsInsights.checkRemoteAreas", checks).stream().map(table::check).toList();
    }

    @Override
    public List<ItemOutcome<TransitTimeStats>> transitTimes(List<TransitTimeQuery> queries) {
        return admitted("LogisticsInsights.transitTimes", queries).stream().map(table::transitTime).toList();
    }

    /** The items of a call, once the fault hook has run and their number is within the limit. */
    private <T> List<T> admitted(String op, List<T> items) {
        faults.before(Faults.Operation.INSIGHTS, op);
        Refusals.checkAtMost(op, items.size(), maxItemsPerCall());
        return items;
    }
}
