package io.parcelport.ports;

/** Why a backend refused one item of a batch, or a whole request. */
public enum RejectionReason {
    /** The shipment is already registered; for an import, this item is done. */
    ALREADY_EXISTS,
    /** No such shipment (or air waybill) is registered or known. */
    NOT_FOUND,
    /** The tracking number is missing or malformed. */
    INVALID_TRACKING_NUMBER,
    /** The carrier code is unknown or malformed. */
    INVALID_CARRIER,
    /** No carrier could be detected for the number; name one. */
    CARRIER_NOT_DETECTED,
    /** Some other field is missing or malformed. */
    INVALID_FIELD,
    /** More items, numbers or rows than the backend takes in one call. */
    LIMIT_EXCEEDED,
    /** The account's quota ran out before this item. */
    QUOTA_EXHAUSTED,
    /** The backend does not allow this change (e.g. a status other than delivered or exception by hand). */
    NOT_ALLOWED,
    /** The backend failed on this item for a reason of its own. */
    BACKEND_ERROR
}
