package io.parcelport.ports;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a query's results to return: its number, its size, and for backends that page by cursor, the
 * continuation token the previous page handed out.
 *
 * <p>Page-number backends read {@link #page()}; cursor backends read {@link #cursor()} and count pages in
 * {@link #page()} only for people. Callers need not know which: they ask for {@link #first(int)} and follow
 * {@link Page#next()}.
 *
 * @param page the page number, from 1
 * @param size how many items per page, from 1 to the backend's {@link BackendLimits#maxPageSize()}
 * @param cursor the backend's opaque token for this page; empty for the first page and for page-number backends
 */
public record PageRequest(int page, int size, Optional<String> cursor) {
    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1: " + page);
        }
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + size);
        }
        Objects.requireNonNull(cursor, "cursor");
        if (cursor.isPresent() && cursor.get().isBlank()) {
            throw new IllegalArgumentException("a page cursor must not be blank");
        }
    }

    /** Page {@code page} of {@code size} items, by number. */
    public PageRequest(int page, int size) {
        this(page, size, Optional.empty());
    }

    /** The first page of {@code size} items. */
    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    /** The page after this one, by number. */
    public PageRequest next() {
        return new PageRequest(page + 1, size);
    }

    /** The page after this one, reached with the backend's continuation token {@code cursor}. */
    public PageRequest following(String cursor) {
        return new PageRequest(page + 1, size, Optional.of(cursor));
    }

    /** The index of the first item of this page among all results, from 0 (meaningful for page numbers). */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
