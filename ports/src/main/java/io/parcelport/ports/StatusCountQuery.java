package io.parcelport.ports;

import java.util.Objects;

/**
 * Which shipments to count per status: those registered, and whose orders were placed, within the ranges.
 *
 * @param created registered within this range
 * @param ordered order placed within this range (order times are read as UTC)
 */
public record StatusCountQuery(TimeRange created, TimeRange ordered) {
    /** Count every shipment. */
    public static final StatusCountQuery ALL = new StatusCountQuery(TimeRange.ANY, TimeRange.ANY);

    public StatusCountQuery {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(ordered, "ordered");
    }
}
