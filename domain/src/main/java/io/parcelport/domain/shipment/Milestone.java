package io.parcelport.domain.shipment;

/** A named step on a parcel's way that carriers and backends time-stamp separately from the event list. */
public enum Milestone {
    /** The first tracking information appeared. */
    RECEIVED,
    /** Dispatched from the outward office of exchange. */
    DISPATCHED,
    /** Left (or reached) the airport of departure. */
    DEPARTED_AIRPORT,
    /** Arrived in the destination country. */
    ARRIVED_ABROAD,
    /** Handed over to customs. */
    CUSTOMS,
    /** Arrived at the delivery office. */
    ARRIVED_AT_DELIVERY_OFFICE
}
