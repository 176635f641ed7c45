package io.parcelport.ports.in;

import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.ports.ItemOutcome;
import java.util.List;

/** Remote-area checks and carriers' transit-time statistics, any number per call. */
public interface InsightsUseCase {

    /** Checks any number of places; one result per check, in input order. */
    List<RemoteAreaResult> checkRemoteAreas(List<RemoteAreaCheck> checks);

    /** Transit-time statistics for any number of routes; one outcome per query, in input order. */
    List<ItemOutcome<TransitTimeStats>> transitTimes(List<TransitTimeQuery> queries);
}
