package io.parcelport.application;

import static io.parcelport.application.Fixtures.LIMITS;
import static io.parcelport.application.Fixtures.T0;
import static io.parcelport.application.Fixtures.key;
import static io.parcelport.application.Fixtures.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.ports.out.TrackingAccount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class FollowShipmentsServiceTest {

    private final ShipmentTracker tracker = mock(ShipmentTracker.class);
    private final TrackingAccount account = mock(TrackingAccount.class);
    private final ManualClock time = ManualClock.at(T0);
    private final ShipmentEvents events = new ShipmentEvents(time);

    FollowShipmentsServiceTest() {
        when(tracker.limits()).thenReturn(LIMITS);
    }

    private FollowShipmentsService service(int pageSize) {
        return new FollowShipmentsService(tracker, account, events, pageSize);
    }

    /** A backend holding {@code total} shipments, answering any query with them, page by page. */
    private void backendHolds(int total) {
        List<Shipment> all = IntStream.range(0, total).mapToObj(i -> shipment(key(i))).toList();
        when(tracker.query(any(), any())).thenAnswer(call -> {
            PageRequest request = call.getArgument(1);
            int from = (int) Math.min(total, request.offset());
            return new Page<>(all.subList(from, Math.min(total, from + request.size())), request, total);
        });
    }

    @Test
    void fetchesTheNextPageOnlyWhenThePreviousOneIsConsumed() {
        backendHolds(5);
        Iterator<Shipment> shipments = service(0).query(ShipmentQuery.ALL, 2).iterator();

        verify(tracker, never()).query(any(), any());
        shipments.next();
        shipments.next();
        verify(tracker, times(1)).query(any(), any());
        verify(tracker, never()).query(any(), eq(new PageRequest(2, 2)));

        assertThat(shipments.next().key()).isEqualTo(key(2));
        verify(tracker).query(any(), eq(new PageRequest(2, 2)));
        verify(tracker, never()).query(any(), eq(new PageRequest(3, 2)));
    }

    @Test
    void walksEveryPageOnceAndStopsAfterTheLast() {
        backendHolds(5);

        List<ShipmentKey> keys = service(0).query(ShipmentQuery.ALL, 2).map(Shipment::key).toList();

        assertThat(keys).containsExactlyElementsOf(Fixtures.keys(5));
        verify(tracker, times(3)).query(any(), any());
    }

    @Test
    void fetchesNoMoreThanNeededForAShortCircuitingStream() {
        backendHolds(10_000);

        List<Shipment> firstThree = service(100).query(ShipmentQuery.ALL).limit(3).toList();

        assertThat(firstThree).hasSize(3);
        verify(tracker, times(1)).query(any(), any());
    }

    @Test
    void usesTheBackendsLargestPageByDefault() {
        backendHolds(1);

        service(0).query(ShipmentQuery.ALL).toList();

        verify(tracker).query(ShipmentQuery.ALL, PageRequest.first(2000));
    }

    @Test
    void refusesAPageSizeBeyondTheBackendsLimit() {
        assertThatThrownBy(() -> service(0).query(ShipmentQuery.ALL, 2001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2001");
        assertThatThrownBy(() -> service(2001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitsANumbersFilterOverTheBackendsLimitIntoSeveralQueries() {
        backendHolds(0);
        List<TrackingNumber> numbers = IntStream.range(0, 100).mapToObj(i -> TrackingNumber.of("N" + i)).toList();

        service(0).query(ShipmentQuery.builder().numbers(numbers).build()).toList();

        ArgumentCaptor<ShipmentQuery> sent = ArgumentCaptor.forClass(ShipmentQuery.class);
        verify(tracker, times(3)).query(sent.capture(), any());
        assertThat(sent.getAllValues()).extracting(q -> q.numbers().size()).containsExactly(40, 40, 20);
        assertThat(sent.getAllValues().stream().flatMap(q -> q.numbers().stream())).containsExactlyElementsOf(numbers);
    }

    @Test
    void splitsNumbersAndOrderIdsOverTheLimitIntoEveryPairOfParts() {
        List<TrackingNumber> numbers = IntStream.range(0, 41).mapToObj(i -> TrackingNumber.of("N" + i)).toList();
        List<String> orders = IntStream.range(0, 41).mapToObj(i -> "order-" + i).toList();

        List<ShipmentQuery> parts = service(0).split(ShipmentQuery.builder().numbers(numbers).orderIds(orders)
                .status(DeliveryStatus.IN_TRANSIT).build());

        assertThat(parts).extracting(q -> q.numbers().size() + "x" + q.orderIds().size())
                .containsExactly("40x40", "40x1", "1x40", "1x1");
        assertThat(parts).allMatch(q -> q.status().equals(Optional.of(DeliveryStatus.IN_TRANSIT)));
    }

    @Test
    void concatenatesThePartsOfASplitQueryInOrder() {
        List<TrackingNumber> numbers = IntStream.range(0, 41).mapToObj(i -> TrackingNumber.of("N" + i)).toList();
        when(tracker.query(any(), any())).thenAnswer(call -> {
            ShipmentQuery part = call.getArgument(0);
            List<Shipment> found = part.numbers().stream().map(n -> shipment(ShipmentKey.of("ups", n.value())))
                    .toList();
            return new Page<>(found, call.getArgument(1), found.size());
        });

        List<String> seen = service(0).query(ShipmentQuery.builder().numbers(numbers).build())
                .map(s -> s.key().trackingNumber().value()).toList();

        assertThat(seen).containsExactlyElementsOf(numbers.stream().map(TrackingNumber::value).toList());
    }

    @Test
    void doesNotSplitAQueryWithinTheLimits() {
        ShipmentQuery query = ShipmentQuery.builder()
                .numbers(IntStream.range(0, 40).mapToObj(i -> TrackingNumber.of("N" + i)).toList()).build();

        assertThat(service(0).split(query)).containsExactly(query);
    }

    @Test
    void countsStatusesThroughTheAccount() {
        StatusCounts counts = new StatusCounts(Map.of(DeliveryStatus.DELIVERED, 3L));
        when(account.statusCounts(StatusCountQuery.ALL)).thenReturn(counts);

        assertThat(service(0).statusCounts(StatusCountQuery.ALL)).isEqualTo(counts);
    }

    @Test
    void findsOneShipmentByKey() {
        when(tracker.find(key(1))).thenReturn(Optional.of(shipment(key(1))));

        assertThat(service(0).find(key(1))).map(Shipment::key).contains(key(1));
        assertThat(service(0).find(key(2))).isEmpty();
    }

    @Test
    void tellsSubscribersOfStatusChangesThatQueriesObserve() {
        List<String> heard = new ArrayList<>();
        FollowShipmentsService service = service(0);
        service.subscribe((key, event) -> heard.add(key + ":" + event.from() + "->" + event.to()));
        when(tracker.query(any(), any())).thenReturn(
                page(shipment(key(1), DeliveryStatus.IN_TRANSIT), shipment(key(2), DeliveryStatus.PENDING)),
                page(shipment(key(1), DeliveryStatus.DELIVERED), shipment(key(2), DeliveryStatus.PENDING)));

        service.query(ShipmentQuery.ALL).toList();
        assertThat(heard).as("first sightings are not changes").isEmpty();
        service.query(ShipmentQuery.ALL).toList();

        assertThat(heard).containsExactly(key(1) + ":IN_TRANSIT->DELIVERED");
    }

    @Test
    void stopsTellingASubscriberWhoseHandleIsClosed() throws Exception {
        List<String> heard = new ArrayList<>();
        FollowShipmentsService service = service(0);
        AutoCloseable handle = service.subscribe((key, event) -> heard.add(event.to().name()));
        when(tracker.find(key(1))).thenReturn(Optional.of(shipment(key(1), DeliveryStatus.IN_TRANSIT)),
                Optional.of(shipment(key(1), DeliveryStatus.OUT_FOR_DELIVERY)),
                Optional.of(shipment(key(1), DeliveryStatus.DELIVERED)));

        service.find(key(1));
        service.find(key(1));
        handle.close();
        service.find(key(1));

        assertThat(heard).containsExactly("OUT_FOR_DELIVERY");
    }

    private static Page<Shipment> page(Shipment... shipments) {
        return new Page<>(List.of(shipments), PageRequest.first(2000), shipments.length);
    }

    @Test
    void streamsAMillionShipmentsHoldingOnePageAtATime() {
        // A backend that makes each page on demand, so only the page in hand is ever in memory.
        int total = 1_000_000;
        when(tracker.query(any(), any())).thenAnswer(call -> {
            PageRequest request = call.getArgument(1);
            int from = (int) request.offset();
            List<Shipment> items = IntStream.range(from, Math.min(total, from + request.size()))
                    .mapToObj(i -> shipment(key(i))).collect(Collectors.toList());
            return new Page<>(items, request, total);
        });

        try (Stream<Shipment> stream = service(0).query(ShipmentQuery.ALL)) {
            assertThat(stream.count()).isEqualTo(total);
        }
        verify(tracker, times(500)).query(any(), any());
    }

    @Test
    void aSinglePageIsOneBackendCallWithItsTotal() {
        backendHolds(5);
        Page<Shipment> page = service(0).page(ShipmentQuery.ALL, new PageRequest(2, 2));

        assertThat(page.items()).extracting(Shipment::key).containsExactly(key(2), key(3));
        assertThat(page.total()).hasValue(5);
        assertThat(page.hasNext()).isTrue();
        verify(tracker, times(1)).query(any(), any());
    }

    @Test
    void aSinglePageRefusesAFilterTheBackendCannotTakeInOneCall() {
        List<TrackingNumber> numbers = IntStream.range(0, LIMITS.maxQueryNumbers() + 1)
                .mapToObj(i -> TrackingNumber.of("PK" + (10_000 + i))).toList();
        ShipmentQuery tooMany = ShipmentQuery.builder().numbers(numbers).build();

        assertThatThrownBy(() -> service(0).page(tooMany, PageRequest.first(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining((LIMITS.maxQueryNumbers() + 1) + " numbers");
        assertThatThrownBy(() -> service(0).page(ShipmentQuery.ALL, PageRequest.first(LIMITS.maxPageSize() + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(LIMITS.maxPageSize() + 1));
        verify(tracker, never()).query(any(), any());
    }

    @Test
    void aSinglePageReportsStatusChangesToListeners() {
        Shipment pending = shipment(key(1));
        Shipment delivered = pending.toBuilder()
                .status(io.parcelport.domain.shipment.ShipmentStatus.of(DeliveryStatus.DELIVERED, Optional.empty())).build();
        when(tracker.query(any(), any()))
                .thenReturn(new Page<>(List.of(pending), PageRequest.first(10), 1))
                .thenReturn(new Page<>(List.of(delivered), PageRequest.first(10), 1));
        List<DeliveryStatus> seen = new ArrayList<>();
        FollowShipmentsService service = service(0);
        service.subscribe((key, event) -> seen.add(event.to()));

        service.page(ShipmentQuery.ALL, PageRequest.first(10));
        service.page(ShipmentQuery.ALL, PageRequest.first(10));

        assertThat(seen).containsExactly(DeliveryStatus.DELIVERED);
    }
}
