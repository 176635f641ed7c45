package io.parcelport.application;

import static io.parcelport.application.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.out.LogisticsInsights;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InsightsServiceTest {

    private final LogisticsInsights insights = mock(LogisticsInsights.class);
    private final ManualClock time = ManualClock.at(T0);
    private final InsightsService service = new InsightsService(insights);

    InsightsServiceTest() {
        when(insights.maxItemsPerCall()).thenReturn(40);
        when(insights.checkRemoteAreas(anyList())).thenAnswer(call -> call.<List<RemoteAreaCheck>>getArgument(0)
                .stream().map(c -> new RemoteAreaResult(c, List.of())).toList());
    }

    private static List<RemoteAreaCheck> checks(int count) {
        return IntStream.range(0, count).mapToObj(i -> RemoteAreaCheck.of(CountryCode.of("US"), "9" + i)).toList();
    }

    @ParameterizedTest(name = "{0} checks")
    @ValueSource(ints = {0, 1, 40, 41, 80, 81, 10_000})
    void checksAnyNumberOfPlacesInChunksKeepingTheirOrder(int count) {
        List<RemoteAreaResult> results = service.checkRemoteAreas(checks(count));

        verify(insights, times((count + 39) / 40)).checkRemoteAreas(anyList());
        assertThat(results).extracting(RemoteAreaResult::check).containsExactlyElementsOf(checks(count));
    }

    @Test
    void asksForTransitTimesInChunksKeepingTheirOrder() {
        List<TransitTimeQuery> queries = IntStream.range(0, 45).mapToObj(i -> new TransitTimeQuery(
                CarrierCode.of("c" + i), CountryCode.of("US"), CountryCode.of("DE"))).toList();
        when(insights.transitTimes(anyList())).thenAnswer(call -> call.<List<TransitTimeQuery>>getArgument(0)
                .stream().map(q -> ItemOutcome.<TransitTimeStats>rejected(RejectionReason.NOT_FOUND, q.carrier()
                        .value())).toList());

        List<ItemOutcome<TransitTimeStats>> outcomes = service.transitTimes(queries);

        verify(insights, times(2)).transitTimes(anyList());
        assertThat(outcomes).extracting(o -> o.rejection().orElseThrow().message())
                .containsExactlyElementsOf(queries.stream().map(q -> q.carrier().value()).toList());
    }

    @Test
    void letsABackendFailurePropagateAndSendsNoFurtherChunk() {
        when(insights.checkRemoteAreas(anyList())).thenThrow(Fixtures.unavailable());

        assertThatThrownBy(() -> service.checkRemoteAreas(checks(100))).isInstanceOf(BackendException.class);
        verify(insights, times(1)).checkRemoteAreas(anyList());
    }

    @Test
    void sendsNothingForNoChecks() {
        assertThat(service.checkRemoteAreas(List.of())).isEmpty();
        verify(insights, never()).checkRemoteAreas(anyList());
    }
}
