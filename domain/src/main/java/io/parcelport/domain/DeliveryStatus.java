package io.parcelport.domain;

/**
 * The normalised delivery status of a shipment or of one tracking event, whatever backend reported it.
 */
public enum DeliveryStatus {
    /** Registered with the backend, not yet tracked at the carrier. */
    PENDING,
    /** The carrier has electronic information about the parcel but has not received it yet. */
    INFO_RECEIVED,
    /** The carrier has no tracking information for the number (yet). */
    NOT_FOUND,
    /** On its way to the recipient. */
    IN_TRANSIT,
    /** Out for delivery, or waiting for the recipient at a pickup point. */
    OUT_FOR_DELIVERY,
    /** Delivered to the recipient. */
    DELIVERED,
    /** The carrier tried to deliver and could not. */
    FAILED_ATTEMPT,
    /** Returned, refused, damaged, lost, held by customs or otherwise stuck. */
    EXCEPTION,
    /** Tracked too long without being delivered; the backend stopped tracking it. */
    EXPIRED,
    /** A status the backend reported that this version of Parcelport does not know. */
    UNKNOWN
}
