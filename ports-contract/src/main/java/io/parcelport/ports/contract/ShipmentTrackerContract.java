package io.parcelport.ports.contract;

import static io.parcelport.ports.contract.ContractFixtures.CHINA_EMS;
import static io.parcelport.ports.contract.ContractFixtures.UNKNOWN_CARRIER;
import static io.parcelport.ports.contract.ContractFixtures.UPS;
import static io.parcelport.ports.contract.ContractFixtures.USPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.DeliveryStatus;
import io.parcelport.domain.Shipment;
import io.parcelport.domain.ShipmentKey;
import io.parcelport.domain.TrackingNumber;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.TimeRange;
import io.parcelport.ports.out.ShipmentTracker;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ShipmentTracker}: registration, reading, listing, changes, deletion and real-time tracking,
 * as its Javadoc states them.
 */
public abstract class ShipmentTrackerContract extends ContractSupport {

    private ShipmentTracker tracker() {
        return backend.shipments();
    }

    private int batchLimit() {
        return tracker().limits().maxBatchSize();
    }

    // ---- create and find ----------------------------------------------------------------------------------------

    @Test
    void createdShipmentIsFoundWithItsDetails() {
        ShipmentKey key = key(1);
        NewShipment shipment = NewShipment.builder(key).pinCarrier(true).orderId("ORDER-1").title("Blue teapot")
                .customerName("Ada Lovelace").addCustomerEmail("ada@example.com")
                .destinationCountry(CountryCode.of("GB")).build();

        ItemOutcome<Shipment> created = tracker().create(shipment);

        assertThat(created.isAccepted()).as("%s", created).isTrue();
        Shipment found = found(key);
        assertThat(found.key()).isEqualTo(key);
        assertThat(found.orderId()).contains("ORDER-1");
        assertThat(found.title()).contains("Blue teapot");
        assertThat(found.customerName()).contains("Ada Lovelace");
        assertThat(found.customerEmails()).containsExactly("ada@example.com");
        assertThat(found.destinationCountry()).contains(CountryCode.of("GB"));
        assertThat(found.createdAt()).isEqualTo(created.value().orElseThrow().createdAt());
        assertThat(found.isArchived()).isFalse();
        assertThat(found.isRefreshing()).isTrue();
    }

    @Test
    void findOfAnUnregisteredKeyIsEmpty() {
        register(newShipment(key(1)));

        assertThat(tracker().find(key(2))).isEmpty();
        assertThat(tracker().find(key(UPS, 1))).as("same number, other carrier").isEmpty();
    }

    @Test
    void creatingARegisteredKeyAgainIsAlreadyExistsAndChangesNothing() {
        ShipmentKey key = key(1);
        Shipment first = register(NewShipment.builder(key).pinCarrier(true).title("first").build());

        ItemOutcome<Shipment> again = tracker().create(NewShipment.builder(key).pinCarrier(true).title("second").build());

        assertThat(again.isRejectedFor(RejectionReason.ALREADY_EXISTS)).as("%s", again).isTrue();
        assertThat(found(key).title()).contains("first");
        assertThat(found(key).createdAt()).isEqualTo(first.createdAt());
    }

    @Test
    void createWithAnUnknownCarrierIsInvalidCarrier() {
        ItemOutcome<Shipment> outcome = tracker().create(newShipment(key(UNKNOWN_CARRIER, 1)));

        assertThat(outcome.isRejectedFor(RejectionReason.INVALID_CARRIER)).as("%s", outcome).isTrue();
        assertThat(tracker().find(key(UNKNOWN_CARRIER, 1))).isEmpty();
    }

    // ---- batches ------------------------------------------------------------------------------------------------

    @Test
    void batchOverTheLimitIsRefusedAsAWholeAndCreatesNothing() {
        List<NewShipment> tooMany = IntStream.rangeClosed(1, batchLimit() + 1)
                .mapToObj(i -> newShipment(key(i))).toList();

        assertThatThrownBy(() -> tracker().createAll(tooMany))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
        assertThat(tracker().query(ShipmentQuery.ALL, PageRequest.first(10)).total()).isZero();
        assertThat(tracker().find(key(1))).isEmpty();
    }

