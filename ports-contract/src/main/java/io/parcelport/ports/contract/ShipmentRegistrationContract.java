package io.parcelport.ports.contract;

import static io.parcelport.ports.contract.ContractFixtures.CHINA_EMS;
import static io.parcelport.ports.contract.ContractFixtures.UNKNOWN_CARRIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.Capability;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Part of {@link ShipmentTrackerContract}: registering shipments one by one, in batches and by real-time tracking. */
abstract class ShipmentRegistrationContract extends ShipmentContractSupport {

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

    @Test
    void batchOverTheLimitIsRefusedAsAWholeAndCreatesNothing() {
        List<NewShipment> tooMany = IntStream.rangeClosed(1, batchLimit() + 1)
                .mapToObj(i -> newShipment(key(i))).toList();

        assertThatThrownBy(() -> tracker().createAll(tooMany))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
        assertThat(count(ShipmentQuery.ALL)).isZero();
        assertThat(tracker().find(key(1))).isEmpty();
    }

    @Test
    void batchOfExactlyTheLimitIsAccepted() {
        List<NewShipment> full = IntStream.rangeClosed(1, batchLimit()).mapToObj(i -> newShipment(key(i))).toList();

        List<ItemOutcome<Shipment>> outcomes = tracker().createAll(full);

        assertThat(outcomes).hasSize(batchLimit()).allSatisfy(o -> assertThat(o.isAccepted()).isTrue());
        // The total counts every page, so the smallest page fits any backend's page limit.
        assertThat(count(ShipmentQuery.ALL)).isEqualTo(batchLimit());
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
        assertThat(count(ShipmentQuery.ALL)).isEqualTo(2);
    }

    @Test
    void aBatchNamingAShipmentTwiceIsRefusedBeforeAnythingIsDone() {
        registerMany(1, 2);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> tracker().createAll(List.of(newShipment(key(7)), newShipment(key(7)))))
                .withMessageContaining(key(7).toString());
        // The other batch calls, where offered (an operation that is not offered is refused as such instead).
        if (backend.capabilities().offers(Capability.DELETE)) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> tracker().deleteAll(List.of(key(1), key(2), key(1))))
                    .withMessageContaining(key(1).toString());
        }
        if (backend.capabilities().offers(Capability.STOP_REFRESHING)) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> tracker().stopRefreshing(List.of(key(2), key(2))));
        }
        if (backend.capabilities().offers(Capability.UPDATE_DETAILS)) {
            assertThatIllegalArgumentException().isThrownBy(() -> tracker().updateAll(List.of(
                    new ShipmentUpdate(key(1), ShipmentChanges.builder().title("a").build()),
                    new ShipmentUpdate(key(1), ShipmentChanges.builder().title("b").build()))));
        }
        assertThat(keys(ShipmentQuery.ALL)).containsExactly(key(1), key(2));
    }

    @Test
    @Needs(Capability.TRACK_NOW)
    void trackingAnUnregisteredNumberNowRegistersIt() {
        ItemOutcome<Shipment> outcome = tracker().trackNow(newShipment(key(1)));

        assertThat(outcome.value().map(Shipment::key)).contains(key(1));
        assertThat(found(key(1)).key()).isEqualTo(key(1));
        assertThat(keys(ShipmentQuery.ALL)).containsExactly(key(1));
    }

    @Test
    @Needs(Capability.TRACK_NOW)
    void trackingARegisteredNumberNowRegistersNothingTwice() {
        Shipment registered = register(NewShipment.builder(key(1)).pinCarrier(true).title("kept").build());

        ItemOutcome<Shipment> outcome = tracker().trackNow(newShipment(key(1)));

        assertThat(outcome.value().map(Shipment::createdAt)).contains(registered.createdAt());
        assertThat(found(key(1)).title()).contains("kept");
        assertThat(keys(ShipmentQuery.ALL)).containsExactly(key(1));
    }

    @Test
    @Needs(Capability.TRACK_NOW)
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
