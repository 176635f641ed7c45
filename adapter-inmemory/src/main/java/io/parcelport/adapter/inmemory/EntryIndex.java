package io.parcelport.adapter.inmemory;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCountQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The registered entries, found by key, listed in the port's stable order (registration time, then key) and counted
 * per effective status, so that an unbounded status count needs no scan.
 *
 * <p>Not thread-safe: the {@link ShipmentStore} guards it with its read-write lock, and every status change of an
 * entry must be reported through {@link #recount} for the counters to stay exact.
 */
final class EntryIndex {

    private static final Comparator<Entry> STABLE_ORDER = Comparator.<Entry, Instant>comparing(e -> e.createdAt)
            .thenComparing(e -> e.key);

    private final Map<ShipmentKey, Entry> byKey = new HashMap<>();
    private final TreeSet<Entry> ordered = new TreeSet<>(STABLE_ORDER);
    private final long[] counts = new long[DeliveryStatus.values().length];

    /** The entry registered under {@code key}, or null. */
    Entry get(ShipmentKey key) {
        return byKey.get(key);
    }

    boolean contains(ShipmentKey key) {
        return byKey.containsKey(key);
    }

    int size() {
        return byKey.size();
    }

    void insert(Entry e) {
        byKey.put(e.key, e);
        ordered.add(e);
        counts[e.effective().ordinal()]++;
    }

    /** Removes the entry under {@code key} and returns it, or null if there is none. */
    Entry remove(ShipmentKey key) {
        Entry e = byKey.remove(key);
        if (e == null) {
            return null;
        }
        ordered.remove(e);
        e.live = false; // the due queue drops it lazily when it comes up
        counts[e.effective().ordinal()]--;
        return e;
    }

    /** Moves one entry from the counter of {@code before} to that of {@code after}. */
    void recount(DeliveryStatus before, DeliveryStatus after) {
        if (before != after) {
            counts[before.ordinal()]--;
            counts[after.ordinal()]++;
        }
    }

    /** One page of the entries that {@code query} matches, in stable order, with the total of every page. */
    <T> Page<T> page(ShipmentQuery query, PageRequest page, Function<Entry, T> show) {
        Predicate<Entry> matches = matcher(query);
        List<T> items = new ArrayList<>();
        long offset = page.offset();
        long total = 0;
        for (Entry e : ordered) {
            if (!matches.test(e)) {
                continue;
            }
            if (total >= offset && items.size() < page.size()) {
                items.add(show.apply(e));
            }
            total++;
        }
        return new Page<>(items, page, total);
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
    }
}
