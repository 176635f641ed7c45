package io.parcelport.domain.shipment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many shipments are in each delivery status.
 *
 * @param counts the count per status; statuses not in the map count zero
 */
public record StatusCounts(Map<DeliveryStatus, Long> counts) {
    public StatusCounts {
        EnumMap<DeliveryStatus, Long> copy = new EnumMap<>(DeliveryStatus.class);
        for (Map.Entry<DeliveryStatus, Long> e : Objects.requireNonNull(counts, "counts").entrySet()) {
            long n = Objects.requireNonNull(e.getValue(), "count");
            if (n < 0) {
                throw new IllegalArgumentException("count for " + e.getKey() + " must not be negative: " + n);
            }
            if (n > 0) {
                copy.put(e.getKey(), n);
            }
        }
        counts = Collections.unmodifiableMap(copy);
    }

    /** No shipments at all. */
    public static StatusCounts empty() {
        return new StatusCounts(Map.of());
    }

    /** The count for one status. */
    public long count(DeliveryStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    /** The count over every status. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
