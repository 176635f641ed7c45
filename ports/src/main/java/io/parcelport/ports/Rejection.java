package io.parcelport.ports;

import java.util.Objects;
import java.util.Optional;

/**
 * Why one item was not done: a reason to act on, a message for people, and the backend's own code.
 *
 * @param reason what kind of refusal this is
 * @param message a human-readable explanation naming the item
 * @param backendCode the backend's own code for it, when it gave one (e.g. TrackingMore's {@code 4016})
 */
public record Rejection(RejectionReason reason, String message, Optional<String> backendCode) {
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(backendCode, "backendCode");
    }

    /** A rejection with no backend code. */
    public static Rejection of(RejectionReason reason, String message) {
        return new Rejection(reason, message, Optional.empty());
    }
}
