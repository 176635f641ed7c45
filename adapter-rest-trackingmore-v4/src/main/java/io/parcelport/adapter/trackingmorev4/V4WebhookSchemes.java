package io.parcelport.adapter.trackingmorev4;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signature schemes behind {@link TrackingMoreV4WebhookVerifier}'s factories; the secret stays in here. */
final class V4WebhookSchemes {
    static final TrackingMoreV4WebhookVerifier NONE = new TrackingMoreV4WebhookVerifier() {
        @Override
        public void verify(byte[] body, Map<String, String> headers) {
            Objects.requireNonNull(body, "body");
        }

        @Override
        public String toString() {
            return "TrackingMoreV4WebhookVerifier[none]";
        }
    };

    private V4WebhookSchemes() {
    }

    static byte[] key(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isBlank()) {
            throw new IllegalArgumentException("webhook secret must not be blank");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    static String name(String header, String what) {
        Objects.requireNonNull(header, what);
        if (!header.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
            throw new IllegalArgumentException(what + " is not an HTTP header name: '" + header + "'");
        }
        return header;
    }

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static String header(Map<String, String> headers, String name) {
        Objects.requireNonNull(headers, "headers");
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null) {
                return e.getValue().strip();
            }
        }
        throw new TrackingMoreV4WebhookException(TrackingMoreV4WebhookException.Reason.FORGED,
                "header " + name + " is missing");
    }

    static void compare(byte[] expected, byte[] given, String what) {
        if (!MessageDigest.isEqual(expected, given)) {
            throw new TrackingMoreV4WebhookException(TrackingMoreV4WebhookException.Reason.FORGED,
                    what + " does not match");
        }
    }

    /** base64(HMAC-SHA256(secret, body)) in one header. */
    static final class BodyHmac implements TrackingMoreV4WebhookVerifier {
        private final byte[] key;
        private final String header;

        BodyHmac(byte[] key, String header) {
            this.key = key;
            this.header = header;
        }

        @Override
        public void verify(byte[] body, Map<String, String> headers) {
            Objects.requireNonNull(body, "body");
            String given = header(headers, header);
            byte[] expected = Base64.getEncoder().encode(hmac(key, body));
            compare(expected, given.getBytes(StandardCharsets.US_ASCII), "the signature in header " + header);
        }

        @Override
        public String toString() {
            return "TrackingMoreV4WebhookVerifier[body HMAC-SHA256 base64 in " + header + ", secret ***]";
        }
    }

    /** hex(HMAC-SHA256(secret, timestamp)) in one header, the timestamp in another. */
    static final class TimestampHmac implements TrackingMoreV4WebhookVerifier {
        private final byte[] key;
        private final String signatureHeader;
        private final String timestampHeader;
        private final Duration tolerance;
        private final Clock clock;

        TimestampHmac(byte[] key, String signatureHeader, String timestampHeader, Duration tolerance, Clock clock) {
            this.key = key;
            this.signatureHeader = signatureHeader;
            this.timestampHeader = timestampHeader;
            this.tolerance = tolerance;
            this.clock = clock;
        }

        @Override
        public void verify(byte[] body, Map<String, String> headers) {
            Objects.requireNonNull(body, "body");
            String timestamp = header(headers, timestampHeader);
            String given = header(headers, signatureHeader).toLowerCase(Locale.ROOT);
            byte[] expected = HexFormat.of().formatHex(hmac(key, timestamp.getBytes(StandardCharsets.UTF_8)))
                    .getBytes(StandardCharsets.US_ASCII);
            // The signature first: say nothing about the timestamp of a delivery we cannot trust.
            compare(expected, given.getBytes(StandardCharsets.US_ASCII), "the signature in header "
                    + signatureHeader);
            Instant sent = seconds(timestamp).orElseThrow(() -> new TrackingMoreV4WebhookException(
                    TrackingMoreV4WebhookException.Reason.MALFORMED, "header " + timestampHeader
                            + " is not Unix seconds"));
            Duration age = Duration.between(sent, clock.instant()).abs();
            if (age.compareTo(tolerance) > 0) {
                throw new TrackingMoreV4WebhookException(TrackingMoreV4WebhookException.Reason.STALE,
                        "timestamp " + sent + " is " + age.toSeconds() + " s away from now, more than "
                                + tolerance.toSeconds() + " s");
            }
        }

        private static Optional<Instant> seconds(String text) {
            return text.matches("\\d{1,12}") ? Optional.of(Instant.ofEpochSecond(Long.parseLong(text)))
                    : Optional.empty();
        }

        @Override
        public String toString() {
            return "TrackingMoreV4WebhookVerifier[timestamp HMAC-SHA256 hex in " + signatureHeader
                    + ", timestamp in " + timestampHeader + ", tolerance " + tolerance + ", secret ***]";
        }
    }
}
