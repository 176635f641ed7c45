package io.parcelport.ports;

/** Which shipments a query returns with respect to archiving. */
public enum ArchivedFilter {
    /** Only archived shipments. */
    ARCHIVED_ONLY,
    /** Only shipments that are not archived. */
    ACTIVE_ONLY,
    /** Both. */
    EITHER
}
