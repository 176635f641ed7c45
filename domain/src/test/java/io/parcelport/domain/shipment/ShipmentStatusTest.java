package io.parcelport.domain.shipment;

import static io.parcelport.domain.shipment.DeliveryStatus.DELIVERED;
import static io.parcelport.domain.shipment.DeliveryStatus.EXCEPTION;
import static io.parcelport.domain.shipment.DeliveryStatus.EXPIRED;
import static io.parcelport.domain.shipment.DeliveryStatus.INFO_RECEIVED;
import static io.parcelport.domain.shipment.DeliveryStatus.IN_TRANSIT;
import static io.parcelport.domain.shipment.DeliveryStatus.NOT_FOUND;
import static io.parcelport.domain.shipment.DeliveryStatus.OUT_FOR_DELIVERY;
import static io.parcelport.domain.shipment.DeliveryStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.parcelport.domain.shipment.StatusChanged.Cause;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ShipmentStatusTest {

    private static final Instant T1 = Instant.parse("2024-03-01T08:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-02T09:30:00Z");
    private static final Instant T3 = Instant.parse("2024-03-03T17:45:00Z");
    private static final Optional<SubStatus> TRANSIT_004 = Optional.of(new SubStatus("transit004"));
    private static final Optional<SubStatus> NONE = Optional.empty();

    private static ShipmentStatus carrierSays(DeliveryStatus status) {
        return ShipmentStatus.of(status, NONE);
    }

    @Nested
    class Creating {

        @Test
        void startsPendingWithoutSubStatusOrOverride() {
            ShipmentStatus initial = ShipmentStatus.initial();

            assertThat(initial.carrierStatus()).isEqualTo(PENDING);
            assertThat(initial.carrierSubStatus()).isEmpty();
            assertThat(initial.manualOverride()).isEmpty();
            assertThat(initial.isOverridden()).isFalse();
            assertThat(initial.effective()).isEqualTo(PENDING);
            assertThat(initial.effectiveSubStatus()).isEmpty();
        }

        @Test
        void keepsTheCarriersStatusAndSubStatusAsGiven() {
            ShipmentStatus status = ShipmentStatus.of(IN_TRANSIT, TRANSIT_004);

            assertThat(status.effective()).isEqualTo(IN_TRANSIT);
            assertThat(status.effectiveSubStatus()).isEqualTo(TRANSIT_004);
        }

        @Test
        void keepsASubStatusWhosePrefixNamesAnotherStatus() {
            Optional<SubStatus> delivered = Optional.of(new SubStatus("delivered001"));

            assertThat(ShipmentStatus.of(IN_TRANSIT, delivered).carrierSubStatus()).isEqualTo(delivered);
        }

        @Test
        void isAValueComparedByContent() {
            assertThat(ShipmentStatus.of(IN_TRANSIT, TRANSIT_004))
                    .isEqualTo(ShipmentStatus.of(IN_TRANSIT, Optional.of(new SubStatus(" TRANSIT004 "))))
                    .hasSameHashCodeAs(ShipmentStatus.of(IN_TRANSIT, TRANSIT_004));
        }

        @Test
        void refusesNullsNamingTheParameter() {
            assertThatNullPointerException().isThrownBy(() -> ShipmentStatus.of(null, NONE))
                    .withMessage("carrierStatus");
            assertThatNullPointerException().isThrownBy(() -> ShipmentStatus.of(PENDING, null))
                    .withMessage("carrierSubStatus");
            assertThatNullPointerException().isThrownBy(() -> ShipmentStatus.initial().observe(null, NONE, T1))
                    .withMessage("reported");
            assertThatNullPointerException().isThrownBy(() -> ShipmentStatus.initial().observe(IN_TRANSIT, NONE, null))
                    .withMessage("at");
            assertThatNullPointerException().isThrownBy(() -> ShipmentStatus.initial().override(null, T1))
                    .withMessage("status");
            assertThatNullPointerException().isThrownBy(() -> ShipmentStatus.initial().revertOverride(null))
                    .withMessage("at");
        }
    }

    @Nested
    class Observing {

        @Test
        void movesForwardAndEmitsACarrierUpdate() {
            StatusUpdate update = ShipmentStatus.initial().observe(IN_TRANSIT, TRANSIT_004, T1);

            assertThat(update.isRejected()).isFalse();
            assertThat(update.kind()).isEqualTo(TransitionKind.PROGRESS);
            assertThat(update.reason()).isEmpty();
            assertThat(update.status().carrierStatus()).isEqualTo(IN_TRANSIT);
            assertThat(update.status().effectiveSubStatus()).isEqualTo(TRANSIT_004);
            assertThat(update.event()).contains(new StatusChanged(PENDING, IN_TRANSIT, T1, Cause.CARRIER_UPDATE));
        }

        @Test
        void acceptsACorrectionAndSaysSo() {
            StatusUpdate update = carrierSays(IN_TRANSIT).observe(NOT_FOUND, NONE, T2);

            assertThat(update.kind()).isEqualTo(TransitionKind.CORRECTION);
            assertThat(update.status().effective()).isEqualTo(NOT_FOUND);
            assertThat(update.event()).contains(new StatusChanged(IN_TRANSIT, NOT_FOUND, T2, Cause.CARRIER_UPDATE));
        }

        @Test
        void sameStatusWithANewSubStatusIsProgressWithoutEvent() {
            ShipmentStatus before = ShipmentStatus.of(IN_TRANSIT, Optional.of(new SubStatus("transit001")));

            StatusUpdate update = before.observe(IN_TRANSIT, TRANSIT_004, T2);

            assertThat(update.kind()).isEqualTo(TransitionKind.PROGRESS);
            assertThat(update.event()).isEmpty();
            assertThat(update.status().carrierSubStatus()).isEqualTo(TRANSIT_004);
        }

        @Test
        void aReportWithoutSubStatusClearsTheOldOne() {
            StatusUpdate update = ShipmentStatus.of(IN_TRANSIT, TRANSIT_004).observe(OUT_FOR_DELIVERY, NONE, T2);

            assertThat(update.status().carrierSubStatus()).isEmpty();
        }

        @Test
        void aRejectedReportLeavesEverythingUnchangedAndExplainsWhy() {
            ShipmentStatus delivered = ShipmentStatus.of(DELIVERED, Optional.of(new SubStatus("delivered003")));

            StatusUpdate update = delivered.observe(PENDING, Optional.of(new SubStatus("pending001")), T2);

            assertThat(update.isRejected()).isTrue();
            assertThat(update.kind()).isEqualTo(TransitionKind.REJECTED);
            assertThat(update.status()).isSameAs(delivered);
            assertThat(update.event()).isEmpty();
            assertThat(update.reason()).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("PENDING").contains("DELIVERED").contains("docs/status-machine.md"));
        }

        @Test
        void aDeliveryIsNotUndoneByTheCarrierLosingTheNumber() {
            assertThat(carrierSays(DELIVERED).observe(NOT_FOUND, NONE, T2).isRejected()).isTrue();
        }

        @Test
        void aDeliveryTheCarrierTakesBackIsACorrection() {
            StatusUpdate update = carrierSays(DELIVERED).observe(IN_TRANSIT, NONE, T2);

            assertThat(update.kind()).isEqualTo(TransitionKind.CORRECTION);
            assertThat(update.event()).contains(new StatusChanged(DELIVERED, IN_TRANSIT, T2, Cause.CARRIER_UPDATE));
        }

        @Test
        void lateNewsOfAnExpiredParcelReopensIt() {
            StatusUpdate update = carrierSays(EXPIRED).observe(DELIVERED, NONE, T3);

            assertThat(update.kind()).isEqualTo(TransitionKind.CORRECTION);
            assertThat(update.status().effective()).isEqualTo(DELIVERED);
        }

        @Test
        void isClassifiedAgainstTheCarrierStatusNotTheOverride() {
            // Effective is DELIVERED by hand, but the carrier still says INFO_RECEIVED: reports are judged by that.
            ShipmentStatus overridden = carrierSays(INFO_RECEIVED).override(ManualStatus.DELIVERED, T1).status();

            StatusUpdate update = overridden.observe(IN_TRANSIT, NONE, T2);

            assertThat(update.kind()).isEqualTo(TransitionKind.PROGRESS);
            // DELIVERED -> NOT_FOUND would be rejected; INFO_RECEIVED -> NOT_FOUND is a correction.
            assertThat(overridden.observe(NOT_FOUND, NONE, T2).kind()).isEqualTo(TransitionKind.CORRECTION);
        }
    }

    @Nested
    class Overriding {

        @Test
        void setsTheEffectiveStatusAndKeepsTheCarriersUnderneath() {
            ShipmentStatus carrier = ShipmentStatus.of(IN_TRANSIT, TRANSIT_004);

            StatusUpdate update = carrier.override(ManualStatus.DELIVERED, T1);

            assertThat(update.kind()).isEqualTo(TransitionKind.CORRECTION);
            assertThat(update.isRejected()).isFalse();
            ShipmentStatus after = update.status();
            assertThat(after.effective()).isEqualTo(DELIVERED);
            assertThat(after.isOverridden()).isTrue();
            assertThat(after.manualOverride()).contains(new ShipmentStatus.ManualOverride(ManualStatus.DELIVERED, T1));
            assertThat(after.carrierStatus()).isEqualTo(IN_TRANSIT);
            assertThat(after.carrierSubStatus()).isEqualTo(TRANSIT_004);
            assertThat(after.effectiveSubStatus()).as("a hand-set status has no sub-status").isEmpty();
            assertThat(update.event()).contains(new StatusChanged(IN_TRANSIT, DELIVERED, T1, Cause.MANUAL_OVERRIDE));
        }

        @Test
        void toTheCarriersOwnStatusIsRecordedWithoutEvent() {
            StatusUpdate update = carrierSays(EXCEPTION).override(ManualStatus.EXCEPTION, T1);

            assertThat(update.status().isOverridden()).isTrue();
            assertThat(update.status().effective()).isEqualTo(EXCEPTION);
            assertThat(update.event()).isEmpty();
        }

        @Test
        void isAcceptedEvenOverATerminalCarrierStatus() {
            StatusUpdate update = carrierSays(DELIVERED).override(ManualStatus.EXCEPTION, T1);

            assertThat(update.isRejected()).isFalse();
            assertThat(update.event()).contains(new StatusChanged(DELIVERED, EXCEPTION, T1, Cause.MANUAL_OVERRIDE));
        }

        @Test
        void anotherManualStatusReplacesTheOverride() {
            ShipmentStatus delivered = carrierSays(IN_TRANSIT).override(ManualStatus.DELIVERED, T1).status();

            StatusUpdate update = delivered.override(ManualStatus.EXCEPTION, T2);

            assertThat(update.status().manualOverride())
                    .contains(new ShipmentStatus.ManualOverride(ManualStatus.EXCEPTION, T2));
            assertThat(update.status().carrierStatus()).isEqualTo(IN_TRANSIT);
            assertThat(update.event()).contains(new StatusChanged(DELIVERED, EXCEPTION, T2, Cause.MANUAL_OVERRIDE));
        }

        @Test
        void theSameManualStatusAgainChangesNothingAndKeepsTheFirstTime() {
            ShipmentStatus delivered = carrierSays(IN_TRANSIT).override(ManualStatus.DELIVERED, T1).status();

            StatusUpdate update = delivered.override(ManualStatus.DELIVERED, T2);

            assertThat(update.isRejected()).isFalse();
            assertThat(update.status()).isEqualTo(delivered);
            assertThat(update.status().manualOverride().map(ShipmentStatus.ManualOverride::setAt)).contains(T1);
            assertThat(update.event()).isEmpty();
        }

        @Test
        void carrierReportsUnderAnOverrideAreRecordedSilently() {
            ShipmentStatus overridden = carrierSays(IN_TRANSIT).override(ManualStatus.EXCEPTION, T1).status();

            StatusUpdate update = overridden.observe(OUT_FOR_DELIVERY, Optional.of(new SubStatus("pickup001")), T2);

            assertThat(update.isRejected()).isFalse();
            assertThat(update.kind()).isEqualTo(TransitionKind.PROGRESS);
            assertThat(update.event()).isEmpty();
            assertThat(update.status().effective()).isEqualTo(EXCEPTION);
            assertThat(update.status().effectiveSubStatus()).isEmpty();
            assertThat(update.status().carrierStatus()).isEqualTo(OUT_FOR_DELIVERY);
            assertThat(update.status().carrierSubStatus()).contains(new SubStatus("pickup001"));
        }

        @Test
        void aRejectedCarrierReportUnderAnOverrideChangesNothing() {
            ShipmentStatus overridden = carrierSays(DELIVERED).override(ManualStatus.EXCEPTION, T1).status();

            StatusUpdate update = overridden.observe(INFO_RECEIVED, NONE, T2);

            assertThat(update.isRejected()).isTrue();
            assertThat(update.status()).isSameAs(overridden);
        }
    }

    @Nested
    class Reverting {

        @Test
        void bringsBackWhatTheCarrierSaysNow() {
            ShipmentStatus overridden = carrierSays(IN_TRANSIT).override(ManualStatus.DELIVERED, T1).status();
            Optional<SubStatus> pickup = Optional.of(new SubStatus("pickup001"));
            ShipmentStatus carrierMovedOn = overridden.observe(OUT_FOR_DELIVERY, pickup, T2).status();

            StatusUpdate update = carrierMovedOn.revertOverride(T3);

            assertThat(update.kind()).isEqualTo(TransitionKind.CORRECTION);
            assertThat(update.status().isOverridden()).isFalse();
            assertThat(update.status().effective()).isEqualTo(OUT_FOR_DELIVERY);
            assertThat(update.status().effectiveSubStatus()).contains(new SubStatus("pickup001"));
            assertThat(update.event())
                    .contains(new StatusChanged(DELIVERED, OUT_FOR_DELIVERY, T3, Cause.OVERRIDE_REVERTED));
        }

        @Test
        void isAcceptedWhereTheTableWouldRefuseTheCarrierTheSameMove() {
            // DELIVERED -> INFO_RECEIVED is rejected for a carrier, but the carrier never claimed DELIVERED here.
            ShipmentStatus overridden = carrierSays(INFO_RECEIVED).override(ManualStatus.DELIVERED, T1).status();

            StatusUpdate update = overridden.revertOverride(T2);

            assertThat(update.isRejected()).isFalse();
            assertThat(update.event())
                    .contains(new StatusChanged(DELIVERED, INFO_RECEIVED, T2, Cause.OVERRIDE_REVERTED));
        }

        @Test
        void toTheSameStatusRemovesTheOverrideWithoutEvent() {
            ShipmentStatus overridden = carrierSays(DELIVERED).override(ManualStatus.DELIVERED, T1).status();

            StatusUpdate update = overridden.revertOverride(T2);

            assertThat(update.status()).isEqualTo(carrierSays(DELIVERED));
            assertThat(update.event()).isEmpty();
        }

        @Test
        void withoutAnOverrideIsRejectedWithAClearReason() {
            ShipmentStatus carrier = ShipmentStatus.of(IN_TRANSIT, TRANSIT_004);

            StatusUpdate update = carrier.revertOverride(T1);

            assertThat(update.isRejected()).isTrue();
            assertThat(update.status()).isSameAs(carrier);
            assertThat(update.event()).isEmpty();
            assertThat(update.reason()).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("no manual status to revert").contains("IN_TRANSIT"));
        }
    }

    @Nested
    class ValuesAroundIt {

        @Test
        void manualStatusesAreExactlyDeliveredAndException() {
            assertThat(ManualStatus.DELIVERED.toDeliveryStatus()).isEqualTo(DELIVERED);
            assertThat(ManualStatus.EXCEPTION.toDeliveryStatus()).isEqualTo(EXCEPTION);
            for (DeliveryStatus status : DeliveryStatus.values()) {
                assertThat(ManualStatus.from(status).map(ManualStatus::toDeliveryStatus))
                        .as("%s", status)
                        .isEqualTo(status == DELIVERED || status == EXCEPTION ? Optional.of(status) : Optional.empty());
            }
        }

        @Test
        void aStatusChangeMustChangeSomething() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new StatusChanged(IN_TRANSIT, IN_TRANSIT, T1, Cause.CARRIER_UPDATE))
                    .withMessageContaining("IN_TRANSIT");
        }

        @Test
        void aRejectedUpdateNeedsAReasonAndHasNoEvent() {
            ShipmentStatus status = carrierSays(DELIVERED);
            Optional<StatusChanged> event =
                    Optional.of(new StatusChanged(IN_TRANSIT, DELIVERED, T1, Cause.CARRIER_UPDATE));

            assertThatIllegalArgumentException().isThrownBy(
                    () -> new StatusUpdate(status, TransitionKind.REJECTED, Optional.empty(), Optional.empty()));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new StatusUpdate(status, TransitionKind.REJECTED, event, Optional.of("no")));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new StatusUpdate(status, TransitionKind.PROGRESS, event, Optional.of("why?")));
        }

        @Test
        void anUpdatesEventLeadsToItsStatus() {
            Optional<StatusChanged> event =
                    Optional.of(new StatusChanged(PENDING, IN_TRANSIT, T1, Cause.CARRIER_UPDATE));

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> StatusUpdate.accepted(carrierSays(DELIVERED), TransitionKind.PROGRESS, event))
                    .withMessageContaining("DELIVERED");
        }
    }
}
