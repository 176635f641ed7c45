package io.parcelport.adapter.trackingmorev4;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How a v4 webhook's signature is checked. v4 documents no settled scheme (v4 reference §10: the prose says a base64
 * HMAC-SHA256 of the body, the sample a hex HMAC-SHA256 of a timestamp, and no source names the header), so the scheme
 * is chosen here: {@link #none()} (the default, until a real delivery has been captured),
 * {@link #bodyHmacBase64}, or {@link #timestampHmacHex}. Signatures are compared in constant time; the secret never
 * appears in a message or a {@code toString()}.
 */
public interface TrackingMoreV4WebhookVerifier {

    /**
     * Checks one delivery.
     *
     * @param body the raw body, as received
     * @param headers the request's headers (names compared without case)
     * @throws TrackingMoreV4WebhookException when the delivery is forged, stale or malformed
     */
    void verify(byte[] body, Map<String, String> headers);

    /** No check at all: every delivery is taken as it comes. */
    static TrackingMoreV4WebhookVerifier none() {
        return V4WebhookSchemes.NONE;
    }

    /**
     * The reference's prose: header {@code header} carries base64(HMAC-SHA256(secret, body)).
     *
     * @param secret the account's webhook secret
     * @param header the header's name, e.g. {@code signature}
     */
    static TrackingMoreV4WebhookVerifier bodyHmacBase64(String secret, String header) {
        return new V4WebhookSchemes.BodyHmac(V4WebhookSchemes.key(secret), V4WebhookSchemes.name(header, "header"));
    }

    /**
     * The reference's Go sample: header {@code signatureHeader} carries hex(HMAC-SHA256(secret, timestamp)), the
     * timestamp (Unix seconds) in header {@code timestampHeader}, at most {@code tolerance} away from {@code clock}'s
     * now.
     */
    static TrackingMoreV4WebhookVerifier timestampHmacHex(String secret, String signatureHeader,
            String timestampHeader, Duration tolerance, Clock clock) {
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("tolerance must be positive: " + tolerance);
        }
        return new V4WebhookSchemes.TimestampHmac(V4WebhookSchemes.key(secret),
                V4WebhookSchemes.name(signatureHeader, "signatureHeader"),
                V4WebhookSchemes.name(timestampHeader, "timestampHeader"), tolerance,
                Objects.requireNonNull(clock, "clock"));
    }
}
