package io.parcelport.adapter.inmemory;

import io.parcelport.domain.CarrierCode;
import io.parcelport.domain.CountryCode;
import io.parcelport.domain.DeliveryStatus;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.ManualStatus;
import io.parcelport.domain.Shipment;
import io.parcelport.domain.ShipmentKey;
import io.parcelport.domain.ShipmentStatus;
import io.parcelport.domain.StatusCounts;
import io.parcelport.domain.StatusUpdate;
import io.parcelport.domain.SubStatus;
import io.parcelport.domain.TrackingNumber;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.InvalidRequestException;
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
import io.parcelport.ports.out.DistinctKeys;
import io.parcelport.ports.out.ShipmentTracker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The registered shipments, behind one read-write lock: a batch is applied under the write lock, so no reader ever
 * sees half of it.
 *
 * <p>Three structures: a hash map by key, a sorted set in the port's stable order (registration time, then key), and
 * a queue of the next simulated step of each moving shipment. Before every call the store applies every step that
 * has come due by the clock, which keeps the per-status counters exact without scanning.
 */
final class ShipmentStore implements ShipmentTracker {

    // TrackingMore's SDK refuses anything else before sending (4014): at least 5 letters, digits, '-' or '_'.
    private static final Pattern VALID_NUMBER = Pattern.compile("[0-9A-Za-z_-]{5,}");
    private static final Comparator<Entry> STABLE_ORDER = Comparator.<Entry, Instant>comparing(e -> e.createdAt)
            .thenComparing(e -> e.key);

    private final Clock clock;
    private final BackendLimits limits;
    private final CarrierCatalog catalog;
    private final Quota quota;
    private final FaultInjector faults;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<ShipmentKey, Entry> byKey = new HashMap<>();
    private final TreeSet<Entry> ordered = new TreeSet<>(STABLE_ORDER);
    private final PriorityQueue<Entry> due = new PriorityQueue<>(Comparator.comparingLong(e -> e.nextDueMillis));
    private final long[] counts = new long[DeliveryStatus.values().length];
    private volatile long nextDue = Long.MAX_VALUE;
    private long serials;

    ShipmentStore(Clock clock, BackendLimits limits, CarrierCatalog catalog, Quota quota, FaultInjector faults) {
        this.clock = clock;
        this.limits = limits;
        this.catalog = catalog;
        this.quota = quota;
        this.faults = faults;
    }

    @Override
    public BackendLimits limits() {
        return limits;
    }

    // ---- create -------------------------------------------------------------------------------------------------

    @Override
    public ItemOutcome<Shipment> create(NewShipment shipment) {
        String op = "ShipmentTracker.create";
        faults.before(Faults.Operation.CREATE, op);
        return write(now -> {
            ItemOutcome<Entry> outcome = register(shipment, now, null, null);
            if (outcome.isRejectedFor(RejectionReason.QUOTA_EXHAUSTED)) {
                throw Quota.exhausted(op);
            }
            return outcome.map(e -> materialize(e, now));
        });
    }

    @Override
    public List<ItemOutcome<Shipment>> createAll(List<NewShipment> shipments) {
        String op = "ShipmentTracker.createAll";
        faults.before(Faults.Operation.CREATE, op);
        checkBatch(shipments, NewShipment::key, op);
        return write(now -> {
            List<ItemOutcome<Shipment>> outcomes = new ArrayList<>(shipments.size());
            for (NewShipment s : shipments) {
                outcomes.add(register(s, now, null, null).map(e -> materialize(e, now)));
            }
            return outcomes;
        });
    }

    /** Registers one shipment under the write lock; {@code createdAt} and {@code scenario} override for demo data. */
    private ItemOutcome<Entry> register(NewShipment s, Instant now, Instant createdAt, Scenario scenario) {
        Optional<Rejection> invalid = validate(s.key());
        if (invalid.isPresent()) {
            return ItemOutcome.rejected(invalid.get());
        }
        if (byKey.containsKey(s.key())) {
            return ItemOutcome.rejected(new Rejection(RejectionReason.ALREADY_EXISTS,
                    "tracking " + s.key() + " already exists", Optional.of("4016")));
        }
        if (!quota.tryCharge(1)) {
            return ItemOutcome.rejected(new Rejection(RejectionReason.QUOTA_EXHAUSTED,
                    "no quota left to register " + s.key(), Optional.of("4021")));
        }
        ShipmentKey key = new ShipmentKey(catalog.canonical(s.key().carrier()), s.key().trackingNumber());
        Entry e = new Entry(key, createdAt == null ? now : createdAt, ++serials, Details.of(s),
                scenario == null ? Scenario.of(key) : scenario);
        insert(e);
        advanceEntry(e, now);
        return ItemOutcome.accepted(e);
    }

