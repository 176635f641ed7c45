package io.parcelport.ports;

import java.util.List;
import java.util.Objects;

/**
 * One page of a query's results, with the total count of matching items.
 *
 * @param items the items of this page, in the backend's stable order
 * @param request the page that was asked for
 * @param total how many items match the query over all pages
 * @param <T> the item type
 */
public record Page<T>(List<T> items, PageRequest request, long total) {
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(request, "request");
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        if (items.size() > request.size()) {
            throw new IllegalArgumentException("page holds " + items.size() + " items, more than its size "
                    + request.size());
        }
    }

    /** Whether more items follow this page. */
    public boolean hasNext() {
        return request.offset() + items.size() < total && !items.isEmpty();
    }
}
