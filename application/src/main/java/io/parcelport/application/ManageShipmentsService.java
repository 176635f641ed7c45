package io.parcelport.application;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.in.ManageShipmentsUseCase;
import io.parcelport.ports.out.ShipmentTracker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Changes registered shipments, one or any number at once: details, status by hand, carrier, refreshing, deletion.
 *
 * <p>Many-item operations are chunked and run like registration ({@link BatchRunner}, {@link DistinctItems},
 * {@link Failures}): one outcome per input item, in input order, and no backend exception. A key repeated in the
 * input is handled so that the result is what doing the items in input order would give:
 * <ul>
 *   <li>updates (and status commands) of the same key are applied in input order: the input is cut into rounds, the
 *       n-th occurrence of every key in round n, and rounds run one after the other (chunks within a round run
 *       concurrently, and never hold one key twice);</li>
 *   <li>a repeated delete is {@code NOT_FOUND} locally, as the backend would answer it (the first one deleted it),
 *       or gets the same refusal as the first one when that was refused;</li>
 *   <li>a repeated stop-refreshing is sent once and its outcome given to every occurrence (it is idempotent).</li>
 * </ul>
 * Changed shipments pass through the {@link ShipmentEvents} hub, which names manual overrides and reverts as such;
 * deleted and re-keyed shipments are forgotten by it.
 */
record ManageShipmentsService(ShipmentTracker tracker, BatchRunner runner, ShipmentEvents events)
        implements ManageShipmentsUseCase {

    @Override
    public ItemOutcome<Shipment> update(ShipmentKey key, ShipmentChanges changes) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(changes, "changes");
        return tracker.update(key, changes).map(events::observe);
    }

    @Override
    public List<ItemOutcome<Shipment>> updateAll(List<ShipmentUpdate> updates) {
        Objects.requireNonNull(updates, "updates");
        for (int i = 0; i < updates.size(); i++) {
            Objects.requireNonNull(updates.get(i), "updates[" + i + "]");
        }
        List<ItemOutcome<Shipment>> outcomes = inRounds(updates, ShipmentUpdate::key, tracker::updateAll);
        return outcomes.stream().map(o -> o.map(events::observe)).toList();
    }

    @Override
    public List<ItemOutcome<Shipment>> applyStatus(List<ShipmentKey> keys, StatusCommand command) {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(command, "command");
        ShipmentChanges changes = ShipmentChanges.status(command);
        List<ShipmentUpdate> updates = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            updates.add(new ShipmentUpdate(Objects.requireNonNull(keys.get(i), "keys[" + i + "]"), changes));
        }
        return updateAll(updates);
    }

    @Override
    public ItemOutcome<Shipment> changeCarrier(ShipmentKey key, CarrierCode newCarrier) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(newCarrier, "newCarrier");
        ItemOutcome<Shipment> outcome = tracker.changeCarrier(key, newCarrier);
        // The shipment's events are fetched anew under its new key: a new life for the hub, not a change.
        outcome.value().ifPresent(moved -> events.forget(key));
        return outcome.map(events::observe);
    }

    @Override
    public List<ItemOutcome<ShipmentKey>> stopRefreshing(List<ShipmentKey> keys) {
        DistinctItems<ShipmentKey> batch = DistinctItems.of(keys, key -> key, "keys");
        return batch.answerAll(runner.run(batch.distinct(), tracker.limits().maxBatchSize(), tracker::stopRefreshing),
                (repeat, first) -> first);
    }

    @Override
    public ItemOutcome<ShipmentKey> delete(ShipmentKey key) {
        Objects.requireNonNull(key, "key");
        ItemOutcome<ShipmentKey> outcome = tracker.delete(key);
        outcome.value().ifPresent(events::forget);
        return outcome;
    }

    @Override
    public List<ItemOutcome<ShipmentKey>> deleteAll(List<ShipmentKey> keys) {
        DistinctItems<ShipmentKey> batch = DistinctItems.of(keys, key -> key, "keys");
        List<ItemOutcome<ShipmentKey>> answers =
                runner.run(batch.distinct(), tracker.limits().maxBatchSize(), tracker::deleteAll);
        answers.forEach(answer -> answer.value().ifPresent(events::forget));
        return batch.answerAll(answers, (repeat, first) -> ItemOutcome.rejected(RejectionReason.NOT_FOUND,
                repeat + " appears earlier in the same input; it is deleted once"));
    }

    /**
     * Runs {@code call} over {@code items} in rounds, so that items with the same key are done in input order: round
     * n holds the n-th occurrence of each key. One halt is shared by every round, so that a quota exhausted in round
     * 1 is not spent against again in round 2.
     */
    private <I, R> List<ItemOutcome<R>> inRounds(List<I> items, Function<I, ShipmentKey> keyOf,
            Function<List<I>, List<ItemOutcome<R>>> call) {
        Map<ShipmentKey, Integer> occurrences = new HashMap<>();
        List<List<Integer>> rounds = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int round = occurrences.merge(keyOf.apply(items.get(i)), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(i);
        }
        @SuppressWarnings({"unchecked", "rawtypes"}) // Java has no generic array creation
        ItemOutcome<R>[] outcomes = new ItemOutcome[items.size()];
        Failures.Halt halt = new Failures.Halt();
        for (List<Integer> round : rounds) {
            List<I> roundItems = new ArrayList<>(round.size());
            round.forEach(i -> roundItems.add(items.get(i)));
            List<ItemOutcome<R>> answers = runner.run(roundItems, tracker.limits().maxBatchSize(), call, halt);
            for (int j = 0; j < answers.size(); j++) {
                outcomes[round.get(j)] = answers.get(j);
            }
        }
        return new ArrayList<>(Arrays.asList(outcomes));
    }
}
