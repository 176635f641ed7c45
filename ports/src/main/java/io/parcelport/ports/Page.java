package io.parcelport.ports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a query's results, with the request for the page after it and, where the backend counts them, the
 * total number of matching items.
 *
 * @param items the items of this page, in the backend's stable order
 * @param request the page that was asked for
 * @param total how many items match the query over all pages, when the backend says ({@link Capability#QUERY_TOTAL})
 * @param next the request for the following page; empty on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, PageRequest request, OptionalLong total, Optional<PageRequest> next) {
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(next, "next");
        if (total.isPresent() && total.getAsLong() < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total.getAsLong());
        }
        if (items.size() > request.size()) {
            throw new IllegalArgumentException("page holds " + items.size() + " items, more than its size "
                    + request.size());
        }
    }

    /** A page of a backend that counts: the next page follows while items remain past this one. */
    public Page(List<T> items, PageRequest request, long total) {
        this(items, request, OptionalLong.of(total),
                request.offset() + items.size() < total && !items.isEmpty() ? Optional.of(request.next())
                        : Optional.empty());
    }

    /**
     * A page of a page-number backend that does not count: a full page may have a successor, which may turn out
     * empty; a short or empty page is the last.
     */
    public static <T> Page<T> uncounted(List<T> items, PageRequest request) {
        return new Page<>(items, request, OptionalLong.empty(),
                items.size() == request.size() ? Optional.of(request.next()) : Optional.empty());
    }

    /** A page of a cursor backend: {@code nextCursor} is the backend's token for the following page, if any. */
    public static <T> Page<T> withCursor(List<T> items, PageRequest request, Optional<String> nextCursor) {
        return new Page<>(items, request, OptionalLong.empty(), nextCursor.map(request::following));
    }

    /** Whether more items may follow this page. */
    public boolean hasNext() {
        return next.isPresent();
    }
}
