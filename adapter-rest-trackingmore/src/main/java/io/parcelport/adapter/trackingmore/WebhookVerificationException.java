package io.parcelport.adapter.trackingmore;

import java.util.Objects;

/** A webhook body that is forged, stale or malformed; nothing of it was accepted. */
public final class WebhookVerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a webhook was refused. */
    public enum Reason {
        /** The signature does not match: not sent by TrackingMore for this account, or altered. */
        FORGED,
        /** The timestamp is outside the accepted tolerance (a replay, or a badly wrong clock). */
        STALE,
        /** The body is not a TrackingMore webhook (not JSON, no verifyInfo, an unreadable tracking). */
        MALFORMED
    }

    private final Reason reason;

    WebhookVerificationException(Reason reason, String message) {
        this(reason, message, null);
    }

    WebhookVerificationException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the webhook was refused. */
    public Reason reason() {
        return reason;
    }
}
