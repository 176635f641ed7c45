package io.parcelport.adapter.trackingmore;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.UnauthorizedException;
import io.parcelport.rest.RawAnswer;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.TrackingReader;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireBinding;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
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
        Optional<Envelope> envelope = envelope(body, endpoint);
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
        Envelope read = envelope.get();
        return new Reply(endpoint, status, metaCode, message, read.data() == null ? JsonValue.NULL : read.data(),
                read.read());
    }

    /**
     * The top level of an answer: {@code meta} as a tree (it is small), and {@code data} as a tree, except that a
     * list's page and a single tracking are read straight into their records ({@code read}, with {@code data} null)
     * so that they are parsed once.
     */
    private record Envelope(JsonValue meta, JsonValue data, Object read) {
    }

    private static Optional<Envelope> envelope(byte[] body, Endpoint endpoint) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return streamed(body, endpoint);
        } catch (MalformedAnswerException e) {
            // Data that does not fit its records: read the answer as a tree, so that its meta code still decides
            // and the data's fault is reported when (and only if) the answer is a success.
            return streamed(body, null);
        } catch (RuntimeException | StackOverflowError e) {
            // Malformed, truncated or too deeply nested: not an envelope, whatever the parser calls it.
            return Optional.empty();
        }
    }

    // endpoint null: data as a tree whatever it is.
    private static Optional<Envelope> streamed(byte[] body, Endpoint endpoint) {
        try (JsonParser parser = WireBinding.parser(body)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return Optional.empty();
            }
            JsonValue meta = null;
            JsonValue data = null;
            Object read = null;
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String key = parser.getString();
                JsonParser.Event event = parser.next();
                switch (key) {
                    case "meta" -> meta = event == JsonParser.Event.VALUE_NULL ? null : parser.getValue();
                    case "data" -> {
                        read = event == JsonParser.Event.START_OBJECT ? records(parser, endpoint) : null;
                        data = read != null || event == JsonParser.Event.VALUE_NULL ? null : parser.getValue();
                    }
                    default -> {
                        if (event == JsonParser.Event.START_OBJECT) {
                            parser.skipObject();
                        } else if (event == JsonParser.Event.START_ARRAY) {
                            parser.skipArray();
                        }
                    }
                }
            }
            // Text after the document (PHP notices, two documents run together): not one answer.
            return parser.hasNext() ? Optional.empty() : Optional.of(new Envelope(meta, data, read));
        }
    }

    // The data object read straight into records, for the endpoints whose answers are large (a list page) or hot (one
    // tracking); null, with nothing read, for the others and for the tree fallback (endpoint null).
    private static Object records(JsonParser parser, Endpoint endpoint) {
        if (endpoint == Endpoint.LIST) {
            return TrackingReader.listPage(parser, "data");
        }
        return endpoint == Endpoint.FIND ? TrackingReader.tracking(parser, "tracking") : null;
    }

    private static Optional<Integer> metaCode(Envelope envelope) {
        if (!(envelope.meta() instanceof JsonObject meta)) {
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

    private String metaMessage(Envelope envelope) {
        JsonValue message = envelope.meta() instanceof JsonObject meta ? meta.get("message") : null;
        return message instanceof JsonString text ? clean(text.getString()) : "";
    }

    // Why an answer could not be read, in words a person can act on, without echoing a whole HTML page.
    private String describeBody(Optional<Envelope> envelope, String contentType, byte[] body) {
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
