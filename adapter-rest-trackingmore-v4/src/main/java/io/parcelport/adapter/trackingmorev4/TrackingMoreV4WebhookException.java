package io.parcelport.adapter.trackingmorev4;

/** A v4 webhook body was refused: its signature does not match, its timestamp is stale, or it is not readable. */
public final class TrackingMoreV4WebhookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a webhook was refused. */
    public enum Reason {
        /** The signature is missing or does not match. */
        FORGED,
        /** The signed timestamp is too far from now. */
        STALE,
        /** The body or a header is not what a webhook carries. */
        MALFORMED
    }

    private final Reason reason;

    public TrackingMoreV4WebhookException(Reason reason, String message) {
        this(reason, message, null);
    }

    public TrackingMoreV4WebhookException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the webhook was refused. */
    public Reason reason() {
        return reason;
    }
}
