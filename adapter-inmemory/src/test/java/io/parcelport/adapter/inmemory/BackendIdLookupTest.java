package io.parcelport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.NewShipment;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link InMemoryBackend#keyOfBackendId}: a shipment found by the id it was shown with, and nothing else. */
class BackendIdLookupTest {

    private final InMemoryBackend backend = InMemoryBackend.builder()
            .clock(ManualClock.at(Instant.parse("2025-01-06T09:00:00Z"))).demoData(50, 3).build();

    private Shipment create(String carrier, String number) {
        return backend.shipments().create(NewShipment.of(ShipmentKey.of(carrier, number))).value().orElseThrow();
    }

    @Test
    void everyShipmentIsFoundByItsIdInAnyCase() {
        Shipment s = create("usps", "9400111899562537624326");
        String id = s.backendId().orElseThrow();

        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(backend.keyOfBackendId(id)).contains(s.key());
        assertThat(backend.keyOfBackendId(id.toUpperCase(Locale.ROOT))).contains(s.key());
        backend.shipments().query(io.parcelport.ports.ShipmentQuery.ALL, new io.parcelport.ports.PageRequest(1, 100))
                .items().forEach(d -> assertThat(backend.keyOfBackendId(d.backendId().orElseThrow()))
                        .contains(d.key()));
    }

    @Test
    void anIdNoShipmentHasFindsNothing() {
        Shipment s = create("usps", "9400111899562537624326");
        String id = s.backendId().orElseThrow();
        // Same serial, another key's half: not this shipment's id.
        String otherFirstHalf = (id.charAt(0) == '0' ? "1" : "0") + id.substring(1);

        assertThat(backend.keyOfBackendId(otherFirstHalf)).isEmpty();
        assertThat(backend.keyOfBackendId("0".repeat(32))).isEmpty();
        assertThat(backend.keyOfBackendId("not-an-id")).isEmpty();
        assertThat(backend.keyOfBackendId("+" + id.substring(1))).isEmpty();
        assertThat(backend.keyOfBackendId(null)).isEmpty();
    }

    @Test
    void aDeletedShipmentsIdFindsNothing() {
        Shipment s = create("usps", "9400111899562537624326");
        backend.shipments().delete(s.key());

        assertThat(backend.keyOfBackendId(s.backendId().orElseThrow())).isEmpty();
    }

    @Test
    void aShipmentMovedToAnotherCarrierIsFoundByItsNewId() {
        Shipment s = create("usps", "9400111899562537624326");
        Shipment moved = backend.shipments().changeCarrier(s.key(), CarrierCode.of("fedex")).value().orElseThrow();

        assertThat(backend.keyOfBackendId(moved.backendId().orElseThrow())).contains(moved.key());
        assertThat(backend.keyOfBackendId(s.backendId().orElseThrow())).isEmpty();
    }
}
