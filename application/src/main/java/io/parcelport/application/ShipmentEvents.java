package io.parcelport.application;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.domain.shipment.StatusJudgement;
import io.parcelport.ports.in.ShipmentEventListener;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one path by which a status a backend reports reaches the application: every read, refresh, registration,
 * change or pushed report of a shipment goes through {@link #observe(Shipment)}, which has the domain judge it
 * ({@link ShipmentStatus#judge}) against the last status accepted for that shipment, and tells listeners exactly the
 * change the domain's answer carries, with the domain's cause.
 *
 * <p><b>A refused move</b> (say the backend reports {@code PENDING} for a shipment it reported {@code DELIVERED}) is
 * not published. The shipment handed back to the caller shows the last accepted status instead of the backend's word,
 * so that what callers see and what listeners heard agree; the refusal is counted ({@link #refusedMoves()}) and
 * logged once at WARNING, naming the carrier and the two statuses but not the tracking number or any customer data.
 * A backend that keeps repeating the same refused status is counted and logged once, not on every read.
 *
 * <p><b>Order</b>: judging and telling listeners happen under a lock per shipment, so each listener hears the changes
 * of one shipment one at a time, each starting where the previous one ended. A reading older than the one last
 * accepted (its {@link Shipment#updatedAt()} is earlier, as when a slow read overtakes a fast one) is stale: it
 * changes nothing and is handed back as read.
 *
 * <p>The first sighting of a shipment sets its baseline and emits nothing: the hub cannot know what it was before.
 *
 * <p><b>Memory</b> is bounded: one entry per shipment seen (key, status, version; a few hundred bytes), at most
 * {@link #capacity()} of them ({@value #DEFAULT_CAPACITY} by default). Past that, an arbitrary other shipment is
 * forgotten for each new one, and its next sighting sets a new baseline (so a change it made meanwhile is not
 * published, and a refused move is not caught). A shipment is also forgotten when it is deleted or its carrier changed
 * through the services; {@link #forgetAll()} drops every entry. A listener that throws is logged and does not disturb
 * the read.
 */
public final class ShipmentEvents {

    private static final System.Logger LOG = System.getLogger(ShipmentEvents.class.getName());

    /** How many shipments a hub remembers unless told otherwise: a few megabytes at most. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final Clock clock;
    private final int capacity;
    private final List<ShipmentEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<ShipmentKey, Known> known = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();

    /** A hub that stamps changes with {@code clock} and remembers up to {@code capacity} shipments. */
    public ShipmentEvents(Clock clock, int capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    /** A hub that stamps changes with {@code clock} and remembers up to {@value #DEFAULT_CAPACITY} shipments. */
    public ShipmentEvents(Clock clock) {
        this(clock, DEFAULT_CAPACITY);
    }

    /** A hub on the system clock (UTC). */
    public ShipmentEvents() {
        this(Clock.systemUTC());
    }

    /** Adds a listener; closing the returned handle removes it (once; closing again does nothing). */
    public AutoCloseable subscribe(ShipmentEventListener listener) {
        Objects.requireNonNull(listener, "listener");
        // Wrapped so that the same listener subscribed twice gets two independent handles.
        ShipmentEventListener registration = listener::onStatusChanged;
        listeners.add(registration);
        return () -> listeners.remove(registration);
    }

    /** How many shipments the hub remembers a status for. */
    public int remembered() {
        return known.size();
    }

    /** The most shipments the hub remembers at once. */
    public int capacity() {
        return capacity;
    }

    /** How many moves reported by the backend the state machine has refused since this hub was made. */
    public long refusedMoves() {
        return refused.get();
    }

    /** Forgets every remembered status: the next sighting of each shipment sets its baseline again. */
    public void forgetAll() {
        known.clear();
    }

    /**
     * Has the domain judge what {@code reading} reports, tells listeners of the change if there is one, and answers
     * the shipment as the application should show it: the reading, with the last accepted status when its own was
     * refused.
     */
    Shipment observe(Shipment reading) {
        Known entry = entryFor(reading.key());
        if (entry.unchangedBy(reading)) {
            // The same status at the same version: judging would change nothing, so many threads reading one
            // shipment need not queue for its lock (they did, in a 16-thread find benchmark).
            return reading;
        }
        synchronized (entry) {
            if (entry.status() == null) {
                entry.accept(reading.status(), reading.updatedAt());
                return reading;
            }
            if (entry.isNewerThan(reading.updatedAt())) {
                return reading;
            }
            StatusJudgement judged = entry.status().judge(reading.status(), clock.instant());
            entry.accept(judged.status(), reading.updatedAt());
            judged.refusedMove().ifPresentOrElse(
                    reason -> refusedOnce(entry, reading, judged.status()),
                    () -> entry.lastRefused = null);
            judged.change().ifPresent(change -> emit(reading.key(), change));
            return judged.status().equals(reading.status()) ? reading
                    : reading.toBuilder().status(judged.status()).build();
        }
    }

    /** Forgets {@code key}, as when the shipment is deleted or moved to another key. */
    void forget(ShipmentKey key) {
        known.remove(key);
    }

    private Known entryFor(ShipmentKey key) {
        Known entry = known.get(key);
        if (entry == null) {
            entry = known.computeIfAbsent(key, k -> new Known());
            if (known.size() > capacity) {
                evictOtherThan(key);
            }
        }
        return entry;
    }

    // Hash order is as good as any: what matters is that memory stays bounded, cheaply, without a global lock.
    private void evictOtherThan(ShipmentKey keep) {
        for (ShipmentKey candidate : known.keySet()) {
            if (known.size() <= capacity) {
                return;
            }
            if (!candidate.equals(keep)) {
                known.remove(candidate);
            }
        }
    }

    private void refusedOnce(Known entry, Shipment reading, ShipmentStatus kept) {
        DeliveryStatus word = reading.status().carrierStatus();
        if (word == entry.lastRefused) {
            return;
        }
        entry.lastRefused = word;
        long count = refused.incrementAndGet();
        LOG.log(System.Logger.Level.WARNING, () -> "the backend reported " + word + " for a "
                + reading.key().carrier() + " shipment whose carrier status is " + kept.carrierStatus()
                + "; the status machine refuses that move, so the shipment keeps " + kept.effective()
                + " (refused moves so far: " + count + "; see docs/status-machine.md)");
    }

    private void emit(ShipmentKey key, io.parcelport.domain.shipment.StatusChanged change) {
        for (ShipmentEventListener listener : listeners) {
            try {
                listener.onStatusChanged(key, change);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a shipment event listener failed on " + change, e);
            }
        }
    }

    // What the hub knows of one shipment; written under its own monitor, read without it only by unchangedBy.
    private static final class Known {
        // The accepted status and the version it came with, replaced whole so that unchangedBy never sees half of an
        // update; null until the first reading.
        private volatile Seen seen;
        volatile DeliveryStatus lastRefused;

        private record Seen(ShipmentStatus status, Instant version) {
        }

        ShipmentStatus status() {
            Seen now = seen;
            return now == null ? null : now.status();
        }

        void accept(ShipmentStatus accepted, Optional<Instant> readingVersion) {
            Instant version = readingVersion.orElse(seen == null ? null : seen.version());
            seen = new Seen(accepted, version);
        }

        // Exactly the case in which observe would leave everything as it is: same status, same version, no refusal
        // remembered (judging an equal status clears it).
        boolean unchangedBy(Shipment reading) {
            Seen now = seen;
            return now != null && lastRefused == null && now.version() != null
                    && reading.updatedAt().filter(now.version()::equals).isPresent()
                    && now.status().equals(reading.status());
        }

        boolean isNewerThan(Optional<Instant> readingVersion) {
            Seen now = seen;
            return now != null && now.version() != null && readingVersion.isPresent()
                    && readingVersion.get().isBefore(now.version());
        }
    }
}
