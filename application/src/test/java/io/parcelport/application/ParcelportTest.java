package io.parcelport.application;

import static io.parcelport.application.Fixtures.LIMITS;
import static io.parcelport.application.Fixtures.T0;
import static io.parcelport.application.Fixtures.key;
import static io.parcelport.application.Fixtures.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_MOCKS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.domain.account.AccountInfo;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.StatusChanged;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.ports.out.TrackingAccount;
import io.parcelport.ports.out.TrackingBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParcelportTest {

    private final ShipmentTracker shipments = mock(ShipmentTracker.class);
    private final TrackingAccount account = mock(TrackingAccount.class);
    private final ManualClock time = ManualClock.at(T0);
    // The other ports are mocks nobody stubs: these tests only exercise shipments and the account.
    private final TrackingBackend backend = mock(TrackingBackend.class, RETURNS_MOCKS);

    ParcelportTest() {
        when(backend.shipments()).thenReturn(shipments);
        when(backend.account()).thenReturn(account);
        when(shipments.limits()).thenReturn(LIMITS);
    }

    @Test
    void sharesOneEventHubSoThatAFollowListenerHearsWhatARefreshObserves() {
        when(shipments.find(key(1))).thenReturn(Optional.of(shipment(key(1), DeliveryStatus.IN_TRANSIT)));
        when(shipments.trackNow(any())).thenReturn(ItemOutcome.accepted(shipment(key(1), DeliveryStatus.DELIVERED)));
        List<StatusChanged> heard = new ArrayList<>();
        try (Parcelport parcelport = Parcelport.builder(backend).clock(time).build()) {
            parcelport.follow().subscribe((key, event) -> heard.add(event));

            parcelport.follow().find(key(1));
            parcelport.refresh().refresh(NewShipment.of(key(1)));
        }

        assertThat(heard).extracting(StatusChanged::to).containsExactly(DeliveryStatus.DELIVERED);
    }

    @Test
    void aBackendThatTakesOneItemPerCallIsFannedOutAsWideAsItsLimitsSay() throws Exception {
        // One shipment per call, four calls in flight: the fifth call waits until four are inside at once.
        when(shipments.limits()).thenReturn(new BackendLimits(1, 100, 40, 40, 3, 1, 4));
        java.util.concurrent.CyclicBarrier fourAtOnce = new java.util.concurrent.CyclicBarrier(4);
        java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        when(shipments.createAll(any())).thenAnswer(call -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            fourAtOnce.await(10, java.util.concurrent.TimeUnit.SECONDS);
            inside.decrementAndGet();
            NewShipment item = call.<List<NewShipment>>getArgument(0).get(0);
            return List.of(ItemOutcome.accepted(shipment(item.key(), DeliveryStatus.PENDING)));
        });
        List<NewShipment> eight = java.util.stream.IntStream.range(0, 8).mapToObj(i -> NewShipment.of(key(i)))
                .toList();

        try (Parcelport parcelport = Parcelport.builder(backend).clock(time).build()) {
            List<ItemOutcome<io.parcelport.domain.shipment.Shipment>> outcomes = parcelport.register()
                    .registerAll(eight);

            assertThat(outcomes).hasSize(8).allMatch(ItemOutcome::isAccepted);
        }
        assertThat(most.get()).isEqualTo(4);
    }

    @Test
    void passesTheLowQuotaWarningToTheAccountService() {
        when(account.info()).thenReturn(new AccountInfo(Optional.empty(), Optional.empty(), Optional.empty(), 5));
        List<Long> warnings = new ArrayList<>();
        try (Parcelport parcelport = Parcelport.builder(backend)
                .lowQuotaWarning(10, info -> warnings.add(info.remainingQuota())).build()) {
            parcelport.account().account();
        }

        assertThat(warnings).containsExactly(5L);
    }
}
