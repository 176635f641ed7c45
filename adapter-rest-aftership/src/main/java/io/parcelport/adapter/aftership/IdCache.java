package io.parcelport.adapter.aftership;

import io.parcelport.domain.shipment.ShipmentKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The AfterShip id of recently seen shipment keys, so that reading or changing a shipment by its key costs one call
 * instead of a list call first: bounded (least recently used out), thread-safe, and told to forget a key whenever
 * AfterShip answers that its id no longer exists.
 */
final class IdCache {
    private final int capacity;
    private final Map<ShipmentKey, String> ids;

    IdCache(int capacity) {
        this.capacity = capacity;
        this.ids = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<ShipmentKey, String> eldest) {
                return size() > IdCache.this.capacity;
            }
        };
    }

    synchronized Optional<String> get(ShipmentKey key) {
        return Optional.ofNullable(ids.get(key));
    }

    synchronized void put(ShipmentKey key, String id) {
        if (capacity > 0) {
            ids.put(key, id);
        }
    }

    synchronized void forget(ShipmentKey key) {
        ids.remove(key);
    }

    synchronized int size() {
        return ids.size();
    }
}
