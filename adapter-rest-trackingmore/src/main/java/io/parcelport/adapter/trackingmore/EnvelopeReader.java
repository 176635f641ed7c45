package io.parcelport.adapter.trackingmore;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.UnauthorizedException;
import io.parcelport.wire.trackingmore.WireBinding;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an HTTP answer as TrackingMore's envelope ({@code meta.code}, {@code meta.message}, {@code data}): a
 * {@link Reply} for what an operation may turn into an outcome, the ports' exception for the rest (through
 * {@link MetaCodes}), with {@code Retry-After} read from the header.
 *
 * <p>Texts from the backend are cleaned of control characters and of the API key before they go into a message.
 */
final class EnvelopeReader {
    private static final int MAX_MESSAGE = 200;
    // C0 and C1 controls (ESC and CSI start terminal escape sequences) and the bidirectional overrides.
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

    private final TrackingMoreConfig config;

    EnvelopeReader(TrackingMoreConfig config) {
        this.config = config;
    }

    /**
     * The answer as a reply, or thrown as the exception its status or meta code means.
     *
     * @throws BackendException for answers no operation turns into an outcome
     */
    Reply read(Endpoint endpoint, RawAnswer answer) {
        int status = answer.status();
        byte[] body = answer.body();
        Optional<JsonObject> envelope = envelope(body);
        Optional<Integer> meta = envelope.flatMap(EnvelopeReader::metaCode);
        String code = meta.map(String::valueOf).orElse(null);
        BackendException.Failure failure = BackendException.Failure.of(endpoint.operation, status, code);
        Optional<Duration> retryAfter = retryAfter(answer.retryAfter());
        String described = describeBody(envelope, answer.contentType(), body);

        if (status == 429 || meta.orElse(0) == 429) {
            throw new RateLimitedException(failure, "TrackingMore rate limit exceeded"
                    + retryAfter.map(d -> "; retry after " + d.toSeconds() + " s").orElse(""),
                    retryAfter.or(() -> Optional.of(config.retryPolicy().rateLimitCoolDown())));
        }
        if (status >= 500) {
            throw new BackendUnavailableException(failure, "TrackingMore server error HTTP " + status + described);
        }
        if (status == 401 || status == 403) {
            throw new UnauthorizedException(failure, "TrackingMore refused the API key (HTTP " + status + ")"
                    + described);
        }
        if (status == 402) {
            throw new QuotaExhaustedException(failure, "TrackingMore wants payment (HTTP 402)" + described);
        }
        if (meta.isEmpty()) {
            if (status >= 200 && status < 300) {
                throw new BackendUnavailableException(failure, "not a TrackingMore answer" + described);
            }
            throw new InvalidRequestException(failure, RejectionReason.BACKEND_ERROR, "unexpected HTTP " + status
                    + described);
        }
        int metaCode = meta.get();
        String message = envelope.map(this::metaMessage).orElse("");
        if (MetaCodes.isSuccess(metaCode) && (status < 200 || status >= 300)) {
            throw new InvalidRequestException(failure, RejectionReason.BACKEND_ERROR,
                    "unexpected HTTP " + status + " with meta code " + metaCode);
        }
        if (MetaCodes.isUnauthorized(metaCode) || MetaCodes.isServerError(metaCode)) {
            throw MetaCodes.exception(failure, metaCode, message, Optional.empty());
        }
        JsonValue data = envelope.get().get("data");
        return new Reply(endpoint, status, metaCode, message, data == null ? JsonValue.NULL : data);
    }

    private static Optional<JsonObject> envelope(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            Optional<JsonValue> value = WireBinding.single(new ByteArrayInputStream(body));
            return value.filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
        } catch (RuntimeException | StackOverflowError e) {
            // Malformed, truncated or too deeply nested: not an envelope, whatever the parser calls it.
            return Optional.empty();
        }
    }

    private static Optional<Integer> metaCode(JsonObject envelope) {
        if (!(envelope.get("meta") instanceof JsonObject meta)) {
            return Optional.empty();
        }
        JsonValue code = meta.get("code");
        if (code instanceof JsonNumber number && number.isIntegral()) {
            // Exactly, never wrapped: 2^32 + 4016 is not 4016 (ALREADY_EXISTS) but no code TrackingMore has.
            BigInteger exact = number.bigIntegerValue();
            return exact.bitLength() < 32 ? Optional.of(exact.intValue()) : Optional.empty();
        }
        if (code instanceof JsonString text && text.getString().strip().matches("\\d{1,6}")) {
            return Optional.of(Integer.parseInt(text.getString().strip()));
        }
        return Optional.empty();
    }

    private String metaMessage(JsonObject envelope) {
        JsonValue message = envelope.getJsonObject("meta").get("message");
        return message instanceof JsonString text ? clean(text.getString()) : "";
    }

    // Why an answer could not be read, in words a person can act on, without echoing a whole HTML page.
    private String describeBody(Optional<JsonObject> envelope, String contentType, byte[] body) {
        if (envelope.isPresent()) {
            return metaCode(envelope.get()).map(c -> " (meta code " + c + ": " + metaMessage(envelope.get()) + ")")
                    .orElse(": JSON without meta.code");
        }
        if (body.length == 0) {
            return ": empty body";
        }
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).strip();
        if (contentType.toLowerCase(Locale.ROOT).contains("html") || start.startsWith("<")) {
            return ": an HTML page (" + contentType + ")";
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return ": malformed or truncated JSON (" + body.length + " bytes)";
        }
        return ": not JSON (" + (contentType.isEmpty() ? "no content type" : contentType) + ", " + body.length
                + " bytes)";
    }

    // Seconds, or an HTTP date read against the wall clock (the server's date is wall time, not monotonic).
    private Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(config.clock().instant(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Backend text fit for a message: no control characters, no API key, not too long. */
    String clean(String text) {
        String cleaned = UNPRINTABLE.matcher(text.replace(config.apiKey(), "***")).replaceAll(" ").strip();
        return cleaned.length() > MAX_MESSAGE ? cleaned.substring(0, MAX_MESSAGE) + "..." : cleaned;
    }
}
