package io.parcelport.emulator;

import io.parcelport.pacing.Ticker;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.OperationNotSupportedException;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.UnauthorizedException;
import io.parcelport.wire.trackingmore.MetaCode;
import io.parcelport.wire.trackingmore.WireBinding;
import io.parcelport.wire.trackingmore.WireWriter;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HTTP edge of the emulator: routes {@code /v2/...} to {@link Endpoints}, checks the API key, enforces rate
 * limits, injects faults, parses JSON, and writes every answer as a v2 envelope (reference §1, §8); hands
 * {@code /v4/...} to {@link V4ApiHandler} and {@code /tracking/...} to {@link AfterShipApiHandler}, which share its
 * fault generator.
 *
 * <p>A rate-limited call is counted when it arrives, before any injected latency (which stands for the time the
 * server takes to answer): TrackingMore's gateway counts requests as they come in.
 *
 * <p>Order per request: faults (latency, then maybe 500/503/429/drop), routing (unknown path: HTTP 404 with meta 404;
 * known path, wrong method: HTTP 405 with meta 405), the key ({@code Trackingmore-Api-Key} missing or not accepted:
 * meta 4001), the rate limit, the body (not JSON: meta 4012), the endpoint. Business errors are HTTP 200 with their
 * meta code and {@code "data": []}; rate limits are HTTP 429, server errors HTTP 500/503, each with a v2 body.
 */