    /** Loads a shipment registered in the past (demo data), charging nothing; steps due by now are applied. */
    void load(NewShipment s, Instant createdAt, Scenario scenario) {
        write(now -> {
            if (validate(s.key()).isEmpty() && !byKey.containsKey(s.key())) {
                ShipmentKey key = new ShipmentKey(catalog.canonical(s.key().carrier()), s.key().trackingNumber());
                Entry e = new Entry(key, createdAt, ++serials, Details.of(s), scenario);
                insert(e);
                advanceEntry(e, now);
            }
            return null;
        });
    }

    private Optional<Rejection> validate(ShipmentKey key) {
        if (catalog.profile(key.carrier()).isEmpty()) {
            return Optional.of(new Rejection(RejectionReason.INVALID_CARRIER,
                    "unknown carrier code '" + key.carrier() + "'", Optional.of("4015")));
        }
        if (!VALID_NUMBER.matcher(key.trackingNumber().value()).matches()) {
            return Optional.of(new Rejection(RejectionReason.INVALID_TRACKING_NUMBER,
                    "tracking number '" + key.trackingNumber() + "' must be at least 5 letters, digits, '-' or '_'",
                    Optional.of("4014")));
        }
        return Optional.empty();
    }

    // ---- read ---------------------------------------------------------------------------------------------------

    @Override
    public Optional<Shipment> find(ShipmentKey key) {
        faults.before(Faults.Operation.FIND, "ShipmentTracker.find");
        return read(now -> Optional.ofNullable(byKey.get(key)).map(e -> materialize(e, now)));
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
        if (page.size() > limits.maxPageSize()) {
            throw limitExceeded(op, "page size " + page.size() + " is over the limit of " + limits.maxPageSize());
        }
        if (query.numbers().size() > limits.maxQueryNumbers()) {
            throw limitExceeded(op, query.numbers().size() + " numbers are over the limit of "
                    + limits.maxQueryNumbers());
        }
        if (query.orderIds().size() > limits.maxQueryOrderIds()) {
            throw limitExceeded(op, query.orderIds().size() + " order ids are over the limit of "
                    + limits.maxQueryOrderIds());
        }
        Predicate<Entry> matches = matcher(query);
        return read(now -> {
            List<Shipment> items = new ArrayList<>();
            long offset = page.offset();
            long total = 0;
            for (Entry e : ordered) {
                if (!matches.test(e)) {
                    continue;
                }
                if (total >= offset && items.size() < page.size()) {
                    items.add(materialize(e, now));
                }
                total++;
            }
            return new Page<>(items, page, total);
        });
    }

    private static Predicate<Entry> matcher(ShipmentQuery q) {
        Set<TrackingNumber> numbers = new HashSet<>(q.numbers());
        Set<String> orderIds = new HashSet<>(q.orderIds());
        return e -> q.status().map(s -> e.effective() == s).orElse(true)
                && q.created().contains(e.createdAt)
                && (q.updated().isUnbounded() || q.updated().contains(e.updatedAt))
                && (q.ordered().isUnbounded() || e.details.orderInstant().map(q.ordered()::contains).orElse(false))
                && (numbers.isEmpty() || numbers.contains(e.key.trackingNumber()))
                && (orderIds.isEmpty() || e.details.orderId().map(orderIds::contains).orElse(false))
                && switch (q.archived()) {
                    case EITHER -> true;
                    case ARCHIVED_ONLY -> e.archived;
                    case ACTIVE_ONLY -> !e.archived;
                };
    }

