package io.parcelport.emulator;

import com.sun.net.httpserver.HttpExchange;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.OperationNotSupportedException;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.UnauthorizedException;
import io.parcelport.wire.trackingmore.WireBinding;
import io.parcelport.wire.trackingmore.v4.V4MetaCode;
import io.parcelport.wire.trackingmore.v4.V4RequestException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The v4 face of the emulator (v4 reference §1, §2, §7, §8): routes {@code /v4/...} to {@link V4Endpoints}, checks
 * the {@code Tracking-Api-Key} header, enforces v4's rate limits, injects the same faults as the v2 face, and answers
 * every call with a real HTTP status beside its meta code.
 *
 * <p>Order per request, as on the v2 face: faults (latency, then maybe 500/503/429/drop), routing (unknown path: HTTP
 * 404 meta 404; known path, wrong method: HTTP 405 with {@code Allow} and meta 400, the README's "request type
 * error"), the key (missing or not accepted: HTTP 401 meta 401), the rate limit (HTTP 429 meta 429 with
 * {@code Retry-After}), the body (not JSON: HTTP 400 meta 400), the endpoint. Empty path segments are skipped, so
 * the Node SDK's {@code /v4//awb} is {@code /v4/awb}.
 *
 * <p>Rate limits, when switched on: at most 10 v4 calls a second per key over every v4 call, and at most 3 creates a
 * second per key (create is v4's real-time call), each counted when the request arrives, as the v2 gates count.
 */
final class V4ApiHandler {
    private static final System.Logger LOG = System.getLogger(V4ApiHandler.class.getName());
    static final String PREFIX = "/v4";
    /** The header that carries the key on v4 (v2's is {@code Trackingmore-Api-Key}). */
    static final String KEY_HEADER = "Tracking-Api-Key";

    private final EmulatorOptions options;
    private final V4Endpoints endpoints;
    private final HttpFaults faults;
    private final RateGate generalGate;
    private final RateGate createGate;

    /** Calls the v4 general gate admitted since start. */
    long generalAdmitted() {
        return generalGate.admitted();
    }

    /** Calls the v4 general gate refused since start. */
    long generalRefused() {
        return generalGate.refused();
    }

    V4ApiHandler(EmulatorOptions options, V4Endpoints endpoints, HttpFaults faults, Clock clock) {
        this.options = options;
        this.endpoints = endpoints;
        this.faults = faults;
        // [SUP-VER] "10 TPS" for v4; [SUP-RT] 3 requests a second for real-time calls, which v4's create is.
        this.generalGate = new RateGate(10, clock);
        this.createGate = new RateGate(3, clock);
    }

    /** Whether {@code rawPath} is on the v4 face. */
    static boolean serves(String rawPath) {
        return rawPath != null && (rawPath.equals(PREFIX) || rawPath.startsWith(PREFIX + "/"));
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean admitted = admitOnArrival(exchange);
            HttpFaults.Draw draw = faults.next();
            if (!draw.latency().isZero()) {
                ApiHandler.sleep(draw.latency());
            }
            switch (draw.fault()) {
                case DROPPED -> {
                    // Headers promise a body that never comes, then the connection closes, as on the v2 face.
                    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                    exchange.sendResponseHeaders(200, 1024);
                    return;
                }
                case SERVER_ERROR -> {
                    ApiHandler.send(exchange, serverError(), false);
                    return;
                }
                case UNAVAILABLE -> {
                    ApiHandler.send(exchange, unavailable(), false);
                    return;
                }
                case RATE_LIMITED -> {
                    ApiHandler.send(exchange, V4Answers.rateLimited(options.faults().retryAfter()), false);
                    return;
                }
                default -> {
                    // NONE or TRUNCATED: answer normally (truncating at the end).
                }
            }
            ApiHandler.send(exchange, answer(exchange, admitted), draw.fault() == HttpFaults.Fault.TRUNCATED);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "emulator failed to answer " + exchange.getRequestURI(), e);
        }
    }

    private static Answer serverError() {
        return V4Answers.error(V4MetaCode.SERVER_ERROR);
    }

    // The README pairs every server error with HTTP 500; a 503 fault keeps its HTTP status and says 512.
    private static Answer unavailable() {
        return V4Answers.httpError(503, V4MetaCode.SERVER_ERROR_512, V4MetaCode.SERVER_ERROR_512.message());
    }

    /** A known v4 call: its name, the one method it answers, and its {@code {id}} when it has one. */
    private record Route(String name, String method, Optional<String> id) {
    }

    private static Optional<Route> route(List<String> path) {
        if (path.size() == 1 && path.get(0).equals("awb")) {
            return Optional.of(new Route("awb", "POST", Optional.empty()));
        }
        if (path.size() == 2 && path.get(0).equals("couriers")) {
            return switch (path.get(1)) {
                case "all" -> Optional.of(new Route("couriers", "GET", Optional.empty()));
                case "detect" -> Optional.of(new Route("detect", "POST", Optional.empty()));
                default -> Optional.empty();
            };
        }
        if (path.isEmpty() || !path.get(0).equals("trackings")) {
            return Optional.empty();
        }
        if (path.size() == 2) {
            return switch (path.get(1)) {
                case "create" -> Optional.of(new Route("create", "POST", Optional.empty()));
                case "batch" -> Optional.of(new Route("batch", "POST", Optional.empty()));
                case "get" -> Optional.of(new Route("list", "GET", Optional.empty()));
                default -> Optional.empty();
            };
        }
        if (path.size() == 3) {
            Optional<String> id = Optional.of(path.get(2));
            return switch (path.get(1)) {
                case "update" -> Optional.of(new Route("update", "PUT", id));
                case "delete" -> Optional.of(new Route("delete", "DELETE", id));
                case "retrack" -> Optional.of(new Route("retrack", "POST", id));
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    // Counts a call of a known key as it arrives; false when it is over a limit. Calls the answer refuses anyway
    // (unknown path or method, no key) are not counted, as on the v2 face.
    private boolean admitOnArrival(HttpExchange exchange) {
        if (!options.rateLimits()) {
            return true;
        }
        Optional<Route> route = segments(exchange.getRequestURI().getRawPath()).flatMap(V4ApiHandler::route);
        if (route.isEmpty() || !route.get().method().equals(method(exchange))) {
            return true;
        }
        String key = apiKey(exchange);
        if (!accepted(key)) {
            return true;
        }
        long at = ApiHandler.arrivedOr(generalGate.now());
        if (generalGate.admit(key, at).isPresent()) {
            return false;
        }
        return !route.get().name().equals("create") || createGate.admit(key, at).isEmpty();
    }

    private boolean accepted(String key) {
        return !key.isEmpty() && (options.apiKeys().isEmpty() || options.apiKeys().contains(key));
    }

    private static String apiKey(HttpExchange exchange) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(KEY_HEADER)).map(String::strip).orElse("");
    }

    private static String method(HttpExchange exchange) {
        return exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    }

    private Answer answer(HttpExchange exchange, boolean admitted) throws IOException {
        Optional<Route> found = segments(exchange.getRequestURI().getRawPath()).flatMap(V4ApiHandler::route);
        if (found.isEmpty()) {
            return V4Answers.error(V4MetaCode.NOT_FOUND);
        }
        Route route = found.get();
        if (!route.method().equals(method(exchange))) {
            exchange.getResponseHeaders().set("Allow", route.method());
            return V4Answers.httpError(405, V4MetaCode.BAD_REQUEST, V4MetaCode.BAD_REQUEST.message());
        }
        if (!accepted(apiKey(exchange))) {
            return V4Answers.error(V4MetaCode.UNAUTHORIZED);
        }
        if (!admitted) {
            return V4Answers.rateLimited(options.faults().retryAfter());
        }
        try {
            return dispatch(route, exchange);
        } catch (V4RequestException e) {
            return V4Answers.error(e.meta(), e.getMessage());
        } catch (Refusal r) {
            // The query-string parser shared with the v2 face: a malformed query string.
            return V4Answers.error(V4MetaCode.BAD_REQUEST, r.getMessage());
        } catch (RateLimitedException e) {
            return V4Answers.rateLimited(e.retryAfter().orElse(options.faults().retryAfter()));
        } catch (QuotaExhaustedException e) {
            return V4Answers.error(V4MetaCode.QUOTA_REACHED);
        } catch (UnauthorizedException e) {
            return V4Answers.error(V4MetaCode.UNAUTHORIZED);
        } catch (InvalidRequestException e) {
            return V4Answers.error(V4MetaCode.answering(e.reason()));
        } catch (OperationNotSupportedException e) {
            return V4Answers.error(V4MetaCode.FORBIDDEN);
        } catch (BackendUnavailableException e) {
            return unavailable();
        } catch (BackendException | IllegalArgumentException | IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "emulator request failed: " + exchange.getRequestURI(), e);
            return serverError();
        }
    }

    private Answer dispatch(Route route, HttpExchange exchange) throws IOException {
        return switch (route.name()) {
            case "create" -> endpoints.create(body(exchange, false));
            case "batch" -> endpoints.batch(body(exchange, false));
            case "list" -> endpoints.list(QueryParams.parse(exchange.getRequestURI().getRawQuery()));
            case "update" -> endpoints.update(route.id().orElseThrow(), body(exchange, true));
            case "delete" -> endpoints.delete(route.id().orElseThrow());
            case "retrack" -> endpoints.retrack(route.id().orElseThrow());
            case "couriers" -> endpoints.couriers();
            case "detect" -> endpoints.detect(body(exchange, false));
            case "awb" -> endpoints.awb(body(exchange, false));
            default -> V4Answers.error(V4MetaCode.NOT_FOUND);
        };
    }

    private static Optional<List<String>> segments(String rawPath) {
        return PathSegments.after(PREFIX, rawPath);
    }

    // The JSON body, whatever the Content-Type says; an empty one is JSON null where the call may have none.
    private static JsonValue body(HttpExchange exchange, boolean mayBeEmpty) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(ApiHandler.MAX_BODY + 1);
        }
        if (bytes.length > ApiHandler.MAX_BODY) {
            throw new V4RequestException(V4MetaCode.BAD_REQUEST, "The request body is larger than 5 MB.");
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            if (mayBeEmpty) {
                return JsonValue.NULL;
            }
            throw new V4RequestException(V4MetaCode.BAD_REQUEST, "The request needs a JSON body.");
        }
        try (JsonReader reader = WireBinding.reader(new ByteArrayInputStream(bytes))) {
            return reader.readValue();
        } catch (RuntimeException | StackOverflowError e) {
            throw new V4RequestException(V4MetaCode.BAD_REQUEST, "The request body is not valid JSON.");
        }
    }
}
