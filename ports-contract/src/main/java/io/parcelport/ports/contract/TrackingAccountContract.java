package io.parcelport.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.ports.Capability;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.TimeRange;
import io.parcelport.ports.out.TrackingAccount;
import io.parcelport.ports.out.TrackingBackend;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TrackingAccount}: status counts that agree with queries, and the quota each operation
 * spends (1 per new tracking, 0 for a duplicate, 20 per air waybill, 1 per 5 detections).
 */
public abstract class TrackingAccountContract extends ContractSupport {

    private TrackingAccount account() {
        return backend.account();
    }

    private long quota() {
        return account().info().remainingQuota();
    }

    @Test
    @Needs({Capability.STATUS_COUNTS, Capability.MANUAL_STATUS})
    void statusCountsEqualWhatQueriesReturnForEachStatus() {
        registerMany(1, 8);
        backend.shipments().update(key(2), ShipmentChanges.status(StatusCommand.MARK_DELIVERED));
        backend.shipments().update(key(3), ShipmentChanges.status(StatusCommand.MARK_DELIVERED));
        backend.shipments().update(key(5), ShipmentChanges.status(StatusCommand.MARK_EXCEPTION));

        StatusCounts counts = account().statusCounts(StatusCountQuery.ALL);

        for (DeliveryStatus status : DeliveryStatus.values()) {
            if (status == DeliveryStatus.UNKNOWN) {
                continue;
            }
            long queried = count(ShipmentQuery.builder().status(status).build());
            assertThat(counts.count(status)).as("count of %s", status).isEqualTo(queried);
        }
        assertThat(counts.total()).isEqualTo(8);
        assertThat(counts.count(DeliveryStatus.DELIVERED)).isEqualTo(2);
        assertThat(counts.count(DeliveryStatus.EXCEPTION)).isEqualTo(1);
    }

    @Test
    @Needs({Capability.STATUS_COUNTS, Capability.MANUAL_STATUS, Capability.DELETE})
    void statusCountsFollowOverridesRevertsAndDeletes() {
        registerMany(1, 3);
        backend.shipments().update(key(1), ShipmentChanges.status(StatusCommand.MARK_DELIVERED));
        assertThat(account().statusCounts(StatusCountQuery.ALL).count(DeliveryStatus.DELIVERED)).isEqualTo(1);

        backend.shipments().update(key(1), ShipmentChanges.status(StatusCommand.REVERT_TO_CARRIER));
        backend.shipments().delete(key(2));

        StatusCounts counts = account().statusCounts(StatusCountQuery.ALL);
        assertThat(counts.total()).isEqualTo(2);
        assertThat(counts.count(DeliveryStatus.DELIVERED))
                .isEqualTo(count(ShipmentQuery.builder().status(DeliveryStatus.DELIVERED).build()));
    }

