package io.parcelport.adapter.inmemory;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.TimeRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The registered entries, found by key, tracking number or order id, and listed and counted in the port's stable
 * order (registration time, then key) without walking them all.
 *
 * <p>Every entry sits in four {@link RankedEntries}: all entries, those of its effective status, and the same two
 * restricted to its archived flag (active or archived). A query picks the one list that matches its status and
 * archived filters exactly; its registration range is then a contiguous run of ranks, so the total and the page
 * cost O(log n + page). Queries naming tracking numbers or order ids start from the hash index of those instead and
 * sort the few candidates. Two filters have no index: the time of the last change (every simulated step would move
 * the entry) and the order time; a query using either scans the narrowest indexed candidate set (the registration
 * range of the matching list, or the candidates of its numbers or order ids) and tests each entry.
 *
 * <p>Not thread-safe: the {@link ShipmentStore} guards it with its read-write lock. Reading changes nothing, so
 * readers may share it. Every change of an entry's effective status or archived flag must be reported through
 * {@link #recount}, and every change of its order id through {@link #reindexOrderId}, for the lists to stay exact.
 */
final class EntryIndex {

    private static final DeliveryStatus[] STATUSES = DeliveryStatus.values();
    /** The column of {@link #lists} holding entries of every status. */
    private static final int ANY_STATUS = STATUSES.length;

    private final Map<ShipmentKey, Entry> byKey = new HashMap<>();
    /** An {@link Entry}, or an {@code Entry[]} for a number registered under several carriers. */
    private final Map<TrackingNumber, Object> byNumber = new HashMap<>();
    /** Like {@link #byNumber}, for the entries that have an order id. */
    private final Map<String, Object> byOrderId = new HashMap<>();
    /** Every live entry by its serial, which its backend id encodes (see {@link EntryView#backendIdOf}). */
    private final Map<Long, Entry> bySerial = new HashMap<>();
    /** Indexed by {@link ArchivedFilter} ordinal, then by status ordinal or {@link #ANY_STATUS}. */
    private final RankedEntries[][] lists = new RankedEntries[ArchivedFilter.values().length][STATUSES.length + 1];

    EntryIndex() {
        for (RankedEntries[] row : lists) {
            Arrays.setAll(row, i -> new RankedEntries());
        }
    }

    /** The entry registered under {@code key}, or null. */
    Entry get(ShipmentKey key) {
        return byKey.get(key);
    }

    /** The live entry with {@code serial}, or null. */
    Entry bySerial(long serial) {
        return bySerial.get(serial);
    }

    boolean contains(ShipmentKey key) {
        return byKey.containsKey(key);
    }

    int size() {
        return byKey.size();
    }

    void insert(Entry e) {
        byKey.put(e.key, e);
        bySerial.put(e.serial, e);
        link(byNumber, e.key.trackingNumber(), e);
        e.details.orderId().ifPresent(id -> link(byOrderId, id, e));
        e.indexedStatus = (byte) e.effective().ordinal();
        e.indexedArchived = e.archived;
        place(e, true);
    }

    /** Removes the entry under {@code key} and returns it, or null if there is none. */
    Entry remove(ShipmentKey key) {
        Entry e = byKey.remove(key);
        if (e == null) {
            return null;
        }
        bySerial.remove(e.serial, e);
        unlink(byNumber, e.key.trackingNumber(), e);
        e.details.orderId().ifPresent(id -> unlink(byOrderId, id, e));
        place(e, false);
        e.live = false; // the due queue drops it lazily when it comes up
        return e;
    }

    /** Moves {@code e} to the lists of its current effective status and archived flag, if either has changed. */
    void recount(Entry e) {
        byte status = (byte) e.effective().ordinal();
        if (status != e.indexedStatus || e.archived != e.indexedArchived) {
            place(e, false);
            e.indexedStatus = status;
            e.indexedArchived = e.archived;
            place(e, true);
        }
    }

    /** Moves {@code e} from the order id it had, {@code before}, to the one it has now. */
    void reindexOrderId(Entry e, Optional<String> before) {
        Optional<String> now = e.details.orderId();
        if (!now.equals(before)) {
            before.ifPresent(id -> unlink(byOrderId, id, e));
            now.ifPresent(id -> link(byOrderId, id, e));
        }
    }

    /** Adds {@code e} to, or removes it from, the four lists of its indexed status and archived flag. */
    private void place(Entry e, boolean add) {
        int archived = (e.indexedArchived ? ArchivedFilter.ARCHIVED_ONLY : ArchivedFilter.ACTIVE_ONLY).ordinal();
        int either = ArchivedFilter.EITHER.ordinal();
        for (RankedEntries list : new RankedEntries[] {lists[either][ANY_STATUS], lists[either][e.indexedStatus],
                lists[archived][ANY_STATUS], lists[archived][e.indexedStatus]}) {
            if (add) {
                list.add(e);
            } else if (!list.remove(e)) {
                throw new IllegalStateException("index out of step with " + e.key);
            }
        }
    }

    private static <K> void link(Map<K, Object> map, K k, Entry e) {
        map.merge(k, e, (old, add) -> {
            Entry[] had = old instanceof Entry one ? new Entry[] {one} : (Entry[]) old;
            Entry[] grown = Arrays.copyOf(had, had.length + 1);
            grown[had.length] = e;
            return grown;
        });
    }

    private static <K> void unlink(Map<K, Object> map, K k, Entry e) {
        map.computeIfPresent(k, (key, old) -> {
            if (old instanceof Entry one) {
                return one == e ? null : one;
            }
            Entry[] rest = Arrays.stream((Entry[]) old).filter(x -> x != e).toArray(Entry[]::new);
            return rest.length == 1 ? rest[0] : rest;
        });
    }

    private static <K> void collect(Map<K, Object> map, K k, List<Entry> into) {
        Object found = map.get(k);
        if (found instanceof Entry one) {
            into.add(one);
        } else if (found != null) {
            into.addAll(Arrays.asList((Entry[]) found));
        }
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    /** One page of the entries that {@code query} matches, in stable order, with the total of every page. */
    <T> Page<T> page(ShipmentQuery query, PageRequest page, Function<Entry, T> show) {
        if (!query.numbers().isEmpty() || !query.orderIds().isEmpty()) {
            return pageOfCandidates(query, page, show);
        }
        RankedEntries list = lists[query.archived().ordinal()][query.status().map(Enum::ordinal).orElse(ANY_STATUS)];
        int from = lowerRank(list, query.created());
        int to = upperRank(list, query.created());
        List<T> items = new ArrayList<>();
        long offset = page.offset();
        if (query.updated().isUnbounded() && query.ordered().isUnbounded()) {
            // Every entry of the run matches: the page is a slice of it.
            if (offset < to - from) {
                int start = from + (int) offset;
                list.forEach(start, Math.min(to, start + page.size()), e -> items.add(show.apply(e)));
            }
            return new Page<>(items, page, to - from);
        }
        Predicate<Entry> rest = unindexed(query);
        long[] total = {0};
        list.forEach(from, to, e -> {
            if (rest.test(e)) {
                if (total[0] >= offset && items.size() < page.size()) {
                    items.add(show.apply(e));
                }
                total[0]++;
            }
        });
        return new Page<>(items, page, total[0]);
    }

    /** The page of a query naming numbers or order ids: the few entries under them, tested, sorted and sliced. */
    private <T> Page<T> pageOfCandidates(ShipmentQuery query, PageRequest page, Function<Entry, T> show) {
        List<Entry> candidates = new ArrayList<>();
        // The numbers alone if there are any: every match is among them, and there are usually fewer of them.
        if (!query.numbers().isEmpty()) {
            query.numbers().forEach(n -> collect(byNumber, n, candidates));
        } else {
            query.orderIds().forEach(id -> collect(byOrderId, id, candidates));
        }
        Predicate<Entry> matches = matcher(query);
        // The query holds each number and order id once, and each entry sits under one of each: no duplicates.
        List<Entry> matching = new ArrayList<>();
        for (Entry e : candidates) {
            if (matches.test(e)) {
                matching.add(e);
            }
        }
        matching.sort(RankedEntries::compare);
        List<T> items = new ArrayList<>();
        long offset = page.offset();
        for (long i = offset; i < matching.size() && items.size() < page.size(); i++) {
            items.add(show.apply(matching.get((int) i)));
        }
        return new Page<>(items, page, matching.size());
    }

    /** The rank of the first entry of {@code list} registered within {@code range}. */
    private static int lowerRank(RankedEntries list, TimeRange range) {
        return range.from().map(t -> list.countBefore(t, false)).orElse(0);
    }

    /** The rank after the last entry of {@code list} registered within {@code range}. */
    private static int upperRank(RankedEntries list, TimeRange range) {
        return Math.max(lowerRank(list, range), range.to().map(t -> list.countBefore(t, true)).orElse(list.size()));
    }

    /** Every filter of {@code q}, for candidates that no list has already narrowed. */
    private static Predicate<Entry> matcher(ShipmentQuery q) {
        Set<TrackingNumber> numbers = new HashSet<>(q.numbers());
        Set<String> orderIds = new HashSet<>(q.orderIds());
        Predicate<Entry> rest = unindexed(q);
        return e -> q.status().map(s -> e.effective() == s).orElse(true)
                && q.created().contains(e.createdAt)
                && rest.test(e)
                && (numbers.isEmpty() || numbers.contains(e.key.trackingNumber()))
                && (orderIds.isEmpty() || e.details.orderId().map(orderIds::contains).orElse(false))
                && switch (q.archived()) {
                    case EITHER -> true;
                    case ARCHIVED_ONLY -> e.archived;
                    case ACTIVE_ONLY -> !e.archived;
                };
    }

    /** The filters that no list answers: the time of the last change and the order time. */
    private static Predicate<Entry> unindexed(ShipmentQuery q) {
        return e -> (q.updated().isUnbounded() || q.updated().contains(e.updatedAt))
                && (q.ordered().isUnbounded() || e.details.orderInstant().map(q.ordered()::contains).orElse(false));
    }

    /**
     * Counts per effective status: a run of ranks per status list when only registration is bounded, by a scan of
     * the registration range when the order time is.
     */
    StatusCounts statusCounts(StatusCountQuery query) {
        Map<DeliveryStatus, Long> result = new EnumMap<>(DeliveryStatus.class);
        RankedEntries[] either = lists[ArchivedFilter.EITHER.ordinal()];
        if (query.ordered().isUnbounded()) {
            for (DeliveryStatus s : STATUSES) {
                RankedEntries list = either[s.ordinal()];
                result.put(s, (long) (upperRank(list, query.created()) - lowerRank(list, query.created())));
            }
        } else {
            RankedEntries all = either[ANY_STATUS];
            all.forEach(lowerRank(all, query.created()), upperRank(all, query.created()), e -> {
                if (e.details.orderInstant().map(query.ordered()::contains).orElse(false)) {
                    result.merge(e.effective(), 1L, Long::sum);
                }
            });
        }
        return new StatusCounts(result);
    }
}
