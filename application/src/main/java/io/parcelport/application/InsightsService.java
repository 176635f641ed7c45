package io.parcelport.application;

import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.in.InsightsUseCase;
import io.parcelport.ports.out.LogisticsInsights;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Remote-area checks and transit-time statistics, any number per call, in chunks of the backend's {@link
 * LogisticsInsights#maxItemsPerCall()} sent one after the other, results in input order.
 *
 * <p>These are reads that an application makes while quoting or routing, so a backend failure propagates as the
 * port's exception rather than becoming per-item outcomes ({@link RemoteAreaResult} has no room for a rejection).
 */
record InsightsService(LogisticsInsights insights) implements InsightsUseCase {

    @Override
    public List<RemoteAreaResult> checkRemoteAreas(List<RemoteAreaCheck> checks) {
        return inChunks(checks, "checks", insights::checkRemoteAreas);
    }

    @Override
    public List<ItemOutcome<TransitTimeStats>> transitTimes(List<TransitTimeQuery> queries) {
        return inChunks(queries, "queries", insights::transitTimes);
    }

    private <I, R> List<R> inChunks(List<I> items, String name, Function<List<I>, List<R>> call) {
        Objects.requireNonNull(items, name);
        for (int i = 0; i < items.size(); i++) {
            Objects.requireNonNull(items.get(i), name + "[" + i + "]");
        }
        List<R> results = new ArrayList<>(items.size());
        for (List<I> chunk : BatchRunner.chunks(items, insights.maxItemsPerCall())) {
            List<R> answers = call.apply(chunk);
            if (answers.size() != chunk.size()) {
                throw new IllegalStateException("the backend broke its contract: " + chunk.size() + " items sent, "
                        + answers.size() + " results returned");
            }
            results.addAll(answers);
        }
        return results;
    }
}
