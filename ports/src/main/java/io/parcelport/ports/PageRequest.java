package io.parcelport.ports;

/**
 * Which page of a query's results to return: 1-based page number and page size.
 *
 * @param page the page number, from 1
 * @param size how many items per page, from 1 to the backend's {@link BackendLimits#maxPageSize()}
 */
public record PageRequest(int page, int size) {
    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1: " + page);
        }
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + size);
        }
    }

    /** The first page of {@code size} items. */
    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    /** The page after this one. */
    public PageRequest next() {
        return new PageRequest(page + 1, size);
    }

    /** The index of the first item of this page among all results, from 0. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