    @Test
    @Needs(Capability.STATUS_COUNTS)
    void statusCountsWithACreatedRangeCountOnlyTheShipmentsRegisteredInIt() {
        registerMany(1, 5);
        List<Shipment> stored = backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10)).items();
        Instant pivot = stored.get(2).createdAt();
        long expected = stored.stream().filter(s -> !s.createdAt().isBefore(pivot)).count();
        Instant latest = stored.stream().map(Shipment::createdAt).max(Comparator.naturalOrder()).orElseThrow();

        assertThat(account().statusCounts(new StatusCountQuery(TimeRange.since(pivot), TimeRange.ANY)).total())
                .isEqualTo(expected);
        assertThat(account().statusCounts(new StatusCountQuery(TimeRange.since(latest.plusSeconds(1)),
                TimeRange.ANY)).total()).isZero();
    }

    @Test
    @Needs(Capability.ACCOUNT_INFO)
    void registeringANewShipmentCostsOneAndADuplicateNothing() {
        long before = quota();

        register(newShipment(key(1)));
        assertThat(quota()).isEqualTo(before - 1);

        backend.shipments().create(newShipment(key(1)));
        backend.shipments().createAll(List.of(newShipment(key(1)), newShipment(key(2))));
        assertThat(quota()).as("the duplicates are free, the new one costs one").isEqualTo(before - 2);
    }

    @Test
    @Needs({Capability.TRACK_NOW, Capability.ACCOUNT_INFO})
    void trackingAnUnregisteredNumberNowCostsOneAndARegisteredOneNothing() {
        long before = quota();

        backend.shipments().trackNow(newShipment(key(1)));
        backend.shipments().trackNow(newShipment(key(1)));

        assertThat(quota()).isEqualTo(before - 1);
    }

    @Test
    @Needs({Capability.AIR_CARGO, Capability.ACCOUNT_INFO})
    void eachAirWaybillLookedUpCostsTwentyOnceEvenWhenRepeated() {
        long before = quota();

        backend.airCargo().track(List.of(ContractFixtures.SEED_AIR_WAYBILL, ContractFixtures.SEED_AIR_WAYBILL));
        assertThat(quota()).isEqualTo(before - 20);

        backend.airCargo().track(List.of(ContractFixtures.UNKNOWN_AIR_WAYBILL));
        assertThat(quota()).as("found or not").isEqualTo(before - 40);
    }

    @Test
    @Needs({Capability.CARRIER_DETECT, Capability.ACCOUNT_INFO})
    void everyFifthDetectionCostsOne() {
        long before = quota();

        for (int i = 0; i < 4; i++) {
            backend.carriers().detect(ContractFixtures.USPS_NUMBER);
        }
        assertThat(quota()).isEqualTo(before);
        backend.carriers().detect(ContractFixtures.USPS_NUMBER);
        assertThat(quota()).isEqualTo(before - 1);
        for (int i = 0; i < 5; i++) {
            backend.carriers().detect(ContractFixtures.S10_CHINA_POST_NUMBER);
        }
        assertThat(quota()).isEqualTo(before - 2);
    }

    @Test
    @Needs(Capability.ACCOUNT_INFO)
    void freeOperationsCostNothing() {
        register(newShipment(key(1)));
        long before = quota();

        backend.shipments().find(key(1));
        backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(10));
        if (backend.capabilities().offers(Capability.UPDATE_DETAILS)) {
            backend.shipments().update(key(1), ShipmentChanges.builder().title("t").build());
        }
        if (backend.capabilities().offers(Capability.CARRIER_LIST)) {
            backend.carriers().carriers(io.parcelport.domain.LanguageCode.ENGLISH);
        }
        if (backend.capabilities().offers(Capability.STATUS_COUNTS)) {
            account().statusCounts(StatusCountQuery.ALL);
        }
        if (backend.capabilities().offers(Capability.DELETE)) {
            backend.shipments().delete(key(1));
        }

        assertThat(quota()).isEqualTo(before);
    }

    @Test
    @Needs({Capability.ACCOUNT_INFO, Capability.AIR_CARGO})
    void anExhaustedQuotaRefusesSingleItemsAndRejectsTheRestOfABatch() throws Exception {
        Optional<TrackingBackend> small = newBackendWithQuota(2);
        Assumptions.assumeTrue(small.isPresent(), "the adapter cannot make a backend with a given quota");
        try (TrackingBackend b = small.get()) {
            assertThat(b.shipments().create(newShipment(key(1))).isAccepted()).isTrue();
            List<ItemOutcome<Shipment>> outcomes = b.shipments().createAll(List.of(newShipment(key(1)),
                    newShipment(key(2)), newShipment(key(3)), newShipment(key(4))));

            assertThat(outcomes.get(0).isRejectedFor(RejectionReason.ALREADY_EXISTS)).isTrue();
            assertThat(outcomes.get(1).isAccepted()).isTrue();
            assertThat(outcomes.get(2).isRejectedFor(RejectionReason.QUOTA_EXHAUSTED)).as("%s", outcomes.get(2))
                    .isTrue();
            assertThat(outcomes.get(3).isRejectedFor(RejectionReason.QUOTA_EXHAUSTED)).isTrue();
            assertThat(b.account().info().remainingQuota()).isZero();
            assertThat(b.account().info().isQuotaExhausted()).isTrue();
            assertThatThrownBy(() -> b.shipments().create(newShipment(key(5))))
                    .isInstanceOf(QuotaExhaustedException.class);
            assertThatThrownBy(() -> b.airCargo().track(List.of(ContractFixtures.SEED_AIR_WAYBILL)))
                    .isInstanceOf(QuotaExhaustedException.class);
            assertThat(b.shipments().create(newShipment(key(1))).isRejectedFor(RejectionReason.ALREADY_EXISTS))
                    .as("a duplicate spends nothing, so it is still answered").isTrue();
            assertThat(b.shipments().find(key(1))).isPresent();
            assertThat(b.shipments().query(ShipmentQuery.ALL, PageRequest.first(10)).items()).hasSize(2);
        }
    }

    @Test
    @Needs({Capability.AIR_CARGO, Capability.ACCOUNT_INFO})
    void anAirWaybillLookupThatCannotBePaidSpendsNothing() throws Exception {
        Optional<TrackingBackend> small = newBackendWithQuota(30);
        Assumptions.assumeTrue(small.isPresent(), "the adapter cannot make a backend with a given quota");
        try (TrackingBackend b = small.get()) {
            assertThatThrownBy(() -> b.airCargo().track(List.of(ContractFixtures.SEED_AIR_WAYBILL,
                    ContractFixtures.UNKNOWN_AIR_WAYBILL))).isInstanceOf(QuotaExhaustedException.class);
            assertThat(b.account().info().remainingQuota()).isEqualTo(30);
        }
    }
}
