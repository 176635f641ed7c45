package io.parcelport.application;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.in.FollowShipmentsUseCase;
import io.parcelport.ports.in.ShipmentEventListener;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.ports.out.TrackingAccount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads registered shipments: one by key, any number by query as a lazy stream, and counts per status; every
 * shipment read passes through the {@link ShipmentEvents} hub, so listeners hear of status changes.
 *
 * <p>Queries page through the backend: page 1 is fetched when the stream's first element is wanted, page {@code
 * n + 1} only once page {@code n} is consumed, so a stream over a million shipments holds one page at a time. Pacing
 * and retrying page calls is the backend's business (it knows its vendor's rates).
 *
 * <p>A query naming more tracking numbers or order ids than the backend takes in one filter is split into several
 * backend queries, one per (numbers chunk, order ids chunk) pair, and their results are concatenated in that order:
 * numbers chunk by numbers chunk, and within one, order ids chunk by order ids chunk; each part in the backend's
 * stable order. Since a shipment has one number and one order id, no shipment appears in two parts. The whole
 * result is therefore not in the backend's global order when the query was split.
 */
final class FollowShipmentsService implements FollowShipmentsUseCase {

    private final ShipmentTracker tracker;
    private final TrackingAccount account;
    private final ShipmentEvents events;
    private final int defaultPageSize;
    private final int maxPageSize;
    private final int maxNumbers;
    private final int maxOrderIds;

    /**
     * A service over {@code tracker} and {@code account}.
     *
     * @param tracker the backend's shipments
     * @param account the backend's account, for status counts
     * @param events the hub that hears what reads observe
     * @param pageSize the page size of {@link #query(ShipmentQuery)}, from 1 to the backend's maximum; 0 for the
     *     maximum
     */
    FollowShipmentsService(ShipmentTracker tracker, TrackingAccount account, ShipmentEvents events,
            int pageSize) {
        this.tracker = tracker;
        this.account = account;
        this.events = events;
        this.maxPageSize = tracker.limits().maxPageSize();
        this.maxNumbers = tracker.limits().maxQueryNumbers();
        this.maxOrderIds = tracker.limits().maxQueryOrderIds();
        this.defaultPageSize = pageSize == 0 ? maxPageSize : checkedPageSize(pageSize);
    }

    @Override
    public Optional<Shipment> find(ShipmentKey key) {
        Objects.requireNonNull(key, "key");
        return tracker.find(key).map(events::observe);
    }

    @Override
    public Optional<Shipment> find(ShipmentKey key, LanguageCode language) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(language, "language");
        return tracker.find(key, language).map(events::observe);
    }

    @Override
    public Stream<Shipment> query(ShipmentQuery query) {
        return query(query, defaultPageSize);
    }

    @Override
    public Stream<Shipment> query(ShipmentQuery query, int pageSize) {
        Objects.requireNonNull(query, "query");
        int size = checkedPageSize(pageSize);
        // One iterator over every part and page rather than flatMap: a flatMapped inner stream may be drained whole
        // into a buffer when the outer stream is consumed through iterator(), which would fetch every page at once.
        Iterator<Shipment> shipments = new PageIterator(split(query), size);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(shipments,
                Spliterator.ORDERED | Spliterator.NONNULL), false)
                .map(events::observe);
    }

    @Override
    public Page<Shipment> page(ShipmentQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        checkedPageSize(page.size());
        if (split(query).size() > 1) {
            throw new IllegalArgumentException("a single page can filter on at most " + maxNumbers
                    + " tracking numbers and " + maxOrderIds + " order ids; query(...) splits larger filters: "
                    + query.numbers().size() + " numbers, " + query.orderIds().size() + " order ids");
        }
        Page<Shipment> found = tracker.query(query, page);
        return new Page<>(found.items().stream().map(events::observe).toList(), found.request(), found.total(),
                found.next());
    }

    @Override
    public StatusCounts statusCounts(StatusCountQuery query) {
        return account.statusCounts(Objects.requireNonNull(query, "query"));
    }

    @Override
    public Shipment receive(Shipment pushed) {
        return events.observe(Objects.requireNonNull(pushed, "pushed"));
    }

    @Override
    public AutoCloseable subscribe(ShipmentEventListener listener) {
        return events.subscribe(listener);
    }

    /** The backend queries {@code query} is split into, each within the backend's filter limits. */
    List<ShipmentQuery> split(ShipmentQuery query) {
        List<List<TrackingNumber>> numberParts = query.numbers().isEmpty() ? List.of(List.of())
                : BatchRunner.chunks(query.numbers(), maxNumbers);
        List<List<String>> orderParts = query.orderIds().isEmpty() ? List.of(List.of())
                : BatchRunner.chunks(query.orderIds(), maxOrderIds);
        if (numberParts.size() == 1 && orderParts.size() == 1) {
            return List.of(query);
        }
        List<ShipmentQuery> parts = new ArrayList<>(numberParts.size() * orderParts.size());
        for (List<TrackingNumber> numbers : numberParts) {
            for (List<String> orderIds : orderParts) {
                parts.add(query.toBuilder().numbers(numbers).orderIds(orderIds).build());
            }
        }
        return parts;
    }

    private int checkedPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > maxPageSize) {
            throw new IllegalArgumentException("page size must be from 1 to the backend's " + maxPageSize + ": "
                    + pageSize);
        }
        return pageSize;
    }

    /**
     * Walks the pages of each part in turn, fetching the next page only when the current one is used up, and the
     * first page of a part only when the previous part is exhausted.
     */
    private final class PageIterator implements Iterator<Shipment> {
        private final Iterator<ShipmentQuery> parts;
        private final int size;
        private ShipmentQuery part;
        private PageRequest nextRequest;
        private Iterator<Shipment> current = Collections.emptyIterator();

        PageIterator(List<ShipmentQuery> parts, int size) {
            this.parts = parts.iterator();
            this.size = size;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (nextRequest == null) {
                    if (!parts.hasNext()) {
                        return false;
                    }
                    part = parts.next();
                    nextRequest = PageRequest.first(size);
                }
                PageRequest request = nextRequest;
                Page<Shipment> page = tracker.query(part, request);
                current = page.items().iterator();
                // The backend's own next request (a page number or its cursor); an empty page ends the walk even
                // when a backend offers a next one, so a backend whose total is off cannot loop us forever.
                nextRequest = page.items().isEmpty() ? null : page.next().orElse(null);
            }
            return true;
        }

        @Override
        public Shipment next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
