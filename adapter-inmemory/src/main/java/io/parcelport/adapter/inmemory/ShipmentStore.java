package io.parcelport.adapter.inmemory;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.domain.shipment.StatusUpdate;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.out.ShipmentTracker;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The registered shipments, behind one read-write lock: a batch is applied under the write lock, so no reader ever
 * sees half of it.
 *
 * <p>The store takes the port's calls, checks them against the {@link CallLimits} and applies them under its lock; a
 * {@link Registrar} decides who gets in, an {@link EntryIndex} finds, lists and counts the entries, a
 * {@link StepQueue} moves the simulated parcels and an {@link EntryView} shows an entry as a shipment. Before every
 * call the store applies every step that has come due by the clock, which keeps the per-status lists exact without
 * scanning. Everything mutable in those parts is guarded by this store's lock, read with the read lock and changed
 * with the write lock.
 */
final class ShipmentStore implements ShipmentTracker {

    private final Clock clock;
    private final CallLimits checks;
    private final FaultInjector faults;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final EntryIndex index = new EntryIndex();
    private final EntryView view;
    private final StepQueue steps;
    private final Registrar registrar;

    ShipmentStore(Clock clock, BackendLimits limits, CarrierCatalog catalog, Quota quota, FaultInjector faults) {
        this.clock = clock;
        this.checks = new CallLimits(limits);
        this.faults = faults;
        this.view = new EntryView(catalog);
        this.steps = new StepQueue(index, view);
        this.registrar = new Registrar(catalog, quota, index, steps);
    }

    @Override
    public BackendLimits limits() {
        return checks.limits();
    }

    // ---- create -------------------------------------------------------------------------------------------------

    @Override
    public ItemOutcome<Shipment> create(NewShipment shipment) {
        String op = "ShipmentTracker.create";
        faults.before(Faults.Operation.CREATE, op);
        return write(now -> registerOne(shipment, now, op, false));
    }

    @Override
    public List<ItemOutcome<Shipment>> createAll(List<NewShipment> shipments) {
        return writeEach(Faults.Operation.CREATE, "ShipmentTracker.createAll", shipments, NewShipment::key,
                (s, now) -> registrar.register(s, now).map(e -> view.materialize(e, now)));
    }

    /** Registers one shipment of a single call, where no quota is a failure of the call, not a rejection. */
    private ItemOutcome<Shipment> registerOne(NewShipment shipment, Instant now, String op, boolean firstSight) {
        ItemOutcome<Entry> outcome = registrar.register(shipment, now, firstSight);
        if (outcome.isRejectedFor(RejectionReason.QUOTA_EXHAUSTED)) {
            throw Quota.exhausted(op);
        }
        return outcome.map(e -> view.materialize(e, now));
    }

    /** Loads a shipment registered in the past (demo data), charging nothing; steps due by now are applied. */
    void load(NewShipment s, Instant createdAt, Scenario scenario) {
        write(now -> {
            registrar.load(s, now, createdAt, scenario);
            return null;
        });
    }

    // ---- read ---------------------------------------------------------------------------------------------------

    @Override
    public Optional<Shipment> find(ShipmentKey key) {
        faults.before(Faults.Operation.FIND, "ShipmentTracker.find");
        return read(now -> Optional.ofNullable(index.get(key)).map(e -> view.materialize(e, now)));
    }

    @Override
    public Optional<Shipment> find(ShipmentKey key, LanguageCode language) {
        // The simulated carriers speak English only, as most carriers do at TrackingMore.
        return find(key);
    }

    @Override
    public Page<Shipment> query(ShipmentQuery query, PageRequest page) {
        String op = "ShipmentTracker.query";
        faults.before(Faults.Operation.QUERY, op);
        checks.checkQuery(query, page, op);
        return read(now -> index.page(query, page, e -> view.materialize(e, now)));
    }

    /**
     * The key of the live shipment whose backend id is {@code backendId} (any case), found through the serial the id
     * encodes: O(1), whatever the number of shipments. Empty for an id no live shipment has, or text of another form.
     */
    Optional<ShipmentKey> keyOf(String backendId) {
        OptionalLong serial = EntryView.serialOf(backendId);
        if (serial.isEmpty()) {
            return Optional.empty();
        }
        return read(now -> Optional.ofNullable(index.bySerial(serial.getAsLong()))
                .filter(e -> EntryView.backendIdOf(e).equalsIgnoreCase(backendId)).map(e -> e.key));
    }

    /** Counts per effective status, from the index's per-status lists unless the order time is bounded. */
    StatusCounts statusCounts(StatusCountQuery query) {
        return read(now -> index.statusCounts(query));
    }

    /** How many shipments are registered. */
    int size() {
        return read(now -> index.size());
    }

    // ---- update -------------------------------------------------------------------------------------------------

    @Override
    public ItemOutcome<Shipment> update(ShipmentKey key, ShipmentChanges changes) {
        faults.before(Faults.Operation.UPDATE, "ShipmentTracker.update");
        return write(now -> change(key, changes, now));
    }

    @Override
    public List<ItemOutcome<Shipment>> updateAll(List<ShipmentUpdate> updates) {
        return writeEach(Faults.Operation.UPDATE, "ShipmentTracker.updateAll", updates, ShipmentUpdate::key,
                (u, now) -> change(u.key(), u.changes(), now));
    }

