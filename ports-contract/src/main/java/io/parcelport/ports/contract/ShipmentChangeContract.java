package io.parcelport.ports.contract;

import static io.parcelport.ports.contract.ContractFixtures.UNKNOWN_CARRIER;
import static io.parcelport.ports.contract.ContractFixtures.UPS;
import static io.parcelport.ports.contract.ContractFixtures.USPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.Capability;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.StatusCommand;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Part of {@link ShipmentTrackerContract}: changing the details, the status and the carrier of a registered shipment. */
abstract class ShipmentChangeContract extends ShipmentContractSupport {

    @Test
    @Needs(Capability.UPDATE_DETAILS)
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
    @Needs(Capability.UPDATE_DETAILS)
    void updateOfAnUnregisteredKeyIsNotFound() {
        ItemOutcome<Shipment> outcome = tracker().update(key(1), ShipmentChanges.builder().title("x").build());

        assertThat(outcome.isRejectedFor(RejectionReason.NOT_FOUND)).as("%s", outcome).isTrue();
        assertThat(tracker().find(key(1))).isEmpty();
    }

    @Test
    @Needs(Capability.MANUAL_STATUS)
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
    @Needs(Capability.UPDATE_DETAILS)
    void updateAllGivesOneOutcomePerItemInOrderAndRefusesABatchOverTheLimit() {
        registerMany(1, 2);
        List<ShipmentUpdate> updates = List.of(
                new ShipmentUpdate(key(1), ShipmentChanges.builder().title("one").build()),
                new ShipmentUpdate(key(9), ShipmentChanges.builder().title("nine").build()),
                new ShipmentUpdate(key(2), ShipmentChanges.builder().title("two").build()));

        List<ItemOutcome<Shipment>> outcomes = tracker().updateAll(updates);

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0).value().flatMap(Shipment::title)).contains("one");
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(outcomes.get(2).value().flatMap(Shipment::title)).contains("two");
        assertThat(found(key(1)).title()).contains("one");

        List<ShipmentUpdate> tooMany = IntStream.rangeClosed(1, batchLimit() + 1)
                .mapToObj(i -> new ShipmentUpdate(key(i), ShipmentChanges.builder().title("t" + i).build())).toList();
        assertThatThrownBy(() -> tracker().updateAll(tooMany))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
        assertThat(found(key(1)).title()).contains("one");
    }

    @Test
    @Needs(Capability.MANUAL_STATUS)
    void updateAllSetsStatusesByHandBesideDetails() {
        registerMany(1, 2);

        List<ItemOutcome<Shipment>> outcomes = tracker().updateAll(List.of(
                new ShipmentUpdate(key(1), ShipmentChanges.builder().title("one").build()),
                new ShipmentUpdate(key(2), ShipmentChanges.status(StatusCommand.MARK_DELIVERED))));

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0).value().flatMap(Shipment::title)).contains("one");
        assertThat(outcomes.get(1).value().map(Shipment::deliveryStatus)).contains(DeliveryStatus.DELIVERED);
        assertThat(found(key(2)).deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    @Needs(Capability.CHANGE_CARRIER)
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
    @Needs(Capability.CHANGE_CARRIER)
    void changeCarrierRejectsUnknownKeysTakenKeysAndUnknownCarriers() {
        registerMany(1, 1);
        register(newShipment(key(UPS, 1)));

        assertThat(tracker().changeCarrier(key(7), UPS).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(tracker().changeCarrier(key(1), UPS).isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
        assertThat(tracker().changeCarrier(key(1), UNKNOWN_CARRIER).isRejectedFor(RejectionReason.INVALID_CARRIER))
                .isTrue();
        assertThat(found(key(1)).key().carrier()).isEqualTo(USPS);
    }
}
