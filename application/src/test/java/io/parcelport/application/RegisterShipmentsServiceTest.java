package io.parcelport.application;

import static io.parcelport.application.Fixtures.T0;
import static io.parcelport.application.Fixtures.acceptAll;
import static io.parcelport.application.Fixtures.batchesSent;
import static io.parcelport.application.Fixtures.failingCall;
import static io.parcelport.application.Fixtures.key;
import static io.parcelport.application.Fixtures.mockTracker;
import static io.parcelport.application.Fixtures.newShipments;
import static io.parcelport.application.Fixtures.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.UnauthorizedException;
import io.parcelport.ports.out.ShipmentTracker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterShipmentsServiceTest {

    private final ShipmentTracker tracker = mockTracker();
    private final ManualClock time = ManualClock.at(T0);
    private BatchRunner runner = BatchRunner.sequential();

    @AfterEach
    void closeRunner() {
        runner.close();
    }

    private RegisterShipmentsService service() {
        return new RegisterShipmentsService(tracker, runner, new ShipmentEvents(time));
    }

    private List<List<NewShipment>> sentBatches(int calls) {
        return batchesSent(tracker, calls, ShipmentTracker::createAll);
    }

    @ParameterizedTest(name = "{0} items")
    @ValueSource(ints = {0, 1, 40, 41, 80, 81, 10_000})
    void sendsBatchesOfAtMostFortyAndAnswersEveryItemInInputOrder(int count) {
        runner = BatchRunner.withParallelism(3);
        when(tracker.createAll(anyList())).thenAnswer(call -> acceptAll(call.getArgument(0)));
        List<NewShipment> input = newShipments(count);

        List<ItemOutcome<Shipment>> outcomes = service().registerAll(input);

        int expectedCalls = (count + 39) / 40;
        List<List<NewShipment>> batches = sentBatches(expectedCalls);
        List<Integer> sizes = new ArrayList<>(batches.stream().map(List::size).toList());
        Collections.sort(sizes, Collections.reverseOrder());
        List<Integer> expectedSizes = new ArrayList<>(Collections.nCopies(count / 40, 40));
        if (count % 40 != 0) {
            expectedSizes.add(count % 40);
        }
        assertThat(sizes).isEqualTo(expectedSizes);
        // Every item sent exactly once, whatever order the concurrent chunks went out in.
        assertThat(batches.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(input);
        assertThat(outcomes).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(outcomes.get(i).value().orElseThrow().key()).isEqualTo(input.get(i).key());
        }
    }

    @Test
    void sendsEachBatchAsConsecutiveInputItems() {
        when(tracker.createAll(anyList())).thenAnswer(call -> acceptAll(call.getArgument(0)));
        List<NewShipment> input = newShipments(81);

        service().registerAll(input);

        assertThat(sentBatches(3)).containsExactly(input.subList(0, 40), input.subList(40, 80), input.subList(80, 81));
    }

    @Test
    void reportsARepeatedKeyAlreadyExistsWithoutSendingItTwice() {
        when(tracker.createAll(anyList())).thenAnswer(call -> acceptAll(call.getArgument(0)));
        NewShipment a = NewShipment.of(key(1));
        NewShipment b = NewShipment.of(key(2));
        NewShipment aAgain = NewShipment.builder(key(1)).title("same key, other details").build();

        List<ItemOutcome<Shipment>> outcomes = service().registerAll(List.of(a, b, aAgain, a));

        assertThat(sentBatches(1)).containsExactly(List.of(a, b));
        assertThat(outcomes.get(0).isAccepted()).isTrue();
        assertThat(outcomes.get(1).isAccepted()).isTrue();
        assertThat(outcomes.get(2).isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(outcomes.get(3).isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(outcomes).allMatch(ItemOutcome::isDone);
    }

    @Test
    void givesARepeatOfARefusedItemTheSameRefusalRatherThanCallingItDone() {
        when(tracker.createAll(anyList())).thenAnswer(call -> List.of(
                ItemOutcome.rejected(RejectionReason.INVALID_CARRIER, "unknown carrier")));
        NewShipment refused = NewShipment.of(key(1));

        List<ItemOutcome<Shipment>> outcomes = service().registerAll(List.of(refused, refused));

        assertThat(sentBatches(1)).containsExactly(List.of(refused));
        assertThat(outcomes).allMatch(o -> o.isRejectedFor(RejectionReason.INVALID_CARRIER) && !o.isDone());
    }

    @Test
    void keepsTheBackendsAlreadyExistsSoThatAReRunIsDone() {
        when(tracker.createAll(anyList())).thenAnswer(call -> {
            List<NewShipment> batch = call.getArgument(0);
            return batch.stream().map(s -> ItemOutcome.<Shipment>rejected(RejectionReason.ALREADY_EXISTS,
                    s.key() + " exists")).toList();
        });

        List<ItemOutcome<Shipment>> outcomes = service().registerAll(newShipments(3));

        assertThat(outcomes).allMatch(o -> o.isRejectedFor(RejectionReason.ALREADY_EXISTS) && o.isDone());
    }

    @Test
    void rejectsOnlyTheItemsOfABatchThatFailedWithARetryableErrorAndGoesOn() {
        BackendException failure = Fixtures.unavailable();
        when(tracker.createAll(anyList())).thenAnswer(failingCall(2, failure, call -> acceptAll(call.getArgument(0))));

        List<ItemOutcome<Shipment>> outcomes = service().registerAll(newShipments(100));

        assertThat(outcomes.subList(0, 40)).allMatch(ItemOutcome::isAccepted);
        assertThat(outcomes.subList(40, 80)).allSatisfy(o -> {
            assertThat(o.isRejectedFor(RejectionReason.BACKEND_ERROR)).isTrue();
            assertThat(o.rejection().orElseThrow().message()).isEqualTo(failure.getMessage());
        });
        assertThat(outcomes.subList(80, 100)).allMatch(ItemOutcome::isAccepted);
    }

    @Test
    void stopsSendingWhenTheQuotaIsExhaustedAndRejectsEveryRemainingItem() {
        when(tracker.createAll(anyList())).thenAnswer(failingCall(2, Fixtures.quotaExhausted(),
                call -> acceptAll(call.getArgument(0))));

        List<ItemOutcome<Shipment>> outcomes = service().registerAll(newShipments(200));

        verify(tracker, times(2)).createAll(anyList());
        assertThat(outcomes).hasSize(200);
        assertThat(outcomes.subList(0, 40)).allMatch(ItemOutcome::isAccepted);
        assertThat(outcomes.subList(40, 200)).allMatch(o -> o.isRejectedFor(RejectionReason.QUOTA_EXHAUSTED));
        assertThat(outcomes.get(199).rejection().orElseThrow().message()).startsWith("not sent");
        assertThat(outcomes.get(199).rejection().orElseThrow().backendCode()).contains("4031");
    }

    @Test
    void stopsSendingWhenUnauthorized() {
        when(tracker.createAll(anyList())).thenThrow(new UnauthorizedException(
                BackendException.Failure.of("ShipmentTracker.createAll", 401, "4001"), "bad API key"));

        List<ItemOutcome<Shipment>> outcomes = service().registerAll(newShipments(120));

        verify(tracker, times(1)).createAll(anyList());
        assertThat(outcomes).hasSize(120).allMatch(o -> o.isRejectedFor(RejectionReason.BACKEND_ERROR));
    }

    @Test
    void givesTheItemsOfARefusedBatchTheRefusalsReasonAndGoesOn() {
        InvalidRequestException refusal = new InvalidRequestException(
                BackendException.Failure.of("ShipmentTracker.createAll"), RejectionReason.LIMIT_EXCEEDED,
                "too many items");
        when(tracker.createAll(anyList())).thenAnswer(failingCall(1, refusal, call -> acceptAll(call.getArgument(0))));

        List<ItemOutcome<Shipment>> outcomes = service().registerAll(newShipments(41));

        assertThat(outcomes.subList(0, 40)).allMatch(o -> o.isRejectedFor(RejectionReason.LIMIT_EXCEEDED));
        assertThat(outcomes.get(40).isAccepted()).isTrue();
    }

    @Test
    void refusesABackendThatAnswersTheWrongNumberOfOutcomes() {
        when(tracker.createAll(anyList())).thenAnswer(call -> acceptAll(call.<List<NewShipment>>getArgument(0))
                .subList(0, 1));

        assertThatThrownBy(() -> service().registerAll(newShipments(3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("3 items sent, 1 outcomes returned");
    }

    @Test
    void sendsNothingForAnEmptyInput() {
        assertThat(service().registerAll(List.of())).isEmpty();
        verify(tracker, never()).createAll(anyList());
    }

    @Test
    void registersOneShipmentAndLetsABackendFailurePropagate() {
        NewShipment one = NewShipment.of(key(1));
        when(tracker.create(one)).thenReturn(ItemOutcome.accepted(shipment(key(1))));
        assertThat(service().register(one).isAccepted()).isTrue();

        when(tracker.create(any())).thenThrow(Fixtures.quotaExhausted());
        assertThatThrownBy(() -> service().register(one)).isInstanceOf(BackendException.class);
    }
}