    /** Counts per effective status: from the counters when unbounded, by a scan otherwise. */
    StatusCounts statusCounts(StatusCountQuery query) {
        return read(now -> {
            Map<DeliveryStatus, Long> result = new EnumMap<>(DeliveryStatus.class);
            if (query.created().isUnbounded() && query.ordered().isUnbounded()) {
                for (DeliveryStatus s : DeliveryStatus.values()) {
                    result.put(s, counts[s.ordinal()]);
                }
            } else {
                for (Entry e : ordered) {
                    if (query.created().contains(e.createdAt) && (query.ordered().isUnbounded()
                            || e.details.orderInstant().map(query.ordered()::contains).orElse(false))) {
                        result.merge(e.effective(), 1L, Long::sum);
                    }
                }
            }
            return new StatusCounts(result);
        });
    }

    /** How many shipments are registered. */
    int size() {
        return read(now -> byKey.size());
    }

    // ---- update -------------------------------------------------------------------------------------------------

    @Override
    public ItemOutcome<Shipment> update(ShipmentKey key, ShipmentChanges changes) {
        faults.before(Faults.Operation.UPDATE, "ShipmentTracker.update");
        return write(now -> change(key, changes, now));
    }

    @Override
    public List<ItemOutcome<Shipment>> updateAll(List<ShipmentUpdate> updates) {
        String op = "ShipmentTracker.updateAll";
        faults.before(Faults.Operation.UPDATE, op);
        checkBatch(updates, ShipmentUpdate::key, op);
        return write(now -> updates.stream().map(u -> change(u.key(), u.changes(), now)).toList());
    }

    private ItemOutcome<Shipment> change(ShipmentKey key, ShipmentChanges changes, Instant now) {
        Entry e = byKey.get(key);
        if (e == null) {
            return notFound(key);
        }
        DeliveryStatus before = e.effective();
        e.details = e.details.with(changes);
        changes.archived().ifPresent(a -> e.archived = a);
        changes.status().ifPresent(command -> {
            // Through the domain's transitions, so that an override keeps the carrier's status underneath.
            ShipmentStatus current = statusOf(e);
            StatusUpdate update = command.manualStatus()
                    .map(m -> current.override(m, now))
                    .orElseGet(() -> current.revertOverride(now));
            if (!update.isRejected()) {
                e.override = update.status().manualOverride().orElse(null);
            }
        });
        e.updatedAt = later(e.updatedAt, now);
        recount(before, e.effective());
        return ItemOutcome.accepted(materialize(e, now));
    }

    // ---- delete -------------------------------------------------------------------------------------------------

    @Override
    public ItemOutcome<ShipmentKey> delete(ShipmentKey key) {
        faults.before(Faults.Operation.DELETE, "ShipmentTracker.delete");
        return write(now -> remove(key));
    }

    @Override
    public List<ItemOutcome<ShipmentKey>> deleteAll(List<ShipmentKey> keys) {
        String op = "ShipmentTracker.deleteAll";
        faults.before(Faults.Operation.DELETE, op);
        checkBatch(keys, key -> key, op);
        return write(now -> keys.stream().map(this::remove).toList());
    }

    private ItemOutcome<ShipmentKey> remove(ShipmentKey key) {
        Entry e = byKey.remove(key);
        if (e == null) {
            return notFound(key);
        }
        ordered.remove(e);
        e.live = false; // the due queue drops it lazily when it comes up
        counts[e.effective().ordinal()]--;
        return ItemOutcome.accepted(e.key);
    }

    // ---- change carrier, stop, track now ------------------------------------------------------------------------

    @Override
    public ItemOutcome<Shipment> changeCarrier(ShipmentKey key, CarrierCode newCarrier) {
        faults.before(Faults.Operation.CHANGE_CARRIER, "ShipmentTracker.changeCarrier");
        return write(now -> {
            ShipmentKey newKey = new ShipmentKey(catalog.canonical(newCarrier), key.trackingNumber());
            Optional<Rejection> invalid = validate(newKey);
            if (invalid.isPresent() && invalid.get().reason() == RejectionReason.INVALID_CARRIER) {
                return ItemOutcome.rejected(invalid.get());
            }
            Entry old = byKey.get(key);
            if (old == null) {
                return notFound(key);
            }
            if (byKey.containsKey(newKey)) {
                return ItemOutcome.rejected(new Rejection(RejectionReason.ALREADY_EXISTS,
                        "tracking " + newKey + " already exists", Optional.of("4016")));
            }
            remove(key);
            // Same registration (time, id, details); the new carrier's history starts now.
            Entry moved = new Entry(newKey, old.createdAt, old.serial, old.details, Scenario.of(newKey));
            moved.archived = old.archived;
            moved.trackedSince = now;
            moved.updatedAt = later(old.updatedAt, now);
            insert(moved);
            advanceEntry(moved, now);
            return ItemOutcome.accepted(materialize(moved, now));
        });
    }

