package io.parcelport.domain.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.StatusChanged.Cause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * Random lives of a shipment status: carriers report any status (accepted or not), people override and revert, and
 * time moves forward. Each step checks its own postconditions; the chain's invariants are checked after every step.
 */
class ShipmentStatusProperties {

    @Property(tries = 400)
    @StatisticsReport(StatisticsReportMode.OFF)
    void invariantsHoldAfterEveryStep(@ForAll("shipmentLives") ActionChain<Life> chain) {
        Life life = chain
                .withInvariant("effective is the override's status, else the carrier's",
                        Life::effectiveIsOverrideOrCarrier)
                .withInvariant("events link up and end at the effective status", Life::eventsLinkUp)
                .withInvariant("events are stamped in the order they happened", Life::eventsAreInTimeOrder)
                .run();

        // Guard against a generator that stopped exercising the interesting paths.
        Statistics.label("rejected update").collect(life.rejected > 0);
        Statistics.label("event under override or revert").collect(life.manualEvents > 0);
        Statistics.label("correction observed").collect(life.corrections > 0);
        Statistics.label("rejected update").coverage(c -> c.check(true).percentage(p -> p > 25));
        Statistics.label("event under override or revert").coverage(c -> c.check(true).percentage(p -> p > 25));
        Statistics.label("correction observed").coverage(c -> c.check(true).percentage(p -> p > 25));
    }

    @Property
    void overrideThenRevertRestoresTheCarriersStatus(@ForAll DeliveryStatus carrier, @ForAll ManualStatus manual) {
        Instant t1 = Instant.parse("2024-05-01T10:00:00Z");
        ShipmentStatus before = ShipmentStatus.of(carrier, Optional.of(new SubStatus("transit004")));

        StatusUpdate overridden = before.override(manual, t1);
        StatusUpdate reverted = overridden.status().revertOverride(t1.plusSeconds(60));

        assertThat(reverted.status()).isEqualTo(before);
        assertThat(overridden.event().isPresent()).isEqualTo(carrier != manual.toDeliveryStatus());
        assertThat(reverted.event().isPresent()).isEqualTo(carrier != manual.toDeliveryStatus());
    }

    @Provide
    ActionChainArbitrary<Life> shipmentLives() {
        return ActionChain.<Life>startWith(Life::new)
                .withAction(2, new ObserveAnyStatus())
                .withAction(4, new ObserveAStatusTheTableAccepts())
                .withAction(2, new OverrideByHand())
                .withAction(1, new RevertTheOverride())
                .withMaxTransformations(40);
    }

    /** The mutable state of a chain: the current status, every event so far, and the clock. */
    static final class Life {
        ShipmentStatus status = ShipmentStatus.initial();
        Instant clock = Instant.parse("2024-01-01T00:00:00Z");
        final List<StatusChanged> events = new ArrayList<>();
        int rejected;
        int corrections;
        int manualEvents;

        void observe(DeliveryStatus reported, Optional<SubStatus> subStatus, Duration later) {
            ShipmentStatus before = status;
            Instant at = tick(later);
            StatusUpdate update = before.observe(reported, subStatus, at);

            assertThat(update.kind()).isEqualTo(before.carrierStatus().classify(reported));
            if (!update.isRejected()) {
                assertThat(update.status().carrierStatus()).isEqualTo(reported);
                assertThat(update.status().carrierSubStatus()).isEqualTo(subStatus);
                assertThat(update.status().manualOverride()).isEqualTo(before.manualOverride());
                if (before.isOverridden()) {
                    assertThat(update.event()).as("no event under an override").isEmpty();
                }
                if (before.carrierStatus().isTerminal() && reported != before.carrierStatus()) {
                    assertThat(update.kind()).as("leaving terminal %s", before.carrierStatus())
                            .isEqualTo(TransitionKind.CORRECTION);
                }
            }
            record(before, update, at, Cause.CARRIER_UPDATE);
        }

        void override(ManualStatus manual, Duration later) {
            ShipmentStatus before = status;
            Instant at = tick(later);
            StatusUpdate update = before.override(manual, at);

            assertThat(update.isRejected()).as("an override is always accepted").isFalse();
            assertThat(update.status().effective()).isEqualTo(manual.toDeliveryStatus());
            assertThat(update.status().carrierStatus()).isEqualTo(before.carrierStatus());
            assertThat(update.status().carrierSubStatus()).isEqualTo(before.carrierSubStatus());
            record(before, update, at, Cause.MANUAL_OVERRIDE);
        }

        void revert(Duration later) {
            ShipmentStatus before = status;
            Instant at = tick(later);
            StatusUpdate update = before.revertOverride(at);

            assertThat(update.isRejected()).as("rejected exactly when nothing is overridden")
                    .isEqualTo(!before.isOverridden());
            assertThat(update.status().isOverridden()).isFalse();
            assertThat(update.status().effective()).isEqualTo(before.carrierStatus());
            record(before, update, at, Cause.OVERRIDE_REVERTED);
        }

