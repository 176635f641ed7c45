package io.parcelport.ports.out;

import io.parcelport.domain.shipment.ShipmentKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The precondition of every batch call of a driven port: the items name each shipment once.
 *
 * <p>De-duplicating a batch and answering the repeats is the use cases' work, done once, before chunking; a backend
 * only checks, so that a repeat reaching it is a programming error with a clear message, not a second, subtly
 * different de-duplication.
 */
public final class DistinctKeys {

    private DistinctKeys() {
    }

    /**
     * Checks that {@code items} has no null item and no shipment key twice.
     *
     * @param items the items of one batch call
     * @param keyOf the shipment key of an item
     * @param name the parameter's name, for messages
     * @return {@code items}
     * @throws NullPointerException naming {@code name[i]} for a null item
     * @throws IllegalArgumentException naming both positions and the key when a key appears twice
     */
    public static <T> List<T> require(List<T> items, Function<? super T, ShipmentKey> keyOf, String name) {
        Objects.requireNonNull(items, name);
        Map<ShipmentKey, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ShipmentKey key = keyOf.apply(Objects.requireNonNull(items.get(i), name + "[" + i + "]"));
            Integer seen = first.putIfAbsent(key, i);
            if (seen != null) {
                throw new IllegalArgumentException(name + "[" + i + "] repeats " + key + " of " + name + "[" + seen
                        + "]: a batch call names each shipment once (the use cases send repeats once and answer them)");
            }
        }
        return items;
    }
}
