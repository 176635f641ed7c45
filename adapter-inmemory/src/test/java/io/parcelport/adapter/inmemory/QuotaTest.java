package io.parcelport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RejectionReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaTest {

    private static NewShipment shipment(int i) {
        return NewShipment.of(ShipmentKey.of("dhl", "PK" + (10000 + i)));
    }

    @Test
    void aBackendStartsWithTheDefaultOrConfiguredQuota() {
        assertThat(InMemoryBackend.create().account().info().remainingQuota()).isEqualTo(10_000);
        assertThat(InMemoryBackend.builder().quota(3).build().account().info().remainingQuota()).isEqualTo(3);
    }

    @Test
    void itemsBeforeExhaustionSucceedAndTheRestAreRejectedInOrder() {
        InMemoryBackend backend = InMemoryBackend.builder().quota(2).build();

        var outcomes = backend.shipments().createAll(List.of(shipment(1), shipment(2), shipment(3)));

        assertThat(outcomes.get(0).isAccepted()).isTrue();
        assertThat(outcomes.get(1).isAccepted()).isTrue();
        assertThat(outcomes.get(2).isRejectedFor(RejectionReason.QUOTA_EXHAUSTED)).isTrue();
        assertThat(outcomes.get(2).rejection().orElseThrow().backendCode()).contains("4021");
        assertThat(backend.shipments().create(shipment(1)).isRejectedFor(RejectionReason.ALREADY_EXISTS))
                .as("a duplicate spends nothing, so it is still answered").isTrue();
    }

    @Test
    void trackingAnUnregisteredNumberNowWithoutQuotaFails() {
        InMemoryBackend backend = InMemoryBackend.builder().quota(0).build();

        assertThatThrownBy(() -> backend.shipments().trackNow(shipment(1))).isInstanceOf(QuotaExhaustedException.class);
        assertThat(backend.size()).isZero();
    }

    @Test
    void theFifthDetectionFailsWhenItCannotBePaidAndTheFirstFourAreFree() {
        InMemoryBackend backend = InMemoryBackend.builder().quota(0).build();
        TrackingNumber number = TrackingNumber.of("RR123456785CN");
        for (int i = 0; i < 4; i++) {
            backend.carriers().detect(number);
        }

        assertThatThrownBy(() -> backend.carriers().detect(number)).isInstanceOf(QuotaExhaustedException.class);
        backend.recharge(1);
        backend.carriers().detect(number);
        assertThat(backend.account().info().remainingQuota()).isZero();
    }

    @Test
    void invalidItemsCostNothing() {
        InMemoryBackend backend = InMemoryBackend.builder().quota(5).build();

        backend.shipments().createAll(List.of(NewShipment.of(ShipmentKey.of("nope", "PK10001")),
                NewShipment.of(ShipmentKey.of("dhl", "abc"))));

        assertThat(backend.account().info().remainingQuota()).isEqualTo(5);
    }

    @Test
    void tooShortOrOddNumbersAreInvalidTrackingNumbers() {
        InMemoryBackend backend = InMemoryBackend.create();

        assertThat(backend.shipments().create(NewShipment.of(ShipmentKey.of("dhl", "1234")))
                .isRejectedFor(RejectionReason.INVALID_TRACKING_NUMBER)).isTrue();
        assertThat(backend.shipments().create(NewShipment.of(ShipmentKey.of("dhl", "12345#6")))
                .isRejectedFor(RejectionReason.INVALID_TRACKING_NUMBER)).isTrue();
        assertThat(backend.shipments().create(NewShipment.of(ShipmentKey.of("dhl", "AB-12_345")))
                .isAccepted()).isTrue();
    }
}
