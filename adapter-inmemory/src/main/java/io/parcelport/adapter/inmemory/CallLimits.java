package io.parcelport.adapter.inmemory;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.out.DistinctKeys;
import java.util.List;
import java.util.function.Function;

/**
 * The checks a call must pass before the store does anything: batches within the limit and naming each shipment once,
 * pages and filters within theirs. Stateless, so it needs no lock.
 */
final class CallLimits {

    private final BackendLimits limits;

    CallLimits(BackendLimits limits) {
        this.limits = limits;
    }

    BackendLimits limits() {
        return limits;
    }

    /** Refuses a batch that names a shipment twice or is over the batch limit. */
    <T> void checkBatch(List<T> items, Function<T, ShipmentKey> keyOf, String op) {
        DistinctKeys.require(items, keyOf, op.substring(op.indexOf('.') + 1) + " items");
        if (items.size() > limits.maxBatchSize()) {
            // TrackingMore's meta 202: "The largest number of 40 each operation."
            throw Refusals.limitExceeded(op, "The largest number of " + limits.maxBatchSize() + " each operation ("
                    + items.size() + " given)");
        }
    }

    /** Refuses a page over the page limit, or a filter with more numbers or order ids than allowed. */
    void checkQuery(ShipmentQuery query, PageRequest page, String op) {
        if (page.size() > limits.maxPageSize()) {
            throw Refusals.limitExceeded(op, "page size " + page.size() + " is over the limit of "
                    + limits.maxPageSize());
        }
        if (query.numbers().size() > limits.maxQueryNumbers()) {
            throw Refusals.limitExceeded(op, query.numbers().size() + " numbers are over the limit of "
                    + limits.maxQueryNumbers());
        }
        if (query.orderIds().size() > limits.maxQueryOrderIds()) {
            throw Refusals.limitExceeded(op, query.orderIds().size() + " order ids are over the limit of "
                    + limits.maxQueryOrderIds());
        }
    }
}
