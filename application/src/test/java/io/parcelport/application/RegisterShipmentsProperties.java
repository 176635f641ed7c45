package io.parcelport.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.CarrierCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.Shipment;
import io.parcelport.domain.ShipmentKey;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.out.ShipmentTracker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Registration, for any input: one outcome per item in input order, and the backend ends up holding exactly the
 * valid distinct shipments. Runs against a small fake tracker (test code only) that refuses batches over the limit
 * and carriers whose code starts with {@code refused}, as a backend refuses unknown carriers.
 */
class RegisterShipmentsProperties {

    @Provide
    Arbitrary<List<RawShipment>> rawInputs() {
        // Small pools so that repeats are frequent; a few entries of each pool are malformed or refused.
        Arbitrary<String> carriers = Arbitraries.of("ups", "dhl", "UPS", "refused-post", "not a carrier", "", "x/y")
                .injectNull(0.03);
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 60).map(i -> "N" + i),
                Arbitraries.of("has space", "", "a/b", " N1 ", "..")).injectNull(0.03);
        Arbitrary<RawShipment> item = carriers.flatMap(c -> numbers.map(n -> new RawShipment(c, n)));
        return item.list().ofMaxSize(150);
    }

    @Property(tries = 200)
    void answersEveryItemOnceInOrderAndRegistersExactlyTheValidDistinctOnes(
            @ForAll("rawInputs") List<RawShipment> input, @ForAll @IntRange(min = 1, max = 3) int parallelism) {
        FakeTracker backend = new FakeTracker();
        List<ItemOutcome<Shipment>> outcomes;
        try (BatchRunner runner = BatchRunner.withParallelism(parallelism)) {
            outcomes = service(backend, runner).registerRaw(input);
        }

        assertThat(outcomes).hasSize(input.size());
        Set<ShipmentKey> expected = new LinkedHashSet<>();
        Set<ShipmentKey> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            Optional<ShipmentKey> key = parse(input.get(i));
            ItemOutcome<Shipment> outcome = outcomes.get(i);
            if (key.isEmpty()) {
                assertThat(outcome.isRejectedFor(RejectionReason.INVALID_CARRIER)
                        || outcome.isRejectedFor(RejectionReason.INVALID_TRACKING_NUMBER)).as("item %d", i).isTrue();
            } else if (key.get().carrier().value().startsWith("refused")) {
                assertThat(outcome.isRejectedFor(RejectionReason.INVALID_CARRIER)).as("item %d", i).isTrue();
            } else if (!seen.add(key.get())) {
                assertThat(outcome.isRejectedFor(RejectionReason.ALREADY_EXISTS)).as("repeat at %d", i).isTrue();
            } else {
                assertThat(outcome.value().map(Shipment::key)).as("item %d", i).contains(key.get());
                expected.add(key.get());
            }
        }
        assertThat(backend.registered()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property(tries = 100)
    void reRunningAnImportRegistersNothingTwiceAndEveryValidItemIsDone(
            @ForAll("rawInputs") List<RawShipment> input) {
        FakeTracker backend = new FakeTracker();
        RegisterShipmentsService service = service(backend, BatchRunner.sequential());
        service.registerRaw(input);
        Set<ShipmentKey> afterFirstRun = Set.copyOf(backend.registered());

        List<ItemOutcome<Shipment>> again = service.registerRaw(input);

        assertThat(backend.registered()).containsExactlyInAnyOrderElementsOf(afterFirstRun);
        for (int i = 0; i < input.size(); i++) {
            Optional<ShipmentKey> key = parse(input.get(i));
            boolean acceptable = key.isPresent() && !key.get().carrier().value().startsWith("refused");
            assertThat(again.get(i).isDone()).as("item %d", i).isEqualTo(acceptable);
            assertThat(again.get(i).isAccepted()).as("item %d", i).isFalse();
        }
    }

    private static RegisterShipmentsService service(FakeTracker backend, BatchRunner runner) {
        FakeTime time = new FakeTime(Fixtures.T0);
        return new RegisterShipmentsService(backend, runner, new ShipmentEvents(time),
                RateLimiter.unlimited(time, time), RateLimitRetry.NONE);
    }

    private static Optional<ShipmentKey> parse(RawShipment raw) {
        try {
            return Optional.of(ShipmentKey.of(raw.carrier(), raw.trackingNumber()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Registration only, with TrackingMore's batch limit and duplicate rule; thread-safe. */
    private static final class FakeTracker implements ShipmentTracker {
        private final Set<ShipmentKey> registered = new LinkedHashSet<>();

        synchronized List<ShipmentKey> registered() {
            return new ArrayList<>(registered);
        }

        @Override
        public BackendLimits limits() {
            return BackendLimits.TRACKINGMORE_V2;
        }

        @Override
        public synchronized ItemOutcome<Shipment> create(NewShipment shipment) {
            if (shipment.key().carrier().value().startsWith("refused")) {
                return ItemOutcome.rejected(RejectionReason.INVALID_CARRIER, "unknown carrier " + shipment.key());
            }
            if (!registered.add(shipment.key())) {
                return ItemOutcome.rejected(RejectionReason.ALREADY_EXISTS, shipment.key() + " exists");
            }
            return ItemOutcome.accepted(Fixtures.shipment(shipment.key()));
        }

        @Override
        public synchronized List<ItemOutcome<Shipment>> createAll(List<NewShipment> shipments) {
            if (shipments.size() > limits().maxBatchSize()) {
                throw new InvalidRequestException(BackendException.Failure.of("createAll"),
                        RejectionReason.LIMIT_EXCEEDED, shipments.size() + " items");
            }
            return shipments.stream().map(this::create).toList();
        }

        @Override
        public Optional<Shipment> find(ShipmentKey key) {
            throw new AssertionError("not used by this property");
        }

        @Override
        public Optional<Shipment> find(ShipmentKey key, LanguageCode language) {
            throw new AssertionError("not used by this property");
        }

        @Override
        public Page<Shipment> query(ShipmentQuery query, PageRequest page) {
            throw new AssertionError("not used by this property");
        }

        @Override
        public ItemOutcome<Shipment> update(ShipmentKey key, ShipmentChanges changes) {
            throw new AssertionError("not used by this property");
        }

        @Override
        public List<ItemOutcome<Shipment>> updateAll(List<ShipmentUpdate> updates) {
            throw new AssertionError("not used by this property");
        }

        @Override
        public ItemOutcome<ShipmentKey> delete(ShipmentKey key) {
            throw new AssertionError("not used by this property");
        }

        @Override
        public List<ItemOutcome<ShipmentKey>> deleteAll(List<ShipmentKey> keys) {
            throw new AssertionError("not used by this property");
        }

        @Override
        public ItemOutcome<Shipment> changeCarrier(ShipmentKey key, CarrierCode newCarrier) {
            throw new AssertionError("not used by this property");
        }

        @Override
        public List<ItemOutcome<ShipmentKey>> stopRefreshing(List<ShipmentKey> keys) {
            throw new AssertionError("not used by this property");
        }

        @Override
        public ItemOutcome<Shipment> trackNow(NewShipment shipment) {
            throw new AssertionError("not used by this property");
        }
    }

}
