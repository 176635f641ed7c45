package io.parcelport.application;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.ItemOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The items of a batch with each shipment key once, and the way back to one outcome per input item: the one place
 * where a batch is de-duplicated and realigned to input order, and where the rule for repeated keys lives.
 *
 * <p>The rule: a repeat of an item whose first occurrence was refused gets the same refusal (the call did not do what
 * the repeat asks either, so calling the repeat done would be a lie); a repeat of an item whose first occurrence was
 * done gets what the operation says of a repeat (registering twice is {@code ALREADY_EXISTS}, deleting twice
 * {@code NOT_FOUND}, an idempotent call the first outcome).
 *
 * @param <I> the kind of item
 */
final class DistinctItems<I> {

    private final List<I> items;
    private final List<I> distinct = new ArrayList<>();
    // For each input item, the index in distinct of the item that carries its key.
    private final int[] sentAs;

    private DistinctItems(List<I> items, Function<I, ShipmentKey> keyOf, String name) {
        this.items = items;
        this.sentAs = new int[items.size()];
        Map<ShipmentKey, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            I item = Objects.requireNonNull(items.get(i), name + "[" + i + "]");
            Integer seen = first.putIfAbsent(keyOf.apply(item), distinct.size());
            sentAs[i] = seen == null ? distinct.size() : seen;
            if (seen == null) {
                distinct.add(item);
            }
        }
    }

    /** The items of {@code items} with distinct keys; a null item fails naming {@code name[i]}. */
    static <I> DistinctItems<I> of(List<I> items, Function<I, ShipmentKey> keyOf, String name) {
        Objects.requireNonNull(items, name);
        return new DistinctItems<>(items, keyOf, name);
    }

    /** The first occurrence of each key, in input order. */
    List<I> distinct() {
        return distinct;
    }

    /**
     * One outcome per input item, in input order, from one answer per {@link #distinct()} item.
     *
     * @param answers the answers to {@link #distinct()}, in its order
     * @param repeatOfDone what a repeat gets when its first occurrence was done, from the repeat and that outcome
     */
    <R> List<ItemOutcome<R>> answerAll(List<ItemOutcome<R>> answers,
            BiFunction<I, ItemOutcome<R>, ItemOutcome<R>> repeatOfDone) {
        if (answers.size() != distinct.size()) {
            throw new IllegalStateException(answers.size() + " answers for " + distinct.size() + " items");
        }
        List<ItemOutcome<R>> outcomes = new ArrayList<>(items.size());
        boolean[] answered = new boolean[distinct.size()];
        for (int i = 0; i < items.size(); i++) {
            int j = sentAs[i];
            ItemOutcome<R> first = answers.get(j);
            boolean repeat = answered[j];
            answered[j] = true;
            outcomes.add(!repeat || !first.isAccepted() ? first : repeatOfDone.apply(items.get(i), first));
        }
        return outcomes;
    }
}
