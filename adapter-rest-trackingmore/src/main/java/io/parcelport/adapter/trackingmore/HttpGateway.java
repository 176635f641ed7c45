package io.parcelport.adapter.trackingmore;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.TransportException;
import io.parcelport.ports.UnauthorizedException;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.jboss.resteasy.client.jaxrs.internal.ClientResponse;

/**
 * The one way the adapter talks to TrackingMore: waits on the rate limiter, sends, reads a size-capped body, checks
 * the envelope, maps failures to the ports' exceptions, and retries what is safe to retry.
 *
 * <p>Nothing from the HTTP client or the JSON libraries leaves this class or the decoding it wraps: every
 * {@link ProcessingException}, {@link WebApplicationException}, {@link JsonException} and {@link JsonbException}
 * becomes a {@link BackendException}. Texts from the backend are cleaned of control characters and of the API key
 * before they go into a message.
 */
final class HttpGateway implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HttpGateway.class.getName());
    private static final int MAX_MESSAGE = 200;

    private final TrackingMoreConfig config;
    private final TrackingMoreApi api;
    private final Map<Endpoint.Limiter, RateLimiter> limiters = new EnumMap<>(Endpoint.Limiter.class);
    private final Object coolDownLock = new Object();
    private Instant coolDownUntil = Instant.MIN;

    HttpGateway(TrackingMoreConfig config) {
        this.config = config;
        WireLogSilencer.apply();
        TrackingMoreConfig.RateLimits rates = config.rateLimits();
        limiters.put(Endpoint.Limiter.REALTIME,
                new RateLimiter(rates.realtimePerSecond(), rates.maxWait(), config.clock()));
        limiters.put(Endpoint.Limiter.LIST, new RateLimiter(rates.listPerSecond(), rates.maxWait(), config.clock()));
        if (rates.otherPerSecond() > 0) {
            limiters.put(Endpoint.Limiter.OTHER,
                    new RateLimiter(rates.otherPerSecond(), rates.maxWait(), config.clock()));
        }
        this.api = RestClientBuilder.newBuilder()
                .baseUri(config.baseUri())
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // We read every status ourselves; the default mapper would also need an MP Config implementation.
                .property("microprofile.rest.client.disable.default.mapper", true)
                // One pool per backend, sized so concurrent callers do not queue behind a single connection.
                .property("resteasy.connectionPoolSize", config.maxConnections())
                .property("resteasy.maxPooledPerRoute", config.maxConnections())
                .followRedirects(false)
                .register(new ApiKeyFilter(config.apiKey(), config.userAgent()))
                .build(TrackingMoreApi.class);
    }

    TrackingMoreConfig config() {
        return config;
    }

    /**
     * Calls {@code endpoint} until it succeeds, fails for good, or the retry policy gives up.
     *
     * @return a success or an error answer the operation may turn into an outcome
     * @throws BackendException for every other failure
     */
    Reply call(Endpoint endpoint, Function<TrackingMoreApi, Response> request) {
        TrackingMoreConfig.RetryPolicy policy = config.retryPolicy();
        for (int attempt = 1; ; attempt++) {
            try {
                awaitCoolDown(endpoint);
                RateLimiter limiter = limiters.get(endpoint.limiter);
                if (limiter != null) {
                    sleep(endpoint, limiter.reserve(endpoint.operation));
                }
                return once(endpoint, request);
            } catch (BackendException e) {
                Duration wait = retryWait(endpoint, e, attempt);
                // Only TrackingMore's own 429 starts a cool-down for every caller; our limiters' refusals do not.
                if (e instanceof RateLimitedException limited && e.httpStatus().isPresent()) {
                    startCoolDown(limited.retryAfter().orElse(policy.rateLimitCoolDown()));
                }
                if (wait == null) {
                    throw e;
                }
                LOG.log(Level.FINE, () -> endpoint.operation + ": attempt failed (" + e.getClass().getSimpleName()
                        + "), retrying in " + wait.toMillis() + " ms");
                sleep(endpoint, wait);
            }
        }
    }

    /**
     * Decodes an answer, turning any failure to read it into {@link BackendUnavailableException} naming what was
     * wrong, so that no binding or domain exception escapes a port.
     */
    <T> T decode(Reply reply, Supplier<T> decoding) {
        try {
            return decoding.get();
        } catch (MalformedAnswerException e) {
            throw new BackendUnavailableException(reply.failure(reply.endpoint()),
                    "unreadable answer: " + clean(e.getMessage()), e);
        } catch (JsonbException | JsonException | IllegalArgumentException | NullPointerException
                | ClassCastException | ArithmeticException | DateTimeParseException e) {
            throw new BackendUnavailableException(reply.failure(reply.endpoint()),
                    "unreadable answer: " + clean(String.valueOf(e.getMessage())), e);
        }
    }

    private Duration retryWait(Endpoint endpoint, BackendException e, int attempt) {
        TrackingMoreConfig.RetryPolicy policy = config.retryPolicy();
        if (attempt >= policy.maxAttempts() || !e.isRetryable()) {
            return null;
        }
        if (!endpoint.safeToRepeat && !policy.retryUnsafeOperations() && !provablyNotProcessed(e)) {
            return null;
        }
        Duration wait;
        if (e instanceof RateLimitedException limited) {
            if (e.httpStatus().isEmpty()) {
                return null; // our own limiter refused: waiting longer is what it just declined to do
            }
            wait = limited.retryAfter().orElse(policy.rateLimitCoolDown());
        } else {
            double cap = Math.min(policy.maxDelay().toMillis(),
                    policy.baseDelay().toMillis() * Math.pow(2, attempt - 1));
            wait = Duration.ofMillis((long) (config.random().nextDouble() * cap));
        }
        return wait.compareTo(policy.maxRetryWait()) > 0 ? null : wait;
    }

    // Failures after which the backend certainly did nothing, so that even an unsafe call may be repeated.
    private static boolean provablyNotProcessed(BackendException e) {
        if (e instanceof RateLimitedException) {
            return true;
        }
        if (e instanceof BackendUnavailableException && e.httpStatus().orElse(0) == 503) {
            return true;
        }
        return e instanceof TransportException && e.getCause() instanceof ConnectException;
    }

    private void awaitCoolDown(Endpoint endpoint) {
        Instant until;
        synchronized (coolDownLock) {
            until = coolDownUntil;
        }
        Duration wait = Duration.between(config.clock().instant(), until);
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        if (wait.compareTo(config.rateLimits().maxWait()) > 0) {
            throw new RateLimitedException(BackendException.Failure.of(endpoint.operation),
                    "TrackingMore rate-limited this client; cooling down for another " + wait.toSeconds() + " s",
                    Optional.of(wait));
        }
        sleep(endpoint, wait);
    }

    private void startCoolDown(Duration duration) {
        Instant until = config.clock().instant().plus(duration);
        synchronized (coolDownLock) {
            if (until.isAfter(coolDownUntil)) {
                coolDownUntil = until;
            }
        }
    }

    private void sleep(Endpoint endpoint, Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        try {
            config.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(BackendException.Failure.of(endpoint.operation),
                    "interrupted while waiting to call TrackingMore", e);
        }
    }

    private Reply once(Endpoint endpoint, Function<TrackingMoreApi, Response> request) {
        Response response;
        try {
            response = request.apply(api);
        } catch (WebApplicationException e) {
            response = e.getResponse();
        } catch (ProcessingException e) {
            throw transport(endpoint, e);
        } catch (RuntimeException e) {
            // A closed client, a proxy failure: nothing was exchanged with TrackingMore, and nothing of the HTTP
            // client's own types may escape, so no cause is attached.
            throw new TransportException(BackendException.Failure.of(endpoint.operation),
                    "the TrackingMore client could not send the request (" + e.getClass().getSimpleName() + ")");
        }
        try {
            int status = response.getStatus();
            String retryAfter = response.getHeaderString("Retry-After");
            String contentType = Optional.ofNullable(response.getHeaderString("Content-Type")).orElse("");
            byte[] body = readCapped(endpoint, response, status);
            return interpret(endpoint, status, retryAfter, contentType, body);
        } catch (ProcessingException e) {
            throw transport(endpoint, e);
        } finally {
            try {
                response.close();
            } catch (RuntimeException ignored) {
                // The answer was read or refused already; a failure to release the connection changes nothing.
            }
        }
    }

    private byte[] readCapped(Endpoint endpoint, Response response, int status) {
        long cap = config.maxResponseBytes();
        long declared = declaredLength(response);
        if (declared > cap) {
            abort(response);
            throw new BackendUnavailableException(BackendException.Failure.of(endpoint.operation, status, null),
                    "answer of " + declared + " bytes refused: larger than the limit of " + cap + " bytes");
        }
        if (!response.hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = response.readEntity(InputStream.class)) {
            if (in == null) {
                return new byte[0];
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > cap) {
                    abort(response);
                    throw new BackendUnavailableException(BackendException.Failure.of(endpoint.operation, status,
                            null), "answer refused: larger than the limit of " + cap + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw transport(endpoint, e);
        }
    }

    // Read here rather than with Response.getLength(), which parses an int and throws NumberFormatException for a
    // length above 2 GB or a malformed header; an unreadable length counts as unknown, and the stream is capped.
    private static long declaredLength(Response response) {
        String header = response.getHeaderString("Content-Length");
        if (header == null || !header.strip().matches("\\d{1,18}")) {
            return -1;
        }
        return Long.parseLong(header.strip());
    }

    // Drop the connection instead of draining the rest of an oversized body into the void.
    private static void abort(Response response) {
        if (response instanceof ClientResponse client) {
            try {
                client.releaseConnection(false);
            } catch (IOException | RuntimeException ignored) {
                // Closing the response afterwards releases what is left.
            }
        }
    }

    private Reply interpret(Endpoint endpoint, int status, String retryAfterHeader, String contentType,
            byte[] body) {
        Optional<JsonObject> envelope = envelope(body);
        Optional<Integer> meta = envelope.flatMap(HttpGateway::metaCode);
        String operation = endpoint.operation;
        String code = meta.map(String::valueOf).orElse(null);
        BackendException.Failure failure = BackendException.Failure.of(operation, status, code);
        Optional<Duration> retryAfter = retryAfter(retryAfterHeader);

        if (status == 429 || meta.orElse(0) == 429) {
            return throwing(new RateLimitedException(failure, "TrackingMore rate limit exceeded"
                    + retryAfter.map(d -> "; retry after " + d.toSeconds() + " s").orElse(""),
                    retryAfter.or(() -> Optional.of(config.retryPolicy().rateLimitCoolDown()))));
        }
        if (status >= 500) {
            return throwing(new BackendUnavailableException(failure, "TrackingMore server error HTTP " + status
                    + describeBody(envelope, contentType, body)));
        }
        if (status == 401 || status == 403) {
            return throwing(new UnauthorizedException(failure, "TrackingMore refused the API key (HTTP " + status
                    + ")" + describeBody(envelope, contentType, body)));
        }
        if (status == 402) {
            return throwing(new QuotaExhaustedException(failure, "TrackingMore wants payment (HTTP 402)"
                    + describeBody(envelope, contentType, body)));
        }
        if (meta.isEmpty()) {
            if (status >= 200 && status < 300) {
                return throwing(new BackendUnavailableException(failure, "not a TrackingMore answer"
                        + describeBody(envelope, contentType, body)));
            }
            return throwing(new InvalidRequestException(failure, RejectionReason.BACKEND_ERROR,
                    "unexpected HTTP " + status + describeBody(envelope, contentType, body)));
        }
        int metaCode = meta.get();
        String message = envelope.map(this::metaMessage).orElse("");
        if (MetaCodes.isSuccess(metaCode) && (status < 200 || status >= 300)) {
            return throwing(new InvalidRequestException(failure, RejectionReason.BACKEND_ERROR,
                    "unexpected HTTP " + status + " with meta code " + metaCode));
        }
        if (MetaCodes.isUnauthorized(metaCode) || MetaCodes.isServerError(metaCode)) {
            return throwing(MetaCodes.exception(failure, metaCode, message, Optional.empty()));
        }
        JsonValue data = envelope.get().get("data");
        return new Reply(endpoint, status, metaCode, message, data == null ? JsonValue.NULL : data);
    }

    private static Reply throwing(BackendException e) {
        throw e;
    }

    private static Optional<JsonObject> envelope(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> metaCode(JsonObject envelope) {
        if (!(envelope.get("meta") instanceof JsonObject meta)) {
            return Optional.empty();
        }
        JsonValue code = meta.get("code");
        if (code instanceof JsonNumber number && number.isIntegral()) {
            return Optional.of(number.intValue());
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

    private TransportException transport(Endpoint endpoint, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof IOException)) {
            root = root.getCause();
        }
        String what;
        if (root instanceof SocketTimeoutException || root instanceof InterruptedIOException) {
            what = "no answer within the timeout (" + root.getClass().getSimpleName() + ")";
        } else if (root instanceof ConnectException || root instanceof NoRouteToHostException) {
            what = "could not connect to " + config.baseUri().getHost() + ":" + port() + " ("
                    + root.getClass().getSimpleName() + ")";
        } else if (root instanceof UnknownHostException) {
            what = "unknown host " + config.baseUri().getHost();
        } else {
            what = "I/O failure talking to TrackingMore (" + root.getClass().getSimpleName() + ")";
        }
        // Keep the JDK's I/O exception as the cause, not the HTTP client's wrapper: the ports promise no
        // ProcessingException anywhere, and an I/O exception carries no request headers.
        Throwable cause = root instanceof IOException ? root : null;
        return new TransportException(BackendException.Failure.of(endpoint.operation), what, cause);
    }

    private int port() {
        int port = config.baseUri().getPort();
        return port >= 0 ? port : config.baseUri().getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** Backend text fit for a message: no control characters, no API key, not too long. */
    String clean(String text) {
        String cleaned = text.replace(config.apiKey(), "***").replaceAll("\\p{Cntrl}", " ").strip();
        return cleaned.length() > MAX_MESSAGE ? cleaned.substring(0, MAX_MESSAGE) + "..." : cleaned;
    }

    @Override
    public void close() {
        try {
            api.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "closing the TrackingMore client failed", e);
        }
    }
}