    @Override
    public List<ItemOutcome<ShipmentKey>> stopRefreshing(List<ShipmentKey> keys) {
        String op = "ShipmentTracker.stopRefreshing";
        faults.before(Faults.Operation.STOP_REFRESHING, op);
        checkBatch(keys, key -> key, op);
        return write(now -> keys.stream().map(key -> {
            Entry e = byKey.get(key);
            if (e == null) {
                return ShipmentStore.<ShipmentKey>notFound(key);
            }
            e.refreshing = false; // the due queue drops it lazily: it moves no more
            return ItemOutcome.accepted(e.key);
        }).toList());
    }

    @Override
    public ItemOutcome<Shipment> trackNow(NewShipment shipment) {
        String op = "ShipmentTracker.trackNow";
        faults.before(Faults.Operation.TRACK_NOW, op);
        return write(now -> {
            Entry existing = byKey.get(shipment.key());
            if (existing != null) {
                return ItemOutcome.accepted(materialize(existing, now));
            }
            ItemOutcome<Entry> outcome = register(shipment, now, null, null);
            if (outcome.isRejectedFor(RejectionReason.QUOTA_EXHAUSTED)) {
                throw Quota.exhausted(op);
            }
            return outcome.map(e -> materialize(e, now));
        });
    }

    // ---- the simulated clock ------------------------------------------------------------------------------------

    private void insert(Entry e) {
        byKey.put(e.key, e);
        ordered.add(e);
        counts[e.effective().ordinal()]++;
    }

    /** Applies every step of {@code e} due by {@code now}, then queues its next one. Under the write lock. */
    private void advanceEntry(Entry e, Instant now) {
        Simulator.Plan plan = planOf(e);
        long nowMillis = now.toEpochMilli();
        while (e.step + 1 < plan.size()) {
            Instant at = e.trackedSince.plus(plan.step(e.step + 1).offset());
            if (at.toEpochMilli() > nowMillis) {
                e.nextDueMillis = at.toEpochMilli();
                e.queued = true;
                due.add(e);
                nextDue = due.peek().nextDueMillis;
                return;
            }
            DeliveryStatus before = e.effective();
            Simulator.Step next = plan.step(e.step + 1);
            // The simulated carrier's report goes through the domain like any backend's; a refused one (a plan the
            // state machine forbids) still adds its events but leaves the status where it was.
            StatusUpdate moved = statusOf(e).observe(next.status(), SubStatus.ofNullable(next.subStatus()), at);
            e.step++;
            e.carrierStatus = (byte) moved.status().carrierStatus().ordinal();
            e.updatedAt = later(e.updatedAt, at);
            recount(before, e.effective());
        }
    }

    /** Applies every due step of every moving shipment. Under the write lock. */
    private void advanceAll(Instant now) {
        long nowMillis = now.toEpochMilli();
        while (!due.isEmpty() && due.peek().nextDueMillis <= nowMillis) {
            Entry e = due.poll();
            e.queued = false;
            if (e.live && e.refreshing) {
                advanceEntry(e, now);
            }
        }
        nextDue = due.isEmpty() ? Long.MAX_VALUE : due.peek().nextDueMillis;
    }

    Simulator.Plan planOf(Entry e) {
        return Simulator.plan(e.key, e.scenario(), catalog.profile(e.key.carrier()).orElseThrow().carrier().kind());
    }

    private void recount(DeliveryStatus before, DeliveryStatus after) {
        if (before != after) {
            counts[before.ordinal()]--;
            counts[after.ordinal()]++;
        }
    }

