package io.parcelport.rest;

import io.parcelport.domain.shipment.ShipmentKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A backend's own id for each shipment key it has recently seen, for APIs that address a shipment by that id: a
 * least-recently-used map of at most {@code capacity} entries under one lock, shared by every thread of one backend.
 *
 * <p>An id is only a hint: a call that answers "not found" forgets it, and the caller looks the key up again.
 */
public final class IdCache {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<ShipmentKey, String> ids;
    private final int capacity;

    /** A cache of at most {@code capacity} ids; 0 remembers nothing, so every call looks its key up. */
    public IdCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
        this.ids = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<ShipmentKey, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The id remembered for {@code key}, which makes it the most recently used. */
    public Optional<String> get(ShipmentKey key) {
        lock.lock();
        try {
            return Optional.ofNullable(ids.get(key));
        } finally {
            lock.unlock();
        }
    }

    /** Remembers {@code id} for {@code key}, dropping the least recently used key when full. */
    public void remember(ShipmentKey key, String id) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        if (capacity == 0) {
            return;
        }
        lock.lock();
        try {
            ids.put(key, id);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets {@code key}'s id, but only if it is still {@code staleId}: another thread may have learnt a new one. */
    public void forget(ShipmentKey key, String staleId) {
        lock.lock();
        try {
            ids.remove(key, staleId);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets {@code key}'s id, whatever it is. */
    public void forget(ShipmentKey key) {
        lock.lock();
        try {
            ids.remove(key);
        } finally {
            lock.unlock();
        }
    }

    /** How many ids are remembered. */
    public int size() {
        lock.lock();
        try {
            return ids.size();
        } finally {
            lock.unlock();
        }
    }
}
