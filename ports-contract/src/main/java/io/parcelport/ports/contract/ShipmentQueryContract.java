package io.parcelport.ports.contract;

import static io.parcelport.ports.contract.ContractFixtures.UPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.Capability;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.TimeRange;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Part of {@link ShipmentTrackerContract}: reading one shipment, listing them by filter and paging through them. */
abstract class ShipmentQueryContract extends ShipmentContractSupport {

    @Test
    void findOfAnUnregisteredKeyIsEmpty() {
        register(newShipment(key(1)));

        assertThat(tracker().find(key(2))).isEmpty();
        assertThat(tracker().find(key(UPS, 1))).as("same number, other carrier").isEmpty();
    }

    @Test
    void everyShipmentIsFoundUnderItsOwnStatusAndNoOther() {
        registerMany(1, 5);

        for (Shipment s : all(ShipmentQuery.ALL)) {
            assertThat(keys(ShipmentQuery.builder().status(s.deliveryStatus()).build())).contains(s.key());
            for (DeliveryStatus other : DeliveryStatus.values()) {
                if (other != s.deliveryStatus() && other != DeliveryStatus.UNKNOWN) {
                    assertThat(keys(ShipmentQuery.builder().status(other).build())).doesNotContain(s.key());
                }
            }
        }
    }

    @Test
    @Needs(Capability.MANUAL_STATUS)
    void queryByStatusReturnsExactlyTheShipmentsInThatEffectiveStatus() {
        registerMany(1, 5);
        tracker().update(key(2), ShipmentChanges.status(StatusCommand.MARK_DELIVERED));
        tracker().update(key(4), ShipmentChanges.status(StatusCommand.MARK_EXCEPTION));

        assertThat(keys(ShipmentQuery.builder().status(DeliveryStatus.DELIVERED).build())).containsExactly(key(2));
        assertThat(keys(ShipmentQuery.builder().status(DeliveryStatus.EXCEPTION).build())).containsExactly(key(4));
        for (Shipment s : all(ShipmentQuery.ALL)) {
            assertThat(keys(ShipmentQuery.builder().status(s.deliveryStatus()).build())).contains(s.key());
        }
    }

    @Test
    void queryByCreatedRangeReturnsExactlyTheShipmentsRegisteredInIt() {
        List<ShipmentKey> registered = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            registered.add(register(newShipment(key(i))).key());
        }
        List<Shipment> stored = registered.stream().map(this::found).toList();
        Instant first = stored.stream().map(Shipment::createdAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = stored.stream().map(Shipment::createdAt).max(Comparator.naturalOrder()).orElseThrow();
        Instant pivot = stored.get(3).createdAt();

        assertThat(keys(ShipmentQuery.builder().created(TimeRange.between(first, last)).build()))
                .containsExactlyInAnyOrderElementsOf(registered);
        assertThat(keys(ShipmentQuery.builder().created(TimeRange.until(first.minusSeconds(1))).build())).isEmpty();
        assertThat(keys(ShipmentQuery.builder().created(TimeRange.since(last.plusSeconds(1))).build())).isEmpty();
        assertThat(keys(ShipmentQuery.builder().created(TimeRange.since(pivot)).build()))
                .containsExactlyInAnyOrderElementsOf(stored.stream()
                        .filter(s -> !s.createdAt().isBefore(pivot)).map(Shipment::key).toList());
        assertThat(keys(ShipmentQuery.builder().created(TimeRange.until(pivot)).build()))
                .containsExactlyInAnyOrderElementsOf(stored.stream()
                        .filter(s -> !s.createdAt().isAfter(pivot)).map(Shipment::key).toList());
    }

    @Test
    @Needs(Capability.UPDATE_DETAILS)
    void queryByUpdatedRangeReturnsExactlyTheShipmentsLastChangedInIt() {
        registerMany(1, 4);
        Shipment changed = tracker().update(key(3), ShipmentChanges.builder().title("changed").build())
                .value().orElseThrow();
        List<Shipment> stored = all(ShipmentQuery.ALL);
        Instant pivot = changed.updatedAt().orElseThrow();

        assertThat(keys(ShipmentQuery.builder().updated(TimeRange.since(pivot)).build()))
                .contains(key(3))
                .containsExactlyInAnyOrderElementsOf(stored.stream()
                        .filter(s -> s.updatedAt().map(u -> !u.isBefore(pivot)).orElse(false))
                        .map(Shipment::key).toList());
        Instant latest = stored.stream().flatMap(s -> s.updatedAt().stream()).max(Comparator.naturalOrder())
                .orElseThrow();
        assertThat(keys(ShipmentQuery.builder().updated(TimeRange.since(latest.plusSeconds(1))).build())).isEmpty();
    }

