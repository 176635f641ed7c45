package io.parcelport.adapter.trackingmorev4;

import io.parcelport.domain.shipment.ShipmentKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * TrackingMore's tracking id for each shipment key the adapter has seen, since v4 addresses update, delete and retrack
 * by id and has no read by key (v4 reference §2): a least-recently-used map of at most {@code capacity} entries under
 * one lock, shared by every thread of one backend.
 *
 * <p>An id is only a hint: a call that answers "not found" forgets it, and the caller looks the key up again once.
 */
final class V4IdCache {
    /** Enough for a long import's working set, small enough to be no concern: about 200 bytes an entry. */
    static final int DEFAULT_CAPACITY = 10_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<ShipmentKey, String> ids;

    V4IdCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.ids = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ShipmentKey, String> eldest) {
                return size() > capacity;
            }
        };
    }

    Optional<String> get(ShipmentKey key) {
        lock.lock();
        try {
            return Optional.ofNullable(ids.get(key));
        } finally {
            lock.unlock();
        }
    }

    void remember(ShipmentKey key, String id) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        lock.lock();
        try {
            ids.put(key, id);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets {@code key}'s id, but only if it is still {@code staleId}: another thread may have learnt a new one. */
    void forget(ShipmentKey key, String staleId) {
        lock.lock();
        try {
            ids.remove(key, staleId);
        } finally {
            lock.unlock();
        }
    }

    void forget(ShipmentKey key) {
        lock.lock();
        try {
            ids.remove(key);
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return ids.size();
        } finally {
            lock.unlock();
        }
    }
}
