package io.parcelport.adapter.trackingmore;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.WebhookSignature;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireBinding;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Receives TrackingMore v2 webhooks: verifies the signature and the age of a POST body, then reads its tracking as a
 * domain {@link Shipment}.
 *
 * <p>TrackingMore v2 signs {@code verifyInfo.timeStr} (Unix seconds) with HMAC-SHA256 keyed by the account's e-mail
 * address and sends the lowercase hex digest as {@code verifyInfo.signature} (reference §6). The update itself is
 * the tracking object in {@code data}. Everything is checked before anything is returned: a forged, stale or
 * malformed body raises {@link WebhookVerificationException} and yields no partial update. Thread-safe.
 *
 * <p>Note what the scheme does and does not prove: the signature covers only the timestamp, not the body, so it
 * shows that someone who knows the account e-mail produced the timestamp; the tolerance limits replays of an old
 * one. Serve the webhook URL over https.
 */
public final class TrackingMoreWebhooks {
    /** Five minutes either way: enough for delivery delays and clock skew, short for a replay. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    // Timestamps above this are in milliseconds (10^11 s is the year 5138).
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;
    private static final int MAX_BODY_CHARS = 5 * 1024 * 1024;

    private final Duration tolerance;
    private final Clock clock;
    private final ShipmentMapper mapper;

    private TrackingMoreWebhooks(Duration tolerance, Clock clock) {
        this.tolerance = tolerance;
        this.clock = clock;
        this.mapper = new ShipmentMapper(clock);
    }

    /** A receiver with the default tolerance and the system clock. */
    public static TrackingMoreWebhooks create() {
        return create(DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    /** A receiver accepting timestamps up to {@code tolerance} away from {@code clock}'s now. */
    public static TrackingMoreWebhooks create(Duration tolerance, Clock clock) {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(clock, "clock");
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("tolerance must be positive: " + tolerance);
        }
        return new TrackingMoreWebhooks(tolerance, clock);
    }

    /**
     * Verifies and reads one webhook body.
     *
     * @param body the raw POST body as received
     * @param accountEmail the TrackingMore account's e-mail address, the signing key
     * @return the shipment as the webhook reports it
     * @throws WebhookVerificationException when the body is forged, stale or malformed
     */
    public Shipment receive(String body, String accountEmail) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(accountEmail, "accountEmail");
        if (accountEmail.isBlank()) {
            throw new IllegalArgumentException("account e-mail must not be blank");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw malformed("body is larger than " + MAX_BODY_CHARS + " characters", null);
        }
        JsonObject root = parse(body);
        if (!(root.get("verifyInfo") instanceof JsonObject verify)) {
            throw malformed("no verifyInfo object", null);
        }
        String timeStr = Wire.text(verify.get("timeStr"))
                .orElseThrow(() -> malformed("verifyInfo.timeStr is missing", null));
        String signature = Wire.text(verify.get("signature"))
                .orElseThrow(() -> malformed("verifyInfo.signature is missing", null));
        // The signature first: say nothing about the timestamp of a body we cannot trust.
        byte[] expected = hmacHex(accountEmail.strip(), timeStr).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.FORGED,
                    "verifyInfo.signature does not match HMAC-SHA256(account e-mail, timeStr)");
        }
        Instant sent = timestamp(timeStr);
        Duration age = Duration.between(sent, clock.instant()).abs();
        if (age.compareTo(tolerance) > 0) {
            throw new WebhookVerificationException(WebhookVerificationException.Reason.STALE,
                    "timeStr " + timeStr + " (" + sent + ") is " + age.toSeconds() + " s away from now, more than "
                            + tolerance.toSeconds() + " s");
        }
        JsonValue data = root.get("data");
        if (!(data instanceof JsonObject)) {
            throw malformed("data is not a tracking object", null);
        }
        try {
            return mapper.shipment(data, Optional.empty(), Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            throw malformed("data is not a readable tracking: " + e.getMessage(), e);
        }
    }

    /** The signature TrackingMore sends for {@code timeStr}: lowercase hex HMAC-SHA256 keyed by the e-mail. */
    static String hmacHex(String accountEmail, String timeStr) {
        return WebhookSignature.sign(accountEmail, timeStr);
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = WireBinding.reader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
            throw malformed("body is JSON but not an object", null);
        } catch (WebhookVerificationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Malformed, truncated or nested deeper than the parser allows: refused like any forged body.
            throw malformed("body is not JSON", e);
        }
    }

    private static Instant timestamp(String timeStr) {
        if (!timeStr.matches("\\d{1,15}")) {
            throw malformed("verifyInfo.timeStr is not a Unix timestamp: '" + timeStr.replaceAll("\\p{Cntrl}", "?")
                    + "'", null);
        }
        long value = Long.parseLong(timeStr);
        return value >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }

    private static WebhookVerificationException malformed(String message, Throwable cause) {
        return new WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED, message, cause);
    }
}