    private <T> T write(Function<Instant, T> action) {
        lock.writeLock().lock();
        try {
            // Read under the lock, so that writes are stamped in the order they happen and versions never go back.
            Instant now = clock.instant();
            advanceAll(now);
            return action.apply(now);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T read(Function<Instant, T> action) {
        Instant now = clock.instant();
        if (nextDue <= now.toEpochMilli()) {
            lock.writeLock().lock();
            try {
                now = clock.instant();
                advanceAll(now);
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

    // ---- reading an entry as a shipment -------------------------------------------------------------------------

    private ShipmentStatus statusOf(Entry e) {
        Simulator.Step step = planOf(e).step(e.step);
        // The sub-status belongs to the step whose status is in force; after a refused step there is none to show.
        Optional<SubStatus> sub = step.status() == e.carrierStatus() ? SubStatus.ofNullable(step.subStatus())
                : Optional.empty();
        ShipmentStatus carrier = ShipmentStatus.initial().observe(e.carrierStatus(), sub, e.updatedAt).status();
        if (e.override == null) {
            return carrier;
        }
        ManualStatus manual = e.override.status();
        return carrier.override(manual, e.override.setAt()).status();
    }

    private Shipment materialize(Entry e, Instant now) {
        CarrierCatalog.Profile profile = catalog.profile(e.key.carrier()).orElseThrow();
        Simulator.Plan plan = planOf(e);
        CountryCode origin = catalog.originOf(e.key.trackingNumber(), profile);
        Details d = e.details;
        CountryCode destination = Simulator.destination(e.key, plan, origin, d.destinationCountry());
        Simulator.View view = Simulator.view(e.key, plan, e.step, e.trackedSince, origin, destination,
                // International postal parcels are handed to the destination country's post, as in real life.
                plan.international() && profile.carrier().kind() == io.parcelport.domain.CarrierKind.POSTAL
                        ? catalog.postOf(destination).filter(c -> !c.code().equals(e.key.carrier()))
                        : Optional.empty(),
                profile.carrier().homepage().map(h -> h.startsWith("//") ? "https:" + h : h));
        Shipment.Builder b = Shipment.builder()
                .key(e.key)
                .backendId(String.format("%016x%016x", Simulator.seedOf(e.key) ^ e.serial, e.serial * 0x9E3779B97F4A7C15L))
                .status(statusOf(e))
                .orderId(d.orderId()).title(d.title()).orderTime(d.orderTime()).customerName(d.customerName())
                .customerEmails(d.customerEmails()).customerPhone(d.customerPhone())
                .originCountry(origin)
                .destinationCountry(d.destinationCountry().isPresent() ? d.destinationCountry()
                        : Optional.of(view.destination()))
                .carrierExtras(d.carrierExtras())
                .originLeg(view.originLeg()).destinationLeg(view.destinationLeg())
                .logisticsChannel(d.logisticsChannel()).comment(d.comment()).language(d.language())
                .createdAt(e.createdAt).updatedAt(e.updatedAt)
                .archived(e.archived).refreshing(e.refreshing);
        // Another thread may have applied steps with a later clock reading than the "now" this read started with;
        // the shipment is then shown as of its newest event, so that no count of days comes out negative.
        Instant asOf = view.lastEvent().filter(last -> last.isAfter(now)).orElse(now);
        view.firstEvent().ifPresent(first -> b.transitDays(
                (int) Duration.between(first, view.deliveredAt().orElse(asOf)).toDays()));
        view.lastEvent().ifPresent(last -> b.daysSinceLastEvent((int) Duration.between(last, asOf).toDays()));
        if (view.deliveredAt().isPresent() && view.subStatus().map(s -> s.code().equals("delivered003"))
                .orElse(false)) {
            b.signedBy(d.customerName().orElse("RECIPIENT"));
        }
        return b.build();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private <T> void checkBatch(List<T> items, Function<T, ShipmentKey> keyOf, String op) {
        DistinctKeys.require(items, keyOf, op.substring(op.indexOf('.') + 1) + " items");
        if (items.size() > limits.maxBatchSize()) {
            // TrackingMore's meta 202: "The largest number of 40 each operation."
            throw limitExceeded(op, "The largest number of " + limits.maxBatchSize() + " each operation ("
                    + items.size() + " given)");
        }
    }

    private static InvalidRequestException limitExceeded(String op, String message) {
        return new InvalidRequestException(BackendException.Failure.of(op), RejectionReason.LIMIT_EXCEEDED, message);
    }

    private static <T> ItemOutcome<T> notFound(ShipmentKey key) {
        return ItemOutcome.rejected(new Rejection(RejectionReason.NOT_FOUND, "tracking " + key + " does not exist",
                Optional.of("4017")));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
