package io.parcelport.adapter.aftership;

import java.util.Objects;

/** An AfterShip webhook that is forged, altered or malformed; nothing of it was accepted. */
public final class WebhookVerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a webhook was refused. */
    public enum Reason {
        /** No signature, or one that does not match: not sent by AfterShip for this secret, or altered on the way. */
        FORGED,
        /** Signed correctly but not an AfterShip tracking webhook (not JSON, no {@code msg}, an unreadable tracking). */
        MALFORMED
    }

    private final Reason reason;

    WebhookVerificationException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the webhook was refused. */
    public Reason reason() {
        return reason;
    }
}
