package io.parcelport.adapter.aftership;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.wire.aftership.WebhookBody;
import io.parcelport.wire.aftership.WebhookSignature;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Receives AfterShip Tracking webhooks: checks the {@code aftership-hmac-sha256} header (base64 HMAC-SHA256 of the raw
 * body with the webhook secret, compared in constant time), then reads the tracking in {@code msg} as a domain
 * {@link Shipment}, the same result the TrackingMore receiver gives.
 *
 * <p>The body must be the bytes exactly as received: re-encoding parsed JSON changes them and breaks the signature.
 * Nothing is returned before the signature matches, so a forged body yields no partial update. AfterShip's signature
 * covers no timestamp, so replays are not detectable here: de-duplicate on {@link Event#eventId()} (reference §6).
 * Thread-safe; the secret never appears in a message or in {@link #toString()}.
 */
public final class AfterShipWebhooks {
    /** The header that carries the signature. */
    public static final String SIGNATURE_HEADER = WebhookSignature.HEADER;

    private static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

    private final String secret;
    private final Clock clock;

    private AfterShipWebhooks(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    /** A receiver for webhooks signed with {@code secret} (Settings &gt; Webhooks), used as plain text. */
    public static AfterShipWebhooks create(String secret) {
        return create(secret, Clock.systemUTC());
    }

    /** As {@link #create(String)}, with {@code clock} for the registration time of a tracking that names none. */
    public static AfterShipWebhooks create(String secret, Clock clock) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(clock, "clock");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("webhook secret must not be empty");
        }
        return new AfterShipWebhooks(secret, clock);
    }

    /**
     * One verified webhook delivery.
     *
     * @param event the event code, e.g. {@code tracking_update}
     * @param eventId the id to de-duplicate deliveries on
     * @param sentAt when AfterShip says the event happened
     * @param firstOfTag whether this is the first update under the tracking's tag
     * @param shipment the tracking it reports
     */
    public record Event(String event, Optional<String> eventId, Optional<Instant> sentAt, boolean firstOfTag,
            Shipment shipment) {
    }

    /**
     * Verifies and reads one webhook body into the shipment it reports.
     *
     * @param body the raw POST body, exactly as received
     * @param signature the value of the {@value #SIGNATURE_HEADER} header; null when the header was missing
     * @throws WebhookVerificationException when the signature is missing or wrong, or the body is not a webhook
     */
    public Shipment receive(byte[] body, String signature) {
        return receiveEvent(body, signature).shipment();
    }

    /** As {@link #receive}, with the delivery's event code, id and time. */
    public Event receiveEvent(byte[] body, String signature) {
        Objects.requireNonNull(body, "body");
        if (body.length > MAX_BODY_BYTES) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED,
                    "body is larger than " + MAX_BODY_BYTES + " bytes", null);
        }
        if (signature == null || signature.isBlank()) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.FORGED,
                    "no " + SIGNATURE_HEADER + " header", null);
        }
        if (!WebhookSignature.verify(secret, body, signature)) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.FORGED,
                    SIGNATURE_HEADER + " does not match base64(HMAC-SHA256(secret, body))", null);
        }
        try {
            WebhookBody read = WebhookBody.read(body, clock.instant());
            return new Event(read.event(), read.eventId(), read.sentAt(), read.firstOfTag(), read.shipment());
        } catch (RuntimeException | StackOverflowError e) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED,
                    "signed body is not a readable tracking webhook: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "AfterShipWebhooks[secret=***]";
    }
}
