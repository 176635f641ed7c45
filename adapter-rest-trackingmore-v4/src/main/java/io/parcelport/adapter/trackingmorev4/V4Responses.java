package io.parcelport.adapter.trackingmorev4;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.rest.RawAnswer;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.MetaCode.Failure;
import io.parcelport.wire.trackingmore.v4.V4EnvelopeReader;
import io.parcelport.wire.trackingmore.v4.V4MetaCode;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads an HTTP answer of TrackingMore v4 as a {@link V4Reply}, or throws the exception it means.
 *
 * <p>The body is read first, whatever the status: v4 sends a real HTTP status with a JSON error body, and the
 * {@code meta.code} in it decides (v4 reference §1). Without a code (an HTML page, text, an empty body) the HTTP
 * status decides by its class; a 2xx without an envelope is not a v4 answer. A 429 honours {@code Retry-After} and
 * otherwise asks for the retry policy's cool-down (120 s by default, v4 reference §8). Texts from the backend are
 * cleaned of control characters and of the API key before they go into a message.
 */
final class V4Responses {
    private static final int MAX_MESSAGE = 200;
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

    private final TrackingMoreV4Config config;

    V4Responses(TrackingMoreV4Config config) {
        this.config = config;
    }

    V4Reply read(V4Endpoint endpoint, RawAnswer answer, boolean trackings) {
        int status = answer.status();
        Optional<V4EnvelopeReader.Envelope> envelope;
        MalformedAnswerException unreadable = null;
        try {
            envelope = V4EnvelopeReader.read(answer.body(), trackings);
        } catch (MalformedAnswerException e) {
            // Trackings that do not fit their records: read the envelope as a tree, so that its code still decides
            // and the data's fault is reported only if the answer is a success.
            unreadable = e;
            envelope = V4EnvelopeReader.read(answer.body(), false);
        }
        OptionalInt meta = envelope.map(V4EnvelopeReader.Envelope::code).orElse(OptionalInt.empty());
        boolean ok = status >= 200 && status < 300;
        // A success code under an error status is not a success: the status decides then.
        int code = meta.isPresent() && !(meta.getAsInt() == V4MetaCode.SUCCESS.code() && !ok) ? meta.getAsInt()
                : status;
        String message = envelope.map(e -> clean(e.message())).orElse("");
        BackendException.Failure failure = BackendException.Failure.of(endpoint.operation, status,
                meta.isPresent() ? Integer.toString(meta.getAsInt()) : null);
        if (meta.isEmpty() && ok) {
            throw new BackendUnavailableException(failure, "not a TrackingMore v4 answer" + describe(envelope,
                    answer));
        }
        Failure kind = V4MetaCode.failureOf(code, status);
        String text = "TrackingMore v4 answered " + (meta.isPresent() ? "code " + meta.getAsInt() : "HTTP " + status)
                + (message.isEmpty() ? describe(envelope, answer) : ": " + message);
        switch (kind) {
            case RATE_LIMITED -> {
                Optional<Duration> after = retryAfter(answer.retryAfter());
                throw new RateLimitedException(failure, text + after.map(d -> "; retry after " + d.toSeconds()
                        + " s").orElse(""), after.or(() -> Optional.of(config.retryPolicy().rateLimitCoolDown())));
            }
            case UNAUTHORIZED, UNAVAILABLE -> throw V4Failures.exception(failure, kind,
                    V4MetaCode.reasonOf(code), text, Optional.empty());
            case NONE -> {
                if (unreadable != null) {
                    throw new BackendUnavailableException(failure, "unreadable answer: "
                            + clean(unreadable.getMessage()), unreadable);
                }
            }
            case REFUSED, QUOTA -> { }
        }
        V4EnvelopeReader.Envelope read = envelope.orElse(null);
        return new V4Reply(endpoint, status, code, message, read == null ? JsonValue.NULL : read.data(),
                read == null ? List.of() : read.trackings());
    }

    // Why an answer had no code, in words a person can act on, without echoing a whole HTML page.
    private static String describe(Optional<V4EnvelopeReader.Envelope> envelope, RawAnswer answer) {
        if (envelope.isPresent()) {
            return ": JSON without meta.code";
        }
        byte[] body = answer.body();
        if (body.length == 0) {
            return ": empty body";
        }
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).strip();
        String type = answer.contentType();
        if (type.toLowerCase(Locale.ROOT).contains("html") || start.startsWith("<")) {
            return ": an HTML page (" + type + ")";
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return ": malformed or truncated JSON (" + body.length + " bytes)";
        }
        return ": not JSON (" + (type.isEmpty() ? "no content type" : type) + ", " + body.length + " bytes)";
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

    /** Backend text fit for a message: no control characters, no API key, bounded. */
    String clean(String text) {
        String cleaned = UNPRINTABLE.matcher(text.replace(config.apiKey(), "***")).replaceAll(" ").strip();
        return cleaned.length() > MAX_MESSAGE ? cleaned.substring(0, MAX_MESSAGE) + "..." : cleaned;
    }
}
