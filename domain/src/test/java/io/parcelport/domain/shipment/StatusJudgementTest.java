package io.parcelport.domain.shipment;

import static io.parcelport.domain.shipment.DeliveryStatus.DELIVERED;
import static io.parcelport.domain.shipment.DeliveryStatus.EXCEPTION;
import static io.parcelport.domain.shipment.DeliveryStatus.IN_TRANSIT;
import static io.parcelport.domain.shipment.DeliveryStatus.OUT_FOR_DELIVERY;
import static io.parcelport.domain.shipment.DeliveryStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.StatusChanged.Cause;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusJudgementTest {

    private static final Instant SET = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2024-03-02T09:30:00Z");

    private static ShipmentStatus carrier(DeliveryStatus status) {
        return ShipmentStatus.of(status, Optional.empty());
    }

    private static ShipmentStatus overridden(DeliveryStatus carrier, ManualStatus manual) {
        return carrier(carrier).override(manual, SET).status();
    }

    @Test
    void acceptsACarrierProgressAsACarrierUpdate() {
        StatusJudgement judged = carrier(IN_TRANSIT).judge(carrier(DELIVERED), NOW);

        assertThat(judged.status()).isEqualTo(carrier(DELIVERED));
        assertThat(judged.change()).contains(new StatusChanged(IN_TRANSIT, DELIVERED, NOW, Cause.CARRIER_UPDATE));
        assertThat(judged.isRefused()).isFalse();
    }

    @Test
    void refusesPendingAfterDeliveredAndKeepsDelivered() {
        StatusJudgement judged = carrier(DELIVERED).judge(carrier(PENDING), NOW);

        assertThat(judged.status()).isEqualTo(carrier(DELIVERED));
        assertThat(judged.change()).isEmpty();
        assertThat(judged.refusedMove()).hasValueSatisfying(reason -> assertThat(reason).contains("PENDING"));
    }

    @Test
    void keepsTheSubStatusOfTheLastAcceptedReportWhenAMoveIsRefused() {
        ShipmentStatus delivered = ShipmentStatus.of(DELIVERED, SubStatus.ofNullable("delivered001"));

        StatusJudgement judged = delivered.judge(ShipmentStatus.of(PENDING, SubStatus.ofNullable("pending001")), NOW);

        assertThat(judged.status()).isEqualTo(delivered);
    }

    @Test
    void aReportedManualStatusIsAManualOverrideWithTheCarrierNewsRecordedBeneath() {
        ShipmentStatus reported = overridden(OUT_FOR_DELIVERY, ManualStatus.DELIVERED);

        StatusJudgement judged = carrier(IN_TRANSIT).judge(reported, NOW);

        assertThat(judged.status().carrierStatus()).isEqualTo(OUT_FOR_DELIVERY);
        assertThat(judged.status().effective()).isEqualTo(DELIVERED);
        assertThat(judged.change()).contains(new StatusChanged(IN_TRANSIT, DELIVERED, SET, Cause.MANUAL_OVERRIDE));
    }

    @Test
    void aManualStatusGoneFromTheReportIsRevertedToTheCarriersNewStatus() {
        StatusJudgement judged = overridden(IN_TRANSIT, ManualStatus.EXCEPTION).judge(carrier(OUT_FOR_DELIVERY), NOW);

        assertThat(judged.status()).isEqualTo(carrier(OUT_FOR_DELIVERY));
        assertThat(judged.change())
                .contains(new StatusChanged(EXCEPTION, OUT_FOR_DELIVERY, NOW, Cause.OVERRIDE_REVERTED));
    }

    @Test
    void aManualStatusStillAppliesWhenTheCarrierMoveBesideItIsRefused() {
        StatusJudgement judged = carrier(DELIVERED).judge(overridden(PENDING, ManualStatus.EXCEPTION), NOW);

        assertThat(judged.status().carrierStatus()).isEqualTo(DELIVERED);
        assertThat(judged.status().effective()).isEqualTo(EXCEPTION);
        assertThat(judged.change()).contains(new StatusChanged(DELIVERED, EXCEPTION, SET, Cause.MANUAL_OVERRIDE));
        assertThat(judged.isRefused()).isTrue();
    }

    @Test
    void theSameReportAgainChangesNothing() {
        ShipmentStatus status = overridden(IN_TRANSIT, ManualStatus.DELIVERED);

        StatusJudgement judged = status.judge(status, NOW);

        assertThat(judged.status()).isEqualTo(status);
        assertThat(judged.change()).isEmpty();
        assertThat(judged.isRefused()).isFalse();
    }

    @Test
    void everyPairOfCarrierStatusesIsJudgedAsTheTableSays() {
        for (DeliveryStatus from : DeliveryStatus.values()) {
            for (DeliveryStatus to : DeliveryStatus.values()) {
                StatusJudgement judged = carrier(from).judge(carrier(to), NOW);
                boolean accepted = from.classify(to).isAccepted();

                assertThat(judged.isRefused()).as(from + " -> " + to).isEqualTo(!accepted);
                assertThat(judged.status().carrierStatus()).as(from + " -> " + to).isEqualTo(accepted ? to : from);
                assertThat(judged.change().isPresent()).as(from + " -> " + to).isEqualTo(accepted && from != to);
            }
        }
    }
}