        private Instant tick(Duration later) {
            clock = clock.plus(later);
            return clock;
        }

        // Postconditions every transition shares, then the bookkeeping.
        private void record(ShipmentStatus before, StatusUpdate update, Instant at, Cause cause) {
            ShipmentStatus after = update.status();
            if (update.isRejected()) {
                assertThat(after).as("a rejection changes nothing").isEqualTo(before);
                assertThat(update.event()).as("a rejection has no event").isEmpty();
                assertThat(update.reason()).isPresent();
                rejected++;
            } else {
                assertThat(update.reason()).isEmpty();
            }
            assertThat(update.event().isPresent()).as("an event exactly when the effective status changes")
                    .isEqualTo(before.effective() != after.effective());
            update.event().ifPresent(event -> {
                assertThat(event.from()).isEqualTo(before.effective());
                assertThat(event.to()).isEqualTo(after.effective());
                assertThat(event.at()).isEqualTo(at);
                assertThat(event.cause()).isEqualTo(cause);
                events.add(event);
                if (cause != Cause.CARRIER_UPDATE) {
                    manualEvents++;
                }
            });
            if (update.kind() == TransitionKind.CORRECTION && cause == Cause.CARRIER_UPDATE) {
                corrections++;
            }
            status = after;
        }

        void effectiveIsOverrideOrCarrier() {
            DeliveryStatus expected = status.manualOverride()
                    .map(o -> o.status().toDeliveryStatus())
                    .orElse(status.carrierStatus());
            assertThat(status.effective()).isEqualTo(expected);
            assertThat(status.effectiveSubStatus())
                    .isEqualTo(status.isOverridden() ? Optional.empty() : status.carrierSubStatus());
        }

        void eventsLinkUp() {
            DeliveryStatus previous = DeliveryStatus.PENDING;
            for (StatusChanged event : events) {
                assertThat(event.from()).as("event %s follows %s", event, previous).isEqualTo(previous);
                previous = event.to();
            }
            assertThat(status.effective()).as("the last event leads to the effective status").isEqualTo(previous);
        }

        void eventsAreInTimeOrder() {
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).at()).isAfter(events.get(i - 1).at());
            }
        }

        @Override
        public String toString() {
            return status + " after " + events.size() + " events";
        }
    }

    private static Arbitrary<Optional<SubStatus>> subStatuses() {
        return Arbitraries.of("transit001", "transit004", "pickup001", "delivered003", "exception010", "not found001",
                        "inforeceived001", "carrier-specific-42")
                .map(SubStatus::new)
                .optional(0.7);
    }

    // Strictly positive steps, so every transition happens at a later instant than the one before.
    private static Arbitrary<Duration> later() {
        return Arbitraries.longs().between(1, Duration.ofDays(3).toSeconds()).map(Duration::ofSeconds);
    }

    /** The carrier reports any status, so the table's rejections are exercised too. */
    static final class ObserveAnyStatus implements Action.Independent<Life> {
        @Override
        public Arbitrary<Transformer<Life>> transformer() {
            return Combinators.combine(Arbitraries.of(DeliveryStatus.class), subStatuses(), later())
                    .as((status, sub, later) -> Transformer.mutate(
                            "observe " + status + " " + sub.map(SubStatus::code).orElse("-") + " +" + later,
                            life -> life.observe(status, sub, later)));
        }
    }

    /** The carrier reports a status the table accepts from where it is, so chains get far into a parcel's life. */
    static final class ObserveAStatusTheTableAccepts implements Action.Dependent<Life> {
        @Override
        public Arbitrary<Transformer<Life>> transformer(Life life) {
            List<DeliveryStatus> accepted = Arrays.stream(DeliveryStatus.values())
                    .filter(to -> life.status.carrierStatus().classify(to).isAccepted())
                    .collect(Collectors.toList());
            return Combinators.combine(Arbitraries.of(accepted), subStatuses(), later())
                    .as((status, sub, later) -> Transformer.mutate(
                            "observe accepted " + status + " " + sub.map(SubStatus::code).orElse("-") + " +" + later,
                            l -> l.observe(status, sub, later)));
        }
    }

    /** A person sets delivered or exception by hand. */
    static final class OverrideByHand implements Action.Independent<Life> {
        @Override
        public Arbitrary<Transformer<Life>> transformer() {
            return Combinators.combine(Arbitraries.of(ManualStatus.class), later())
                    .as((manual, later) -> Transformer.mutate("override " + manual + " +" + later,
                            life -> life.override(manual, later)));
        }
    }

    /** A person returns to the carrier's status, whether or not an override is in force. */
    static final class RevertTheOverride implements Action.Independent<Life> {
        @Override
        public Arbitrary<Transformer<Life>> transformer() {
            return later().map(later -> Transformer.mutate("revert +" + later, life -> life.revert(later)));
        }
    }
}
