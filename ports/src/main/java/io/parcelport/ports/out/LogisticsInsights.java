package io.parcelport.ports.out;

import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.ports.ItemOutcome;
import java.util.List;

/** Facts about delivery beyond single shipments: remote delivery areas and carriers' transit times. */
public interface LogisticsInsights {

    /** Most checks or queries in one call. */
    int maxItemsPerCall();

    /** Checks up to {@link #maxItemsPerCall()} places; one result per check, in input order. */
    List<RemoteAreaResult> checkRemoteAreas(List<RemoteAreaCheck> checks);

    /**
     * Transit-time statistics for up to {@link #maxItemsPerCall()} routes; one outcome per query, in input order,
     * rejected {@code NOT_FOUND} when the backend has no sample for the route.
     */
    List<ItemOutcome<TransitTimeStats>> transitTimes(List<TransitTimeQuery> queries);
}