    private ItemOutcome<Shipment> change(ShipmentKey key, ShipmentChanges changes, Instant now) {
        Entry e = index.get(key);
        if (e == null) {
            return Refusals.notFound(key);
        }
        Optional<String> orderIdBefore = e.details.orderId();
        e.details = e.details.with(changes);
        changes.archived().ifPresent(a -> e.archived = a);
        changes.status().ifPresent(command -> {
            // Through the domain's transitions, so that an override keeps the carrier's status underneath.
            ShipmentStatus current = view.statusOf(e);
            StatusUpdate update = command.manualStatus()
                    .map(m -> current.override(m, now))
                    .orElseGet(() -> current.revertOverride(now));
            if (!update.isRejected()) {
                e.override = update.status().manualOverride().orElse(null);
            }
        });
        e.touch(now);
        index.recount(e);
        index.reindexOrderId(e, orderIdBefore);
        return ItemOutcome.accepted(view.materialize(e, now));
    }

    // ---- delete -------------------------------------------------------------------------------------------------

    @Override
    public ItemOutcome<ShipmentKey> delete(ShipmentKey key) {
        faults.before(Faults.Operation.DELETE, "ShipmentTracker.delete");
        return write(now -> remove(key));
    }

    @Override
    public List<ItemOutcome<ShipmentKey>> deleteAll(List<ShipmentKey> keys) {
        return writeEach(Faults.Operation.DELETE, "ShipmentTracker.deleteAll", keys, key -> key,
                (key, now) -> remove(key));
    }

    private ItemOutcome<ShipmentKey> remove(ShipmentKey key) {
        Entry e = index.remove(key);
        return e == null ? Refusals.notFound(key) : ItemOutcome.accepted(e.key);
    }

    // ---- change carrier, stop, track now ------------------------------------------------------------------------

    @Override
    public ItemOutcome<Shipment> changeCarrier(ShipmentKey key, CarrierCode newCarrier) {
        faults.before(Faults.Operation.CHANGE_CARRIER, "ShipmentTracker.changeCarrier");
        return write(now -> {
            ShipmentKey newKey = registrar.canonical(new ShipmentKey(newCarrier, key.trackingNumber()));
            Optional<Rejection> invalid = registrar.validate(newKey);
            if (invalid.isPresent() && invalid.get().reason() == RejectionReason.INVALID_CARRIER) {
                return ItemOutcome.rejected(invalid.get());
            }
            Entry old = index.get(key);
            if (old == null) {
                return Refusals.notFound(key);
            }
            if (index.contains(newKey)) {
                return Refusals.alreadyExists(newKey);
            }
            remove(key);
            // Same registration (time, id, details); the new carrier's history starts now.
            Entry moved = new Entry(newKey, old.createdAt, old.serial, old.details, Scenario.of(newKey));
            moved.archived = old.archived;
            moved.trackedSince = now;
            moved.updatedAt = old.updatedAt;
            moved.touch(now);
            registrar.admit(moved, now);
            return ItemOutcome.accepted(view.materialize(moved, now));
        });
    }

    @Override
    public List<ItemOutcome<ShipmentKey>> stopRefreshing(List<ShipmentKey> keys) {
        return writeEach(Faults.Operation.STOP_REFRESHING, "ShipmentTracker.stopRefreshing", keys, key -> key,
                (key, now) -> {
                    Entry e = index.get(key);
                    if (e == null) {
                        return Refusals.<ShipmentKey>notFound(key);
                    }
                    e.refreshing = false; // the due queue drops it lazily: it moves no more
                    return ItemOutcome.accepted(e.key);
                });
    }

    @Override
    public ItemOutcome<Shipment> trackNow(NewShipment shipment) {
        String op = "ShipmentTracker.trackNow";
        faults.before(Faults.Operation.TRACK_NOW, op);
        return write(now -> {
            Entry existing = index.get(shipment.key());
            if (existing != null) {
                return ItemOutcome.accepted(view.materialize(existing, now));
            }
            // Never seen: the carrier has had it for a while, and the answer shows what it knows (reference 5.9).
            return registerOne(shipment, now, op, true);
        });
    }

    // ---- the lock -----------------------------------------------------------------------------------------------

    /** A many-item call: the fault hook, the batch checks, then each item in order, all under one write lock. */
    private <T, R> List<ItemOutcome<R>> writeEach(Faults.Operation kind, String op, List<T> items,
            Function<T, ShipmentKey> keyOf, BiFunction<T, Instant, ItemOutcome<R>> each) {
        faults.before(kind, op);
        checks.checkBatch(items, keyOf, op);
        return write(now -> items.stream().map(item -> each.apply(item, now)).toList());
    }

    private <T> T write(Function<Instant, T> action) {
        lock.writeLock().lock();
        try {
            // Read under the lock, so that writes are stamped in the order they happen and versions never go back.
            Instant now = clock.instant();
            steps.advanceAll(now);
            return action.apply(now);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T read(Function<Instant, T> action) {
        Instant now = clock.instant();
        if (steps.hasDue(now)) {
            lock.writeLock().lock();
            try {
                now = clock.instant();
                steps.advanceAll(now);
            } finally {
                lock.writeLock().unlock();
            }
        }
        Instant asOf = now;
        lock.readLock().lock();
        try {
            return action.apply(asOf);
        } finally {
            lock.readLock().unlock();
        }
    }
}
