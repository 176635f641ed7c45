package io.parcelport.application;

import static io.parcelport.application.Fixtures.T0;
import static io.parcelport.application.Fixtures.batchesSent;
import static io.parcelport.application.Fixtures.failingCall;
import static io.parcelport.application.Fixtures.key;
import static io.parcelport.application.Fixtures.keys;
import static io.parcelport.application.Fixtures.mockTracker;
import static io.parcelport.application.Fixtures.overridden;
import static io.parcelport.application.Fixtures.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ManualStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusChanged;
import io.parcelport.ports.Capability;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.OperationNotSupportedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.out.ShipmentTracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManageShipmentsServiceTest {

    private final ShipmentTracker tracker = mockTracker();
    private final ManualClock time = ManualClock.at(T0);
    private final ShipmentEvents events = new ShipmentEvents(time);
    private final ManageShipmentsService service =
            new ManageShipmentsService(tracker, BatchRunner.sequential(), events);

    private void trackerAppliesUpdates() {
        when(tracker.updateAll(anyList())).thenAnswer(call -> call.<List<ShipmentUpdate>>getArgument(0).stream()
                .map(u -> ItemOutcome.accepted(u.changes().status()
                        .flatMap(StatusCommand::manualStatus)
                        .map(m -> overridden(u.key(), DeliveryStatus.IN_TRANSIT, m))
                        .orElse(shipment(u.key(), DeliveryStatus.IN_TRANSIT))))
                .toList());
    }

    private List<List<ShipmentUpdate>> sentUpdates(int calls) {
        return batchesSent(tracker, calls, ShipmentTracker::updateAll);
    }

    @ParameterizedTest(name = "{0} keys")
    @ValueSource(ints = {0, 1, 40, 41, 80, 81, 10_000})
    void appliesAStatusCommandToAnyNumberOfShipmentsInBatchesOfForty(int count) {
        trackerAppliesUpdates();

        List<ItemOutcome<Shipment>> outcomes = service.applyStatus(keys(count), StatusCommand.MARK_DELIVERED);

        List<List<ShipmentUpdate>> batches = sentUpdates((count + 39) / 40);
        assertThat(batches).allMatch(b -> b.size() <= 40);
        assertThat(batches.stream().flatMap(List::stream)).extracting(ShipmentUpdate::key)
                .containsExactlyElementsOf(keys(count));
        assertThat(batches.stream().flatMap(List::stream))
                .allMatch(u -> u.changes().equals(ShipmentChanges.status(StatusCommand.MARK_DELIVERED)));
        assertThat(outcomes).extracting(o -> o.value().orElseThrow().key()).containsExactlyElementsOf(keys(count));
    }

    @ParameterizedTest(name = "{0} keys")
    @ValueSource(ints = {0, 1, 40, 41, 80, 81, 10_000})
    void deletesAnyNumberOfShipmentsInBatchesOfForty(int count) {
        when(tracker.deleteAll(anyList())).thenAnswer(call -> call.<List<ShipmentKey>>getArgument(0).stream()
                .map(ItemOutcome::accepted).toList());

        List<ItemOutcome<ShipmentKey>> outcomes = service.deleteAll(keys(count));

        verify(tracker, times((count + 39) / 40)).deleteAll(anyList());
        assertThat(outcomes).extracting(o -> o.value().orElseThrow()).containsExactlyElementsOf(keys(count));
    }

    @Test
    void appliesTwoUpdatesOfTheSameShipmentInInputOrder() {
        trackerAppliesUpdates();
        ShipmentUpdate first = new ShipmentUpdate(key(1), ShipmentChanges.builder().title("first").build());
        ShipmentUpdate other = new ShipmentUpdate(key(2), ShipmentChanges.builder().title("other").build());
        ShipmentUpdate second = new ShipmentUpdate(key(1), ShipmentChanges.builder().title("second").build());

        List<ItemOutcome<Shipment>> outcomes = service.updateAll(List.of(first, other, second));

        assertThat(sentUpdates(2)).containsExactly(List.of(first, other), List.of(second));
        assertThat(outcomes).hasSize(3).allMatch(ItemOutcome::isAccepted);
    }

    @Test
    void doesNotSpendAgainstAnExhaustedQuotaInALaterRound() {
        when(tracker.updateAll(anyList())).thenThrow(Fixtures.quotaExhausted());
        ShipmentChanges changes = ShipmentChanges.archived(true);

        List<ItemOutcome<Shipment>> outcomes = service.updateAll(List.of(new ShipmentUpdate(key(1), changes),
                new ShipmentUpdate(key(1), changes)));

        verify(tracker, times(1)).updateAll(anyList());
        assertThat(outcomes).allMatch(o -> o.isRejectedFor(RejectionReason.QUOTA_EXHAUSTED));
    }

    @Test
    void reportsARepeatedDeleteNotFoundWithoutSendingIt() {
        when(tracker.deleteAll(anyList())).thenAnswer(call -> call.<List<ShipmentKey>>getArgument(0).stream()
                .map(ItemOutcome::accepted).toList());

        List<ItemOutcome<ShipmentKey>> outcomes = service.deleteAll(List.of(key(1), key(1)));

        verify(tracker).deleteAll(List.of(key(1)));
        assertThat(outcomes.get(0).isAccepted()).isTrue();
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
    }

    @Test
    void givesARepeatedDeleteTheRefusalOfTheFirstWhenTheFirstFailedInsteadOfClaimingItIsGone() {
        when(tracker.deleteAll(anyList())).thenThrow(Fixtures.unavailable());

        List<ItemOutcome<ShipmentKey>> outcomes = service.deleteAll(List.of(key(1), key(1)));

        verify(tracker).deleteAll(List.of(key(1)));
        assertThat(outcomes.get(0).isRejectedFor(RejectionReason.BACKEND_ERROR)).as("%s", outcomes.get(0)).isTrue();
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.BACKEND_ERROR))
                .as("the shipment was not deleted, so the repeat is no NOT_FOUND: %s", outcomes.get(1)).isTrue();
    }

    @Test
    void stopsRefreshingARepeatedKeyOnceAndAnswersEveryOccurrence() {
        when(tracker.stopRefreshing(anyList())).thenAnswer(call -> call.<List<ShipmentKey>>getArgument(0).stream()
                .map(ItemOutcome::accepted).toList());

        List<ItemOutcome<ShipmentKey>> outcomes = service.stopRefreshing(List.of(key(1), key(2), key(1)));

        verify(tracker).stopRefreshing(List.of(key(1), key(2)));
        assertThat(outcomes).extracting(o -> o.value().orElseThrow()).containsExactly(key(1), key(2), key(1));
    }

    @Test
    void anOperationTheBackendDoesNotOfferIsThrownNotSpreadOverTheItems() {
        when(tracker.stopRefreshing(anyList())).thenThrow(
                OperationNotSupportedException.notOffered(Capability.STOP_REFRESHING, "TrackingMore v4"));

        assertThatThrownBy(() -> service.stopRefreshing(keys(81)))
                .isInstanceOf(OperationNotSupportedException.class)
                .hasMessageContaining("ShipmentTracker.stopRefreshing").hasMessageContaining("TrackingMore v4");
        verify(tracker, times(1)).stopRefreshing(anyList());
    }

    @Test
    void stopsRefreshingEightyOneShipmentsInThreeBatches() {
        when(tracker.stopRefreshing(anyList())).thenAnswer(call -> call.<List<ShipmentKey>>getArgument(0).stream()
                .map(ItemOutcome::accepted).toList());

        assertThat(service.stopRefreshing(keys(81))).hasSize(81);
        verify(tracker, times(3)).stopRefreshing(anyList());
    }

    @Test
    void tellsListenersThatAStatusWasSetByHand() {
        List<StatusChanged> heard = new ArrayList<>();
        events.subscribe((key, event) -> heard.add(event));
        events.observe(shipment(key(1), DeliveryStatus.IN_TRANSIT));
        trackerAppliesUpdates();

        service.applyStatus(List.of(key(1)), StatusCommand.MARK_DELIVERED);

        assertThat(heard).containsExactly(new StatusChanged(DeliveryStatus.IN_TRANSIT, DeliveryStatus.DELIVERED,
                T0, StatusChanged.Cause.MANUAL_OVERRIDE));
    }

    @Test
    void movesAShipmentToAnotherCarrierAsANewLifeForListeners() {
        List<StatusChanged> heard = new ArrayList<>();
        events.subscribe((key, event) -> heard.add(event));
        ShipmentKey moved = ShipmentKey.of("dhl", "1Z1");
        events.observe(shipment(key(1), DeliveryStatus.IN_TRANSIT));
        when(tracker.changeCarrier(key(1), CarrierCode.of("dhl")))
                .thenReturn(ItemOutcome.accepted(shipment(moved, DeliveryStatus.PENDING)));

        assertThat(service.changeCarrier(key(1), CarrierCode.of("dhl")).value()).map(Shipment::key).contains(moved);
        assertThat(heard).isEmpty();
        assertThat(events.remembered()).isEqualTo(1);
    }

    @Test
    void updatesAndDeletesOneShipment() {
        ShipmentChanges changes = ShipmentChanges.builder().title("gift").build();
        when(tracker.update(key(1), changes)).thenReturn(ItemOutcome.accepted(shipment(key(1))));
        when(tracker.delete(key(1))).thenReturn(ItemOutcome.accepted(key(1)));
        when(tracker.delete(key(2))).thenReturn(ItemOutcome.rejected(RejectionReason.NOT_FOUND, "no such"));

        assertThat(service.update(key(1), changes).isAccepted()).isTrue();
        assertThat(service.delete(key(1)).isAccepted()).isTrue();
        assertThat(service.delete(key(2)).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(events.remembered()).isZero();
    }

    @Test
    void sendsNothingForNoKeys() {
        assertThat(service.deleteAll(List.of())).isEmpty();
        assertThat(service.updateAll(List.of())).isEmpty();
        verify(tracker, never()).deleteAll(anyList());
        verify(tracker, never()).updateAll(anyList());
    }

    @Test
    void rejectsTheItemsOfAFailedUpdateBatchAndGoesOn() {
        when(tracker.updateAll(anyList())).thenAnswer(failingCall(1, Fixtures.unavailable(),
                call -> call.<List<ShipmentUpdate>>getArgument(0).stream()
                        .map(u -> ItemOutcome.accepted(shipment(u.key()))).toList()));

        List<ItemOutcome<Shipment>> outcomes = service.applyStatus(keys(41), StatusCommand.REVERT_TO_CARRIER);

        assertThat(outcomes.subList(0, 40)).allMatch(o -> o.isRejectedFor(RejectionReason.BACKEND_ERROR));
        assertThat(outcomes.get(40).value().map(Shipment::key)).isEqualTo(Optional.of(key(40)));
    }
}
