package io.parcelport.application;

import static io.parcelport.application.Fixtures.T0;
import static io.parcelport.application.Fixtures.key;
import static io.parcelport.application.Fixtures.mockTracker;
import static io.parcelport.application.Fixtures.newShipments;
import static io.parcelport.application.Fixtures.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.StatusChanged;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.out.ShipmentTracker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RefreshShipmentsServiceTest {

    private final ShipmentTracker tracker = mockTracker();
    private final ManualClock time = ManualClock.at(T0);
    private final ShipmentEvents events = new ShipmentEvents(time);
    private final RefreshShipmentsService service = new RefreshShipmentsService(tracker, events);

    private void trackerAnswersFresh() {
        when(tracker.trackNow(any())).thenAnswer(call -> ItemOutcome.accepted(
                shipment(call.<NewShipment>getArgument(0).key())));
    }

    @Test
    void refreshesManyShipmentsOneAfterAnotherInInputOrder() {
        trackerAnswersFresh();

        List<ItemOutcome<Shipment>> outcomes = service.refreshAll(newShipments(6));

        assertThat(outcomes).allMatch(ItemOutcome::isAccepted);
        assertThat(outcomes).extracting(o -> o.value().orElseThrow().key()).containsExactlyElementsOf(
                newShipments(6).stream().map(NewShipment::key).toList());
    }

    @Test
    void reportsARateLimitTheBackendGaveUpOnWithoutRetryingItself() {
        when(tracker.trackNow(any())).thenThrow(Fixtures.rateLimited(Duration.ofSeconds(2)));

        assertThatThrownBy(() -> service.refresh(NewShipment.of(key(1)))).isInstanceOf(RateLimitedException.class);
        verify(tracker, times(1)).trackNow(any());
    }

    @Test
    void rejectsAnItemStillRateLimitedAfterTheBackendsRetriesAndRefreshesTheNext() {
        when(tracker.trackNow(NewShipment.of(key(0)))).thenThrow(Fixtures.rateLimited(Duration.ofSeconds(2)));
        when(tracker.trackNow(NewShipment.of(key(1)))).thenReturn(ItemOutcome.accepted(shipment(key(1))));

        List<ItemOutcome<Shipment>> outcomes = service.refreshAll(newShipments(2));

        assertThat(outcomes.get(0).isRejectedFor(RejectionReason.BACKEND_ERROR)).isTrue();
        assertThat(outcomes.get(1).isAccepted()).isTrue();
    }

    @Test
    void refreshesAKeyRepeatedInTheInputOnce() {
        trackerAnswersFresh();
        NewShipment one = NewShipment.of(key(1));

        List<ItemOutcome<Shipment>> outcomes = service.refreshAll(List.of(one, NewShipment.of(key(2)), one));

        verify(tracker, times(2)).trackNow(any());
        assertThat(outcomes.get(2)).isEqualTo(outcomes.get(0));
    }

    @Test
    void stopsCallingOnceTheQuotaIsExhausted() {
        when(tracker.trackNow(any())).thenThrow(Fixtures.quotaExhausted());

        List<ItemOutcome<Shipment>> outcomes = service.refreshAll(newShipments(4));

        verify(tracker, times(1)).trackNow(any());
        assertThat(outcomes).allMatch(o -> o.isRejectedFor(RejectionReason.QUOTA_EXHAUSTED));
    }

    @Test
    void tellsListenersWhenARefreshShowsANewStatus() {
        List<StatusChanged> heard = new ArrayList<>();
        events.subscribe((key, event) -> heard.add(event));
        when(tracker.trackNow(any())).thenReturn(
                ItemOutcome.accepted(shipment(key(1), DeliveryStatus.IN_TRANSIT)),
                ItemOutcome.accepted(shipment(key(1), DeliveryStatus.DELIVERED)));

        service.refresh(NewShipment.of(key(1)));
        service.refresh(NewShipment.of(key(1)));

        assertThat(heard).containsExactly(new StatusChanged(DeliveryStatus.IN_TRANSIT, DeliveryStatus.DELIVERED,
                time.instant(), StatusChanged.Cause.CARRIER_UPDATE));
    }
}
