package io.parcelport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.out.ShipmentTracker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Registration, for any input: one outcome per item in input order, each key sent once, and the backend ends up
 * holding exactly the distinct acceptable shipments. Runs against a small fake tracker (test code only) that refuses batches over the limit
 * and carriers whose code starts with {@code refused}, as a backend refuses unknown carriers.
 */
class RegisterShipmentsProperties {

    @Provide
    Arbitrary<List<NewShipment>> inputs() {
        // Small pools so that repeats are frequent; one carrier is refused, as a backend refuses unknown carriers.
        Arbitrary<String> carriers = Arbitraries.of("ups", "dhl", "refused-post");
        Arbitrary<String> numbers = Arbitraries.integers().between(0, 60).map(i -> "N" + i);
        Arbitrary<NewShipment> item = carriers.flatMap(c -> numbers.map(n -> NewShipment.of(ShipmentKey.of(c, n))));
        return item.list().ofMaxSize(150);
    }

    @Property(tries = 200)
    void answersEveryItemOnceInOrderAndRegistersExactlyTheDistinctAcceptableOnes(
            @ForAll("inputs") List<NewShipment> input, @ForAll @IntRange(min = 1, max = 3) int parallelism) {
        FakeTracker backend = new FakeTracker();
        List<ItemOutcome<Shipment>> outcomes;
        try (BatchRunner runner = BatchRunner.withParallelism(parallelism)) {
            outcomes = service(backend, runner).registerAll(input);
        }

        assertThat(outcomes).hasSize(input.size());
        Set<ShipmentKey> expected = new LinkedHashSet<>();
        Set<ShipmentKey> seen = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            ShipmentKey key = input.get(i).key();
            ItemOutcome<Shipment> outcome = outcomes.get(i);
            if (key.carrier().value().startsWith("refused")) {
                // A repeat of a refused item gets the same refusal, never ALREADY_EXISTS.
                assertThat(outcome.isRejectedFor(RejectionReason.INVALID_CARRIER)).as("item %d", i).isTrue();
            } else if (!seen.add(key)) {
                assertThat(outcome.isRejectedFor(RejectionReason.ALREADY_EXISTS)).as("repeat at %d", i).isTrue();
            } else {
                assertThat(outcome.value().map(Shipment::key)).as("item %d", i).contains(key);
                expected.add(key);
            }
        }
        assertThat(backend.registered()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property(tries = 100)
    void reRunningAnImportRegistersNothingTwiceAndEveryAcceptableItemIsDone(
            @ForAll("inputs") List<NewShipment> input) {
        FakeTracker backend = new FakeTracker();
        RegisterShipmentsService service = service(backend, BatchRunner.sequential());
        service.registerAll(input);
        Set<ShipmentKey> afterFirstRun = Set.copyOf(backend.registered());

        List<ItemOutcome<Shipment>> again = service.registerAll(input);

        assertThat(backend.registered()).containsExactlyInAnyOrderElementsOf(afterFirstRun);
        for (int i = 0; i < input.size(); i++) {
            boolean acceptable = !input.get(i).key().carrier().value().startsWith("refused");
            assertThat(again.get(i).isDone()).as("item %d", i).isEqualTo(acceptable);
            assertThat(again.get(i).isAccepted()).as("item %d", i).isFalse();
        }
    }

    private static RegisterShipmentsService service(FakeTracker backend, BatchRunner runner) {
        return new RegisterShipmentsService(backend.asTracker(), runner,
                new ShipmentEvents(ManualClock.at(Fixtures.T0)));
    }

    /**
     * Registration only, with TrackingMore's batch limit and duplicate rule; thread-safe. The service sees it through
     * {@link #asTracker()}, on which any other operation fails the property.
     */
    private static final class FakeTracker {
        private final Set<ShipmentKey> registered = new LinkedHashSet<>();

        synchronized List<ShipmentKey> registered() {
            return new ArrayList<>(registered);
        }

        ShipmentTracker asTracker() {
            return mock(ShipmentTracker.class, call -> switch (call.getMethod().getName()) {
                case "limits" -> BackendLimits.TRACKINGMORE_V2;
                case "create" -> create(call.getArgument(0));
                case "createAll" -> createAll(call.getArgument(0));
                case "toString" -> "a registration-only fake tracker";
                default -> throw new AssertionError("not used by this property: " + call.getMethod());
            });
        }

        private synchronized ItemOutcome<Shipment> create(NewShipment shipment) {
            if (shipment.key().carrier().value().startsWith("refused")) {
                return ItemOutcome.rejected(RejectionReason.INVALID_CARRIER, "unknown carrier " + shipment.key());
            }
            if (!registered.add(shipment.key())) {
                return ItemOutcome.rejected(RejectionReason.ALREADY_EXISTS, shipment.key() + " exists");
            }
            return ItemOutcome.accepted(Fixtures.shipment(shipment.key()));
        }

        private synchronized List<ItemOutcome<Shipment>> createAll(List<NewShipment> shipments) {
            if (shipments.stream().map(NewShipment::key).distinct().count() != shipments.size()) {
                throw new AssertionError("the service sent a key twice in one batch: " + shipments);
            }
            if (shipments.size() > BackendLimits.TRACKINGMORE_V2.maxBatchSize()) {
                throw new InvalidRequestException(BackendException.Failure.of("createAll"),
                        RejectionReason.LIMIT_EXCEEDED, shipments.size() + " items");
            }
            return shipments.stream().map(this::create).toList();
        }
    }
}