    @Test
    void batchOfExactlyTheLimitIsAccepted() {
        List<NewShipment> full = IntStream.rangeClosed(1, batchLimit()).mapToObj(i -> newShipment(key(i))).toList();

        List<ItemOutcome<Shipment>> outcomes = tracker().createAll(full);

        assertThat(outcomes).hasSize(batchLimit()).allSatisfy(o -> assertThat(o.isAccepted()).isTrue());
        // The total counts every page, so the smallest page fits any backend's page limit.
        assertThat(tracker().query(ShipmentQuery.ALL, PageRequest.first(1)).total()).isEqualTo(batchLimit());
    }

    @Test
    void mixedBatchGivesExactlyOneOutcomePerItemInInputOrder() {
        register(newShipment(key(1)));
        List<NewShipment> batch = List.of(
                newShipment(key(2)),                    // new
                newShipment(key(1)),                    // registered before
                newShipment(key(UNKNOWN_CARRIER, 3)),   // invalid carrier
                newShipment(key(4)),                    // new
                newShipment(key(CHINA_EMS, 5)));        // new, another carrier

        List<ItemOutcome<Shipment>> outcomes = tracker().createAll(batch);

        assertThat(outcomes).hasSize(batch.size());
        assertThat(outcomes.get(0).value().map(Shipment::key)).contains(key(2));
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.ALREADY_EXISTS)).as("%s", outcomes.get(1)).isTrue();
        assertThat(outcomes.get(2).isRejectedFor(RejectionReason.INVALID_CARRIER)).as("%s", outcomes.get(2)).isTrue();
        assertThat(outcomes.get(3).value().map(Shipment::key)).contains(key(4));
        assertThat(outcomes.get(4).value().map(Shipment::key)).contains(key(CHINA_EMS, 5));
        assertThat(keys(ShipmentQuery.ALL)).containsExactlyInAnyOrder(key(1), key(2), key(4), key(CHINA_EMS, 5));
    }

    @Test
    void repeatingABatchRegistersNothingTwice() {
        List<NewShipment> batch = List.of(newShipment(key(1)), newShipment(key(2)));
        tracker().createAll(batch);

        List<ItemOutcome<Shipment>> again = tracker().createAll(batch);

        assertThat(again).allSatisfy(o -> assertThat(o.isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue());
        assertThat(tracker().query(ShipmentQuery.ALL, PageRequest.first(10)).total()).isEqualTo(2);
    }

    // ---- query filters ------------------------------------------------------------------------------------------

    @Test
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

    // ---- paging -------------------------------------------------------------------------------------------------

    @Test
    void pagingVisitsEveryShipmentExactlyOnceInStableOrder() {
        List<ShipmentKey> registered = registerMany(1, 45);
        List<Shipment> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(7);
        Page<Shipment> page;
        do {
            page = tracker().query(ShipmentQuery.ALL, request);
            assertThat(page.total()).isEqualTo(45);
            seen.addAll(page.items());
            request = request.next();
        } while (page.hasNext());

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

    // ---- update -------------------------------------------------------------------------------------------------

    @Test
    void updateChangesOnlyTheGivenDetails() {
        register(NewShipment.builder(key(1)).pinCarrier(true).orderId("ORD-1").title("old title")
                .customerName("Grace").build());

        ItemOutcome<Shipment> outcome = tracker().update(key(1), ShipmentChanges.builder().title("new title")
                .customerPhone("+44 20 7946 0000").destinationCountry(CountryCode.of("FR")).build());

        assertThat(outcome.isAccepted()).as("%s", outcome).isTrue();
        Shipment after = found(key(1));
        assertThat(after.title()).contains("new title");
        assertThat(after.customerPhone()).contains("+44 20 7946 0000");
        assertThat(after.destinationCountry()).contains(CountryCode.of("FR"));
        assertThat(after.orderId()).contains("ORD-1");
        assertThat(after.customerName()).contains("Grace");
    }

    @Test
    void updateOfAnUnregisteredKeyIsNotFound() {
        ItemOutcome<Shipment> outcome = tracker().update(key(1), ShipmentChanges.builder().title("x").build());

        assertThat(outcome.isRejectedFor(RejectionReason.NOT_FOUND)).as("%s", outcome).isTrue();
        assertThat(tracker().find(key(1))).isEmpty();
    }

    @Test
    void manualStatusOverridesTheCarrierAndRevertRestoresIt() {
        register(newShipment(key(1)));
        DeliveryStatus carrier = found(key(1)).status().carrierStatus();

        Shipment delivered = tracker().update(key(1), ShipmentChanges.status(StatusCommand.MARK_DELIVERED))
                .value().orElseThrow();
        assertThat(delivered.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(found(key(1)).deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(found(key(1)).status().isOverridden()).isTrue();
        assertThat(found(key(1)).status().carrierStatus()).isEqualTo(carrier);

        tracker().update(key(1), ShipmentChanges.status(StatusCommand.MARK_EXCEPTION));
        assertThat(found(key(1)).deliveryStatus()).isEqualTo(DeliveryStatus.EXCEPTION);

        Shipment reverted = tracker().update(key(1), ShipmentChanges.status(StatusCommand.REVERT_TO_CARRIER))
                .value().orElseThrow();
        assertThat(reverted.status().isOverridden()).isFalse();
        assertThat(found(key(1)).deliveryStatus()).isEqualTo(found(key(1)).status().carrierStatus());
        assertThat(found(key(1)).status().isOverridden()).isFalse();
    }

    @Test
    void updateAllGivesOneOutcomePerItemInOrderAndRefusesABatchOverTheLimit() {
        registerMany(1, 2);
        List<ShipmentUpdate> updates = List.of(
                new ShipmentUpdate(key(1), ShipmentChanges.builder().title("one").build()),
                new ShipmentUpdate(key(9), ShipmentChanges.builder().title("nine").build()),
                new ShipmentUpdate(key(2), ShipmentChanges.status(StatusCommand.MARK_DELIVERED)));

        List<ItemOutcome<Shipment>> outcomes = tracker().updateAll(updates);

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0).value().flatMap(Shipment::title)).contains("one");
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(outcomes.get(2).value().map(Shipment::deliveryStatus)).contains(DeliveryStatus.DELIVERED);
        assertThat(found(key(1)).title()).contains("one");

        List<ShipmentUpdate> tooMany = IntStream.rangeClosed(1, batchLimit() + 1)
                .mapToObj(i -> new ShipmentUpdate(key(i), ShipmentChanges.builder().title("t" + i).build())).toList();
        assertThatThrownBy(() -> tracker().updateAll(tooMany))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
        assertThat(found(key(1)).title()).contains("one");
    }

    // ---- change carrier -----------------------------------------------------------------------------------------

    @Test
    void changeCarrierMovesTheShipmentToTheNewKeyKeepingItsDetails() {
        register(NewShipment.builder(key(1)).pinCarrier(true).orderId("ORD-1").title("teapot").build());

        ItemOutcome<Shipment> outcome = tracker().changeCarrier(key(1), UPS);

        assertThat(outcome.value().map(Shipment::key)).contains(key(UPS, 1));
        assertThat(tracker().find(key(1))).isEmpty();
        Shipment moved = found(key(UPS, 1));
        assertThat(moved.orderId()).contains("ORD-1");
        assertThat(moved.title()).contains("teapot");
        assertThat(keys(ShipmentQuery.ALL)).containsExactly(key(UPS, 1));
    }

    @Test
    void changeCarrierRejectsUnknownKeysTakenKeysAndUnknownCarriers() {
        registerMany(1, 1);
        register(newShipment(key(UPS, 1)));

        assertThat(tracker().changeCarrier(key(7), UPS).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(tracker().changeCarrier(key(1), UPS).isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(tracker().changeCarrier(key(1), UNKNOWN_CARRIER).isRejectedFor(RejectionReason.INVALID_CARRIER))
                .isTrue();
        assertThat(found(key(1)).key().carrier()).isEqualTo(USPS);
    }

    // ---- stop refreshing ----------------------------------------------------------------------------------------

    @Test
    void stopRefreshingStopsKnownShipmentsIsIdempotentAndRejectsUnknownOnesInOrder() {
        registerMany(1, 2);

        List<ItemOutcome<ShipmentKey>> outcomes = tracker().stopRefreshing(List.of(key(1), key(9), key(2)));

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0).value()).contains(key(1));
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(outcomes.get(2).value()).contains(key(2));
        assertThat(found(key(1)).isRefreshing()).isFalse();
        assertThat(found(key(2)).isRefreshing()).isFalse();

        assertThat(tracker().stopRefreshing(List.of(key(1))).get(0).isAccepted()).as("idempotent").isTrue();
        assertThat(found(key(1)).isRefreshing()).isFalse();
    }

    // ---- delete -------------------------------------------------------------------------------------------------

    @Test
    void deleteRemovesTheShipmentAndUnknownKeysAreNotFound() {
        registerMany(1, 2);

        assertThat(tracker().delete(key(1)).value()).contains(key(1));
        assertThat(tracker().find(key(1))).isEmpty();
        assertThat(tracker().delete(key(1)).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(keys(ShipmentQuery.ALL)).containsExactly(key(2));
    }

    @Test
    void deleteAllGivesOneOutcomePerItemInOrder() {
        registerMany(1, 3);

        List<ItemOutcome<ShipmentKey>> outcomes = tracker().deleteAll(List.of(key(1), key(8), key(3)));

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0).value()).contains(key(1));
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(outcomes.get(2).value()).contains(key(3));
        assertThat(keys(ShipmentQuery.ALL)).containsExactly(key(2));
    }

    @Test
    void aBatchNamingAShipmentTwiceIsRefusedBeforeAnythingIsDone() {
        registerMany(1, 2);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> tracker().createAll(List.of(newShipment(key(7)), newShipment(key(7)))))
                .withMessageContaining(key(7).toString());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tracker().deleteAll(List.of(key(1), key(2), key(1))))
                .withMessageContaining(key(1).toString());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tracker().stopRefreshing(List.of(key(2), key(2))));
        assertThatIllegalArgumentException().isThrownBy(() -> tracker().updateAll(List.of(
                new ShipmentUpdate(key(1), ShipmentChanges.builder().title("a").build()),
                new ShipmentUpdate(key(1), ShipmentChanges.builder().title("b").build()))));
        assertThat(keys(ShipmentQuery.ALL)).containsExactly(key(1), key(2));
    }

    @Test
    void aDeletedShipmentCanBeRegisteredAgain() {
        register(NewShipment.builder(key(1)).pinCarrier(true).title("before").build());
        tracker().delete(key(1));

        ItemOutcome<Shipment> again = tracker().create(newShipment(key(1)));

        assertThat(again.isAccepted()).as("%s", again).isTrue();
        assertThat(found(key(1)).title()).as("nothing of the deleted one survives").isEmpty();
    }

    @Test
    void deleteAllOverTheLimitIsRefusedAndDeletesNothing() {
        registerMany(1, 2);
        List<ShipmentKey> tooMany = IntStream.rangeClosed(1, batchLimit() + 1).mapToObj(i -> key(i)).toList();

        assertThatThrownBy(() -> tracker().deleteAll(tooMany))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
        assertThat(keys(ShipmentQuery.ALL)).hasSize(2);
    }

    // ---- real time ----------------------------------------------------------------------------------------------

    @Test
    void trackingAnUnregisteredNumberNowRegistersIt() {
        ItemOutcome<Shipment> outcome = tracker().trackNow(newShipment(key(1)));

        assertThat(outcome.value().map(Shipment::key)).contains(key(1));
        assertThat(found(key(1)).key()).isEqualTo(key(1));
        assertThat(keys(ShipmentQuery.ALL)).containsExactly(key(1));
    }

    @Test
    void trackingARegisteredNumberNowRegistersNothingTwice() {
        Shipment registered = register(NewShipment.builder(key(1)).pinCarrier(true).title("kept").build());

        ItemOutcome<Shipment> outcome = tracker().trackNow(newShipment(key(1)));

        assertThat(outcome.value().map(Shipment::createdAt)).contains(registered.createdAt());
        assertThat(found(key(1)).title()).contains("kept");
        assertThat(keys(ShipmentQuery.ALL)).containsExactly(key(1));
    }

    @Test
    void trackingNowWithAnUnknownCarrierIsInvalidCarrier() {
        assertThat(tracker().trackNow(newShipment(key(UNKNOWN_CARRIER, 1)))
                .isRejectedFor(RejectionReason.INVALID_CARRIER)).isTrue();
        assertThat(keys(ShipmentQuery.ALL)).isEmpty();
    }

    /** The limits are constant and at least one item each; used by every test above. */
    @Test
    void limitsAreConstant() {
        assertThat(tracker().limits()).isEqualTo(tracker().limits());
        // A list, not Set.of: a backend may well allow as many items per batch as per page.
        List<Integer> sizes = List.of(tracker().limits().maxBatchSize(), tracker().limits().maxPageSize());
        assertThat(sizes).allSatisfy(n -> assertThat(n).isPositive());
    }
}
