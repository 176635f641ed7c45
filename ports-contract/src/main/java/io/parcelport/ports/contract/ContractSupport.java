package io.parcelport.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.out.TrackingBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every contract class: opens a fresh backend before each test, closes it after, and offers helpers.
 *
 * <p>Subclasses implement {@link #newBackend()}; see {@link ContractFixtures} for what the backend must know.
 */
@ExtendWith(CapabilityGate.class)
public abstract class ContractSupport {

    /** The backend under test, fresh for each test. */
    protected TrackingBackend backend;

    /**
     * A fresh, empty backend with ample quota (at least {@link ContractFixtures#AMPLE_QUOTA}) that knows what
     * {@link ContractFixtures} lists; called once before every test.
     */
    protected abstract TrackingBackend newBackend();

    /**
     * A fresh, empty backend whose account starts with exactly {@code quota} units, if the adapter can make one;
     * the tests of quota exhaustion are skipped when it cannot (the default).
     */
    protected Optional<TrackingBackend> newBackendWithQuota(long quota) {
        return Optional.empty();
    }

    @BeforeEach
    void openBackend() {
        backend = newBackend();
        assertThat(backend).as("newBackend()").isNotNull();
    }

    @AfterEach
    void closeBackend() throws Exception {
        if (backend != null) {
            backend.close();
        }
    }

    /** The key of the kit's shipment number {@code serial} with {@code carrier}. */
    protected static ShipmentKey key(CarrierCode carrier, long serial) {
        return new ShipmentKey(carrier, ContractFixtures.number(serial));
    }

    /** A USPS key of the kit. */
    protected static ShipmentKey key(long serial) {
        return key(ContractFixtures.USPS, serial);
    }

    /** A minimal new shipment with the carrier pinned, so that no backend replaces it by detection. */
    protected static NewShipment newShipment(ShipmentKey key) {
        return NewShipment.builder(key).pinCarrier(true).build();
    }

    /** Registers one shipment and returns it; fails the test if it is not accepted. */
    protected Shipment register(NewShipment shipment) {
        ItemOutcome<Shipment> outcome = backend.shipments().create(shipment);
        assertThat(outcome.isAccepted()).as("create %s: %s", shipment.key(), outcome).isTrue();
        return outcome.value().orElseThrow();
    }

    /** Registers the kit's shipments {@code first .. first+count-1} in batches within the limit. */
    protected List<ShipmentKey> registerMany(long first, int count) {
        List<ShipmentKey> keys = new ArrayList<>();
        List<NewShipment> batch = new ArrayList<>();
        int max = backend.shipments().limits().maxBatchSize();
        for (long serial = first; serial < first + count; serial++) {
            ShipmentKey key = key(serial);
            keys.add(key);
            batch.add(newShipment(key));
            if (batch.size() == max) {
                assertAllAccepted(backend.shipments().createAll(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            assertAllAccepted(backend.shipments().createAll(batch));
        }
        return keys;
    }

    /** Reads a shipment that must exist. */
    protected Shipment found(ShipmentKey key) {
        return backend.shipments().find(key).orElseThrow(() -> new AssertionError("not found: " + key));
    }

    /**
     * Every shipment the query matches, following each page's {@link Page#next()} from pages of the largest allowed
     * size, as a caller that knows nothing of the backend's paging does.
     */
    protected List<Shipment> all(ShipmentQuery query) {
        List<Shipment> out = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(
                Math.min(2000, backend.shipments().limits().maxPageSize())));
        int pages = 0;
        while (request.isPresent()) {
            Page<Shipment> page = backend.shipments().query(query, request.get());
            out.addAll(page.items());
            request = page.next();
            assertThat(++pages).as("pages for %s", query).isLessThan(1000);
        }
        return out;
    }

    /** How many shipments the query matches, counted by reading them all (a backend's total may be absent). */
    protected long count(ShipmentQuery query) {
        return all(query).size();
    }

    /** The keys of every shipment the query matches. */
    protected List<ShipmentKey> keys(ShipmentQuery query) {
        return all(query).stream().map(Shipment::key).toList();
    }

    private static <T> void assertAllAccepted(List<ItemOutcome<T>> outcomes) {
        assertThat(outcomes).allSatisfy(o -> assertThat(o.isAccepted()).as("%s", o).isTrue());
    }
}