    @Test
    @Needs(Capability.QUERY_BY_ORDER_TIME)
    void queryByOrderTimeReturnsExactlyTheOrdersPlacedInTheRange() {
        register(NewShipment.builder(key(1)).pinCarrier(true).orderTime(LocalDateTime.of(2024, 1, 15, 10, 0)).build());
        register(NewShipment.builder(key(2)).pinCarrier(true).orderTime(LocalDateTime.of(2024, 2, 15, 10, 0)).build());
        register(NewShipment.builder(key(3)).pinCarrier(true).orderTime(LocalDateTime.of(2024, 3, 15, 10, 0)).build());
        register(newShipment(key(4)));

        TimeRange february = TimeRange.between(LocalDateTime.of(2024, 2, 1, 0, 0).toInstant(ZoneOffset.UTC),
                LocalDateTime.of(2024, 2, 29, 23, 59).toInstant(ZoneOffset.UTC));
        assertThat(keys(ShipmentQuery.builder().ordered(february).build())).containsExactly(key(2));
        assertThat(keys(ShipmentQuery.builder().ordered(TimeRange.since(
                LocalDateTime.of(2024, 2, 1, 0, 0).toInstant(ZoneOffset.UTC))).build()))
                .containsExactlyInAnyOrder(key(2), key(3));
    }

    @Test
    void queryByNumbersReturnsExactlyThoseShipmentsUpToTheLimit() {
        List<ShipmentKey> registered = registerMany(1, 45);
        List<ShipmentKey> wanted = registered.subList(2, 2 + tracker().limits().maxQueryNumbers());
        List<TrackingNumber> numbers = wanted.stream().map(ShipmentKey::trackingNumber).toList();

        assertThat(keys(ShipmentQuery.builder().numbers(numbers).build())).containsExactlyInAnyOrderElementsOf(wanted);
        assertThat(keys(ShipmentQuery.builder().addNumber(key(999).trackingNumber()).build())).isEmpty();
    }

    @Test
    void queryWithMoreNumbersThanTheLimitIsRefused() {
        List<TrackingNumber> tooMany = IntStream.rangeClosed(1, tracker().limits().maxQueryNumbers() + 1)
                .mapToObj(ContractFixtures::number).toList();

        assertThatThrownBy(() -> tracker().query(ShipmentQuery.builder().numbers(tooMany).build(),
                PageRequest.first(10)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
    }

    @Test
    @Needs(Capability.QUERY_BY_ORDER_ID)
    void queryByOrderIdsReturnsExactlyThoseShipmentsAndMoreThanTheLimitIsRefused() {
        int max = tracker().limits().maxQueryOrderIds();
        List<String> orderIds = new ArrayList<>();
        for (int i = 1; i <= max + 3; i++) {
            register(NewShipment.builder(key(i)).pinCarrier(true).orderId("ORD-" + i).build());
            orderIds.add("ORD-" + i);
        }

        List<String> wanted = orderIds.subList(0, max);
        assertThat(all(ShipmentQuery.builder().orderIds(wanted).build()))
                .extracting(s -> s.orderId().orElseThrow()).containsExactlyInAnyOrderElementsOf(wanted);
        assertThatThrownBy(() -> tracker().query(ShipmentQuery.builder().orderIds(orderIds.subList(0, max + 1))
                .build(), PageRequest.first(10)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
    }

    @Test
    @Needs(Capability.UPDATE_DETAILS)
    void queryByArchivedStateSelectsArchivedActiveOrEither() {
        registerMany(1, 5);
        tracker().update(key(2), ShipmentChanges.archived(true));
        tracker().update(key(5), ShipmentChanges.archived(true));

        assertThat(keys(ShipmentQuery.builder().archived(ArchivedFilter.ARCHIVED_ONLY).build()))
                .containsExactlyInAnyOrder(key(2), key(5));
        assertThat(keys(ShipmentQuery.builder().archived(ArchivedFilter.ACTIVE_ONLY).build()))
                .containsExactlyInAnyOrder(key(1), key(3), key(4));
        assertThat(keys(ShipmentQuery.builder().archived(ArchivedFilter.EITHER).build())).hasSize(5);
        assertThat(found(key(2)).isArchived()).isTrue();
    }

    @Test
    void pagingVisitsEveryShipmentExactlyOnceInStableOrder() {
        List<ShipmentKey> registered = registerMany(1, 45);
        List<Shipment> seen = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(7));
        boolean counts = backend.capabilities().offers(Capability.QUERY_TOTAL);
        while (request.isPresent()) {
            Page<Shipment> page = tracker().query(ShipmentQuery.ALL, request.get());
            if (counts) {
                assertThat(page.total()).hasValue(45);
            } else {
                assertThat(page.total()).isEmpty();
            }
            seen.addAll(page.items());
            request = page.next();
        }

        assertThat(seen).extracting(Shipment::key).containsExactlyInAnyOrderElementsOf(registered);
        assertThat(new HashSet<>(seen.stream().map(Shipment::key).toList())).hasSize(45);
        assertThat(seen).isSortedAccordingTo(Comparator.comparing(Shipment::createdAt)
                .thenComparing(Shipment::key));
        assertThat(seen).extracting(Shipment::key).containsExactlyElementsOf(keys(ShipmentQuery.ALL));
        assertThat(tracker().query(ShipmentQuery.ALL, new PageRequest(8, 7)).items()).isEmpty();
    }

    @Test
    void pageSizeUpToTheLimitIsAcceptedAndBeyondItRefused() {
        registerMany(1, 3);
        int max = tracker().limits().maxPageSize();

        assertThat(tracker().query(ShipmentQuery.ALL, PageRequest.first(1)).items()).hasSize(1);
        assertThat(tracker().query(ShipmentQuery.ALL, PageRequest.first(max)).items()).hasSize(3);
        assertThatThrownBy(() -> tracker().query(ShipmentQuery.ALL, PageRequest.first(max + 1)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
    }
}
