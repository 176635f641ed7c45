package io.parcelport.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.Capability;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentQuery;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Part of {@link ShipmentTrackerContract}: deleting shipments and stopping their refresh. */
abstract class ShipmentRemovalContract extends ShipmentContractSupport {

    @Test
    @Needs(Capability.STOP_REFRESHING)
    void stopRefreshingStopsKnownShipmentsIsIdempotentAndRejectsUnknownOnesInOrder() {
        registerMany(1, 2);

        List<ItemOutcome<ShipmentKey>> outcomes = tracker().stopRefreshing(List.of(key(1), key(9), key(2)));

        assertKnownUnknownKnown(outcomes, key(1), key(2));
        assertThat(found(key(1)).isRefreshing()).isFalse();
        assertThat(found(key(2)).isRefreshing()).isFalse();

        assertThat(tracker().stopRefreshing(List.of(key(1))).get(0).isAccepted()).as("idempotent").isTrue();
        assertThat(found(key(1)).isRefreshing()).isFalse();
    }

    @Test
    @Needs(Capability.DELETE)
    void deleteRemovesTheShipmentAndUnknownKeysAreNotFound() {
        registerMany(1, 2);

        assertThat(tracker().delete(key(1)).value()).contains(key(1));
        assertThat(tracker().find(key(1))).isEmpty();
        assertThat(tracker().delete(key(1)).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(keys(ShipmentQuery.ALL)).containsExactly(key(2));
    }

    @Test
    @Needs(Capability.DELETE)
    void deleteAllGivesOneOutcomePerItemInOrder() {
        registerMany(1, 3);

        List<ItemOutcome<ShipmentKey>> outcomes = tracker().deleteAll(List.of(key(1), key(8), key(3)));

        assertKnownUnknownKnown(outcomes, key(1), key(3));
        assertThat(keys(ShipmentQuery.ALL)).containsExactly(key(2));
    }

    @Test
    @Needs(Capability.DELETE)
    void aDeletedShipmentCanBeRegisteredAgain() {
        register(NewShipment.builder(key(1)).pinCarrier(true).title("before").build());
        tracker().delete(key(1));

        ItemOutcome<Shipment> again = tracker().create(newShipment(key(1)));

        assertThat(again.isAccepted()).as("%s", again).isTrue();
        assertThat(found(key(1)).title()).as("nothing of the deleted one survives").isEmpty();
    }

    @Test
    @Needs(Capability.DELETE)
    void deleteAllOverTheLimitIsRefusedAndDeletesNothing() {
        registerMany(1, 2);
        List<ShipmentKey> tooMany = IntStream.rangeClosed(1, batchLimit() + 1).mapToObj(i -> key(i)).toList();

        assertThatThrownBy(() -> tracker().deleteAll(tooMany))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED));
        assertThat(keys(ShipmentQuery.ALL)).hasSize(2);
    }
}
