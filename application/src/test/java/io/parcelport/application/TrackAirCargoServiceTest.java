package io.parcelport.application;

import static io.parcelport.application.Fixtures.T0;
import static io.parcelport.application.Fixtures.batchesSent;
import static io.parcelport.application.Fixtures.tracking;
import static io.parcelport.application.Fixtures.waybill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.out.AirCargoTracker;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackAirCargoServiceTest {

    private final AirCargoTracker tracker = mock(AirCargoTracker.class);
    private final ManualClock time = ManualClock.at(T0);
    private final TrackAirCargoService service = new TrackAirCargoService(tracker, BatchRunner.sequential());

    TrackAirCargoServiceTest() {
        when(tracker.maxWaybillsPerCall()).thenReturn(40);
        when(tracker.track(anyList())).thenAnswer(call -> call.<List<AirWaybill>>getArgument(0).stream()
                .map(w -> ItemOutcome.accepted(tracking(w))).toList());
    }

    private List<List<AirWaybill>> sent(int calls) {
        return batchesSent(tracker, calls, AirCargoTracker::track);
    }

    @ParameterizedTest(name = "{0} waybills")
    @ValueSource(ints = {0, 1, 40, 41, 80, 81, 10_000})
    void tracksAnyNumberOfWaybillsInChunksOfTheBackendsSizeInInputOrder(int count) {
        List<String> input = IntStream.range(0, count).mapToObj(i -> waybill(1_000_000 + i)).toList();

        List<ItemOutcome<AirCargoTracking>> outcomes = service.trackAll(input);

        assertThat(sent((count + 39) / 40)).allMatch(b -> b.size() <= 40);
        assertThat(outcomes).extracting(o -> o.value().orElseThrow().waybill().value())
                .containsExactlyElementsOf(input);
    }

    @Test
    void rejectsAWrongCheckDigitLocallyNamingTheValueAndTheProblem() {
        ItemOutcome<AirCargoTracking> outcome = service.track("172-28891937");

        assertThat(outcome.isRejectedFor(RejectionReason.INVALID_TRACKING_NUMBER)).isTrue();
        assertThat(outcome.rejection().orElseThrow().message()).contains("172-28891937").contains("check digit");
        verify(tracker, never()).track(anyList());
    }

    @Test
    void sendsOnlyTheValidWaybillsAndKeepsEveryOutcomeInPlace() {
        List<ItemOutcome<AirCargoTracking>> outcomes = service.trackAll(List.of("nonsense", "172-28891936",
                "17228891937", "", "160-12345675"));

        assertThat(sent(1)).containsExactly(List.of(AirWaybill.parse("172-28891936"), AirWaybill.parse("160-12345675")));
        assertThat(outcomes).extracting(o -> o.isAccepted()).containsExactly(false, true, false, false, true);
        assertThat(outcomes.get(0).rejection().orElseThrow().message()).contains("'nonsense'");
    }

    @Test
    void looksUpEachWaybillOnceWhateverItsSpelling() {
        List<ItemOutcome<AirCargoTracking>> outcomes = service.trackAll(List.of("172-28891936", "17228891936",
                "172 28891936"));

        assertThat(sent(1)).containsExactly(List.of(AirWaybill.parse("172-28891936")));
        assertThat(outcomes).hasSize(3).allMatch(ItemOutcome::isAccepted);
    }

    @Test
    void spendsNothingWhenEveryWaybillIsInvalid() {
        assertThat(service.trackAll(List.of("1", "abc-defghijk"))).allMatch(
                o -> o.isRejectedFor(RejectionReason.INVALID_TRACKING_NUMBER));
        verify(tracker, never()).track(anyList());
    }

    @Test
    void rejectsTheRestUnsentOnceTheQuotaIsExhausted() {
        when(tracker.track(anyList())).thenThrow(Fixtures.quotaExhausted());
        List<String> input = IntStream.range(0, 81).mapToObj(i -> waybill(2_000_000 + i)).toList();

        List<ItemOutcome<AirCargoTracking>> outcomes = service.trackAll(input);

        verify(tracker, times(1)).track(anyList());
        assertThat(outcomes).hasSize(81).allMatch(o -> o.isRejectedFor(RejectionReason.QUOTA_EXHAUSTED));
    }
}