final class ApiHandler implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(ApiHandler.class.getName());
    static final int MAX_BODY = 5 * 1024 * 1024;
    private static final String PREFIX = "/v2";

    private final EmulatorOptions options;
    private final Endpoints endpoints;
    private final LookupEndpoints lookups;
    private final HttpFaults faults;
    private final RateGate realtimeGate;
    private final RateGate listGate;
    private final V4ApiHandler v4;
    private final AfterShipApiHandler afterShip;

    ApiHandler(EmulatorOptions options, Endpoints endpoints, LookupEndpoints lookups, V4Endpoints v4Endpoints,
            AfterShipEndpoints afterShipEndpoints, Clock clock) {
        this.options = options;
        this.endpoints = endpoints;
        this.lookups = lookups;
        this.faults = new HttpFaults(options);
        // One fault generator for both faces, so that a seeded run repeats whatever mix of v2 and v4 calls it makes.
        this.v4 = new V4ApiHandler(options, v4Endpoints, faults, clock);
        this.afterShip = new AfterShipApiHandler(options, afterShipEndpoints, faults, clock);
        // TrackingMore's documented limits: real-time 3/s, list 1/s per account (reference §7).
        this.realtimeGate = new RateGate(3, clock);
        this.listGate = new RateGate(1, clock);
    }

    /** What the rate gates of both faces counted since start. */
    RateLimitCounts rateLimitCounts() {
        return new RateLimitCounts(realtimeGate.admitted(), realtimeGate.refused(), listGate.admitted(),
                listGate.refused(), v4.generalAdmitted(), v4.generalRefused());
    }

    // When the request now being handled on this thread reached the server, in the emulator clock's millis.
    private static final ThreadLocal<Long> ARRIVED = new ThreadLocal<>();

    /** Runs {@code task} (the server's handling of one request) knowing it arrived at {@code millis}. */
    static void arrivedAt(long millis, Runnable task) {
        ARRIVED.set(millis);
        try {
            task.run();
        } finally {
            ARRIVED.remove();
        }
    }

    /** When the request now being handled on this thread arrived, else {@code fallback}. */
    static long arrivedOr(long fallback) {
        Long arrived = ARRIVED.get();
        return arrived != null ? arrived : fallback;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (V4ApiHandler.serves(exchange.getRequestURI().getRawPath())) {
            v4.handle(exchange);
            return;
        }
        if (AfterShipApiHandler.serves(exchange.getRequestURI().getRawPath())) {
            afterShip.handle(exchange);
            return;
        }
        try (exchange) {
            boolean admitted = admitOnArrival(exchange);
            HttpFaults.Draw draw = faults.next();
            if (!draw.latency().isZero()) {
                sleep(draw.latency());
            }
            switch (draw.fault()) {
                case DROPPED -> {
                    // Headers promise a body that never comes, then the connection closes: the client sees the
                    // connection end mid-answer, as when a proxy drops it.
                    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                    exchange.sendResponseHeaders(200, 1024);
                    return;
                }
                case SERVER_ERROR -> {
                    send(exchange, Answer.httpError(500, MetaCode.SERVER_ERROR, MetaCode.SERVER_ERROR.message()),
                            false);
                    return;
                }
                case UNAVAILABLE -> {
                    send(exchange, Answer.httpError(503, MetaCode.UNAVAILABLE, MetaCode.UNAVAILABLE.message()),
                            false);
                    return;
                }
                case RATE_LIMITED -> {
                    send(exchange, Answer.rateLimited(options.faults().retryAfter()), false);
                    return;
                }
                default -> {
                    // NONE or TRUNCATED: answer normally (truncating at the end).
                }
            }
            send(exchange, answer(exchange, admitted), draw.fault() == HttpFaults.Fault.TRUNCATED);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "emulator failed to answer " + exchange.getRequestURI(), e);
        }
    }

    // Counts a rate-limited call of a known key as it arrives; false when it is over the limit. Calls the answer will
    // refuse anyway (unknown path or method, no key) are not counted, as before.
    private boolean admitOnArrival(HttpExchange exchange) {
        if (!options.rateLimits()) {
            return true;
        }
        Optional<List<String>> path = segments(exchange.getRequestURI().getRawPath());
        Route route = path.map(ApiHandler::route).orElse(null);
        String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        if (route == null || !route.methods().contains(method)) {
            return true;
        }
        String key = apiKey(exchange);
        if (!accepted(key)) {
            return true;
        }
        RateGate gate = route.name().equals("realtime") ? realtimeGate
                : route.name().equals("list") ? listGate : null;
        Long arrived = ARRIVED.get();
        return gate == null || gate.admit(key, arrived != null ? arrived : gate.now()).isEmpty();
    }

    // Any non-empty key, or one of the configured keys.
    private boolean accepted(String key) {
        return !key.isEmpty() && (options.apiKeys().isEmpty() || options.apiKeys().contains(key));
    }

    private static String apiKey(HttpExchange exchange) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst("Trackingmore-Api-Key")).map(String::strip)
                .orElse("");
    }

    private Answer answer(HttpExchange exchange, boolean admitted) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        Optional<List<String>> path = segments(exchange.getRequestURI().getRawPath());
        if (path.isEmpty()) {
            return notFound();
        }
        Route route = route(path.get());
        if (route == null) {
            return notFound();
        }
        if (!route.methods().contains(method)) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", route.methods()));
            return Answer.httpError(405, MetaCode.METHOD_NOT_ALLOWED, MetaCode.METHOD_NOT_ALLOWED.message());
        }
        String key = apiKey(exchange);
        if (!accepted(key)) {
            return Answer.error(MetaCode.INVALID_API_KEY);
        }
        if (!admitted) {
            return Answer.rateLimited(options.faults().retryAfter());
        }
        try {
            // A list call may come as POST without a body (HttpURLConnection turns a GET with output on into one):
            // its filters are then in the query string alone; an update without a body changes nothing.
            JsonValue body = route.takesBody(method) ? body(exchange, route.name().equals("list")
                    || route.name().equals("single") && method.equals("PUT")) : JsonValue.NULL;
            Map<String, String> query = QueryParams.parse(exchange.getRequestURI().getRawQuery());
            return dispatch(route, method, path.get(), body, query);
        } catch (Refusal r) {
            return Answer.error(r.meta(), r.getMessage());
        } catch (RateLimitedException e) {
            return Answer.rateLimited(e.retryAfter().orElse(options.faults().retryAfter()));
        } catch (QuotaExhaustedException e) {
            return Answer.error(MetaCode.QUOTA_DEFICIENT);
        } catch (UnauthorizedException e) {
            return Answer.error(MetaCode.INVALID_API_KEY);
        } catch (InvalidRequestException e) {
            return Answer.error(MetaCode.answering(e.reason()));
        } catch (OperationNotSupportedException e) {
            return Answer.error(MetaCode.NEEDS_ACTIVATION);
        } catch (BackendUnavailableException e) {
            return Answer.httpError(503, MetaCode.UNAVAILABLE, MetaCode.UNAVAILABLE.message());
        } catch (BackendException | IllegalArgumentException | IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "emulator request failed: " + exchange.getRequestURI(), e);
            return Answer.httpError(500, MetaCode.SERVER_ERROR, MetaCode.SERVER_ERROR.message());
        }
    }

    private Answer dispatch(Route route, String method, List<String> path, JsonValue body,
            Map<String, String> query) {
        return switch (route.name()) {
            case "create" -> endpoints.create(body);
            case "batch" -> endpoints.createBatch(body);
            case "list" -> endpoints.list(QueryParams.merged(query, body));
            case "updatemore" -> endpoints.updateBatch(body);
            case "deleteBatch" -> endpoints.deleteBatch(body);
            case "realtime" -> endpoints.realtime(body);
            case "changeCarrier" -> endpoints.changeCarrier(body);
            case "userinfo" -> endpoints.userInfo();
            case "statusnumber" -> endpoints.statusNumber(query);
            case "notupdate" -> endpoints.stopRefreshing(body);
            case "remote" -> lookups.remote(body);
            case "costtime" -> lookups.costTime(body);
            case "aircargo" -> lookups.airCargo(body);
            case "carriers" -> lookups.carriers();
            case "detect" -> lookups.detect(body);
            case "single" -> switch (method) {
                case "GET" -> endpoints.get(path.get(1), path.get(2),
                        path.size() == 4 ? Optional.of(path.get(3).toLowerCase(java.util.Locale.ROOT))
                                : Optional.empty());
                case "PUT" -> endpoints.update(path.get(1), path.get(2), body);
                default -> endpoints.delete(path.get(1), path.get(2));
            };
            default -> notFound();
        };
    }

    /** A known endpoint: its name and the methods it answers. */
    private record Route(String name, Set<String> methods) {
        // Some clients send a JSON body with a GET (detection, the list): it is read like a POST's.
        boolean takesBody(String method) {
            return method.equals("POST") || method.equals("PUT")
                    || method.equals("GET") && (name.equals("detect") || name.equals("list"));
        }
    }

    private static Route route(List<String> path) {
        if (path.size() == 1 && path.get(0).equals("carriers")) {
            return new Route("carriers", Set.of("GET"));
        }
        if (path.size() == 2 && path.get(0).equals("carriers") && path.get(1).equals("detect")) {
            return new Route("detect", Set.of("GET", "POST"));
        }
        if (path.isEmpty() || !path.get(0).equals("trackings")) {
            return null;
        }
        if (path.size() == 2) {
            return switch (path.get(1)) {
                case "post" -> new Route("create", Set.of("POST"));
                case "batch" -> new Route("batch", Set.of("POST"));
                // The official SDK turns a GET with parameters into a POST with a JSON body (reference §1).
                case "get" -> new Route("list", Set.of("GET", "POST"));
                case "updatemore" -> new Route("updatemore", Set.of("POST"));
                case "delete" -> new Route("deleteBatch", Set.of("POST"));
                case "realtime" -> new Route("realtime", Set.of("POST"));
                case "update" -> new Route("changeCarrier", Set.of("POST"));
                case "getuserinfo" -> new Route("userinfo", Set.of("GET"));
                case "getstatusnumber" -> new Route("statusnumber", Set.of("GET"));
                case "notupdate" -> new Route("notupdate", Set.of("POST"));
                case "remote" -> new Route("remote", Set.of("POST"));
                case "costtime" -> new Route("costtime", Set.of("POST"));
                case "aircargo" -> new Route("aircargo", Set.of("POST"));
                default -> null;
            };
        }
        if (path.size() == 3) {
            return new Route("single", Set.of("GET", "PUT", "DELETE"));
        }
        // The optional /{lang} suffix of a single GET: two letters (reference §5.2).
        if (path.size() == 4 && path.get(3).matches("[A-Za-z]{2}")) {
            return new Route("single", Set.of("GET"));
        }
        return null;
    }

    private static Optional<List<String>> segments(String rawPath) {
        return PathSegments.after(PREFIX, rawPath);
    }

    private static JsonValue body(HttpExchange exchange, boolean mayBeEmpty) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new Refusal(MetaCode.BAD_REQUEST, "The request body is larger than 5 MB.");
        }
        if (bytes.length == 0 || mayBeEmpty && new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            if (mayBeEmpty) {
                return JsonValue.NULL;
            }
            throw new Refusal(MetaCode.BAD_REQUEST);
        }
        try (JsonReader reader = WireBinding.reader(new ByteArrayInputStream(bytes))) {
            return reader.readValue();
        } catch (RuntimeException | StackOverflowError e) {
            // Malformed, or nested deeper than the parser allows (a bare RuntimeException): a 4012 answer either
            // way, never a connection closed without one.
            throw new Refusal(MetaCode.BAD_REQUEST);
        }
    }

    private static Answer notFound() {
        return Answer.httpError(404, MetaCode.NOT_FOUND, MetaCode.NOT_FOUND.message());
    }

    /** Writes {@code answer}, only its first half when {@code truncate}. */
    static void send(HttpExchange exchange, Answer answer, boolean truncate) throws IOException {
        byte[] bytes = answer.body().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        answer.retryAfter().ifPresent(d -> exchange.getResponseHeaders().set("Retry-After",
                WireWriter.retryAfter(d)));
        if (truncate) {
            // Chunked, so the HTTP exchange itself completes and only the JSON is cut off half-way.
            exchange.sendResponseHeaders(answer.httpStatus(), 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes, 0, bytes.length / 2);
            }
            return;
        }
        exchange.sendResponseHeaders(answer.httpStatus(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // The project's one way to wait, so that nothing but the pacing engine puts a thread to sleep.
    static void sleep(Duration latency) {
        try {
            Ticker.SYSTEM.sleep(latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
