package io.parcelport.emulator;

import static io.parcelport.wire.aftership.Json.PROVIDER;

import com.sun.net.httpserver.HttpExchange;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.OperationNotSupportedException;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.UnauthorizedException;
import io.parcelport.wire.aftership.MetaCode;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The AfterShip Tracking 2025-07 face of the emulator (reference §1, §2, §7, §8): routes
 * {@code /tracking/2025-07/...} to {@link AfterShipEndpoints}, checks the {@code as-api-key} header, counts AfterShip's
 * per-endpoint limits, injects the same faults as the other faces (with AfterShip bodies), and answers with real
 * HTTP statuses, AfterShip's envelope and an {@code as-api-version} header.
 *
 * <p>Order per request, as on the other faces: the rate count on arrival, faults (latency, then maybe
 * 500/503/429/drop), routing (an unknown path or a path without that method: HTTP 404 meta 404, AfterShip's "bad
 * URI"), the key (missing or not accepted: HTTP 401 meta 401), the rate limit (HTTP 429 meta 429), the body (not a
 * JSON object: HTTP 400 meta 4001), the endpoint.
 */
final class AfterShipApiHandler {
    private static final System.Logger LOG = System.getLogger(AfterShipApiHandler.class.getName());
    /** The API version served. */
    static final String VERSION = "2025-07";
    static final String PREFIX = "/tracking/" + VERSION;
    /** The header that carries the key. */
    static final String KEY_HEADER = "as-api-key";
    /** The per-second limit the reference does not give (courier connections): the by-id endpoints' 5. */
    static final int UNDOCUMENTED_LIMIT = 5;
    private static final String UNAUTHORIZED_MESSAGE = "Invalid API Key.";

    private final EmulatorOptions options;
    private final AfterShipEndpoints endpoints;
    private final HttpFaults faults;
    private final Clock clock;
    private final AfterShipRateWindow windows = new AfterShipRateWindow();

    AfterShipApiHandler(EmulatorOptions options, AfterShipEndpoints endpoints, HttpFaults faults, Clock clock) {
        this.options = options;
        this.endpoints = endpoints;
        this.faults = faults;
        this.clock = clock;
    }

    /** Whether {@code rawPath} belongs to the AfterShip face (any version: the others are 404 there). */
    static boolean serves(String rawPath) {
        return rawPath != null && (rawPath.equals("/tracking") || rawPath.startsWith("/tracking/"));
    }

    /**
     * A known call: its name, its per-second limit (reference §2's table), and its {@code {id}} when it has one.
     */
    record Route(String name, int limit, Optional<String> id) {
    }

    static Optional<Route> route(List<String> path, String method) {
        int n = path.size();
        if (n == 0) {
            return Optional.empty();
        }
        Optional<String> second = n > 1 ? Optional.of(path.get(1)) : Optional.empty();
        return switch (path.get(0)) {
            case "trackings" -> switch (n) {
                case 1 -> switch (method) {
                    case "POST" -> Optional.of(new Route("create", 20, Optional.empty()));
                    case "GET" -> Optional.of(new Route("list", 6, Optional.empty()));
                    default -> Optional.empty();
                };
                case 2 -> switch (method) {
                    case "GET" -> Optional.of(new Route("get", 5, second));
                    case "PUT" -> Optional.of(new Route("update", 5, second));
                    case "DELETE" -> Optional.of(new Route("delete", 5, second));
                    default -> Optional.empty();
                };
                case 3 -> !method.equals("POST") ? Optional.empty() : switch (path.get(2)) {
                    case "retrack" -> Optional.of(new Route("retrack", 5, second));
                    case "mark-as-completed" -> Optional.of(new Route("mark-as-completed", 5, second));
                    default -> Optional.empty();
                };
                default -> Optional.empty();
            };
            case "couriers" -> {
                if (n == 1 && method.equals("GET")) {
                    yield Optional.of(new Route("couriers", 5, Optional.empty()));
                }
                yield n == 2 && method.equals("POST") && path.get(1).equals("detect")
                        ? Optional.of(new Route("detect", 3, Optional.empty())) : Optional.empty();
            }
            case "estimated-delivery-date" -> {
                if (n != 2 || !method.equals("POST")) {
                    yield Optional.empty();
                }
                yield switch (path.get(1)) {
                    case "predict" -> Optional.of(new Route("predict", 5, Optional.empty()));
                    case "predict-batch" -> Optional.of(new Route("predict-batch", 20, Optional.empty()));
                    default -> Optional.empty();
                };
            }
            case "courier-connections" -> switch (n) {
                case 1 -> switch (method) {
                    case "GET" -> Optional.of(new Route("connections", UNDOCUMENTED_LIMIT, Optional.empty()));
                    case "POST" -> Optional.of(new Route("create-connection", UNDOCUMENTED_LIMIT, Optional.empty()));
                    default -> Optional.empty();
                };
                case 2 -> switch (method) {
                    case "GET" -> Optional.of(new Route("connection", UNDOCUMENTED_LIMIT, second));
                    case "PATCH" -> Optional.of(new Route("patch-connection", UNDOCUMENTED_LIMIT, second));
                    case "DELETE" -> Optional.of(new Route("delete-connection", UNDOCUMENTED_LIMIT, second));
                    default -> Optional.empty();
                };
                default -> Optional.empty();
            };
            default -> Optional.empty();
        };
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("as-api-version", VERSION);
            Optional<Route> route = segments(exchange.getRequestURI().getRawPath())
                    .flatMap(p -> route(p, method(exchange)));
            String key = apiKey(exchange);
            Optional<AfterShipRateWindow.Count> count = Optional.empty();
            if (options.rateLimits() && route.isPresent() && accepted(key)) {
                count = Optional.of(windows.count(key, route.get().name(), route.get().limit(),
                        ApiHandler.arrivedOr(clock.millis())));
            }
            HttpFaults.Draw draw = faults.next();
            if (!draw.latency().isZero()) {
                ApiHandler.sleep(draw.latency());
            }
            switch (draw.fault()) {
                case DROPPED -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                    exchange.sendResponseHeaders(200, 1024);
                    return;
                }
                case SERVER_ERROR -> {
                    ApiHandler.send(exchange, AfterShipAnswers.error(MetaCode.INTERNAL_ERROR), false);
                    return;
                }
                case UNAVAILABLE -> {
                    ApiHandler.send(exchange, AfterShipAnswers.error(MetaCode.INTERNAL_ERROR_503), false);
                    return;
                }
                case RATE_LIMITED -> {
                    // An injected 429 tells the client to wait the configured time, through the reset header.
                    int limit = route.map(Route::limit).orElse(UNDOCUMENTED_LIMIT);
                    long reset = Math.floorDiv(clock.millis(), 1000) + Math.max(1,
                            options.faults().retryAfter().toSeconds());
                    rateHeaders(exchange, new AfterShipRateWindow.Count(limit, 0, reset, false));
                    ApiHandler.send(exchange, AfterShipAnswers.error(MetaCode.TOO_MANY_REQUEST), false);
                    return;
                }
                default -> {
                    // NONE or TRUNCATED: answer normally (truncating at the end).
                }
            }
            count.ifPresent(c -> rateHeaders(exchange, c));
            ApiHandler.send(exchange, answer(exchange, route, key, count), draw.fault() == HttpFaults.Fault.TRUNCATED);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "emulator failed to answer " + exchange.getRequestURI(), e);
        }
    }

    private static void rateHeaders(HttpExchange exchange, AfterShipRateWindow.Count c) {
        exchange.getResponseHeaders().set("X-RateLimit-Limit", Integer.toString(c.limit()));
        exchange.getResponseHeaders().set("X-RateLimit-Remaining", Integer.toString(c.remaining()));
        exchange.getResponseHeaders().set("X-RateLimit-Reset", Long.toString(c.resetEpochSecond()));
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

    private Answer answer(HttpExchange exchange, Optional<Route> found, String key,
            Optional<AfterShipRateWindow.Count> count) throws IOException {
        if (found.isEmpty()) {
            return AfterShipAnswers.error(MetaCode.NOT_FOUND);
        }
        if (!accepted(key)) {
            return AfterShipAnswers.error(MetaCode.API_KEY_INVALID, UNAUTHORIZED_MESSAGE);
        }
        if (count.isPresent() && !count.get().admitted()) {
            return AfterShipAnswers.error(MetaCode.TOO_MANY_REQUEST);
        }
        Route route = found.get();
        try {
            return dispatch(route, exchange);
        } catch (AfterShipRefusal r) {
            return AfterShipAnswers.error(r.meta(), r.getMessage());
        } catch (Refusal r) {
            // The query-string parser shared with the other faces: a malformed query string.
            return AfterShipAnswers.error(MetaCode.INVALID_REQUEST, r.getMessage());
        } catch (RateLimitedException e) {
            return AfterShipAnswers.error(MetaCode.TOO_MANY_REQUEST);
        } catch (QuotaExhaustedException e) {
            AfterShipRefusal r = AfterShipEndpoints.quotaExhausted();
            return AfterShipAnswers.error(r.meta(), r.getMessage());
        } catch (UnauthorizedException e) {
            return AfterShipAnswers.error(MetaCode.API_KEY_INVALID, UNAUTHORIZED_MESSAGE);
        } catch (InvalidRequestException e) {
            AfterShipRefusal r = AfterShipEndpoints.refusalFor(e.reason());
            return AfterShipAnswers.error(r.meta(), r.getMessage());
        } catch (OperationNotSupportedException e) {
            return AfterShipAnswers.error(MetaCode.REQUEST_NOT_ALLOWED);
        } catch (BackendUnavailableException e) {
            return AfterShipAnswers.error(MetaCode.INTERNAL_ERROR_503);
        } catch (BackendException | IllegalArgumentException | IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "emulator request failed: " + exchange.getRequestURI(), e);
            return AfterShipAnswers.error(MetaCode.INTERNAL_ERROR);
        }
    }

    private Answer dispatch(Route route, HttpExchange exchange) throws IOException {
        Map<String, String> query = QueryParams.parse(exchange.getRequestURI().getRawQuery());
        return switch (route.name()) {
            case "create" -> endpoints.create(body(exchange, false));
            case "list" -> endpoints.list(query);
            case "get" -> endpoints.get(route.id().orElseThrow(), query);
            case "update" -> endpoints.update(route.id().orElseThrow(), body(exchange, true));
            case "delete" -> endpoints.delete(route.id().orElseThrow());
            case "retrack" -> endpoints.retrack(route.id().orElseThrow());
            case "mark-as-completed" -> endpoints.markAsCompleted(route.id().orElseThrow(), body(exchange, false));
            case "couriers" -> endpoints.couriers(query);
            case "detect" -> endpoints.detect(body(exchange, false));
            case "predict" -> endpoints.predict(body(exchange, false));
            case "predict-batch" -> endpoints.predictBatch(body(exchange, false));
            case "connections" -> endpoints.connections(query);
            case "create-connection" -> endpoints.createConnection(body(exchange, false));
            case "connection" -> endpoints.connection(route.id().orElseThrow());
            case "patch-connection" -> endpoints.patchConnection(route.id().orElseThrow(), body(exchange, false));
            case "delete-connection" -> endpoints.deleteConnection(route.id().orElseThrow());
            default -> AfterShipAnswers.error(MetaCode.NOT_FOUND);
        };
    }

    private static Optional<List<String>> segments(String rawPath) {
        return PathSegments.after(PREFIX, rawPath);
    }

    // The JSON object of the body, whatever the Content-Type says; an empty body is {} where the call may have none.
    private static JsonObject body(HttpExchange exchange, boolean mayBeEmpty) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(ApiHandler.MAX_BODY + 1);
        }
        if (bytes.length > ApiHandler.MAX_BODY) {
            throw new AfterShipRefusal(MetaCode.INVALID_REQUEST, "The request body is larger than 5 MB.");
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            if (mayBeEmpty) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            throw new AfterShipRefusal(MetaCode.INVALID_JSON);
        }
        JsonValue value;
        try (JsonReader reader = PROVIDER.createReader(new ByteArrayInputStream(bytes))) {
            value = reader.readValue();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AfterShipRefusal(MetaCode.INVALID_JSON);
        }
        if (!(value instanceof JsonObject o)) {
            throw new AfterShipRefusal(MetaCode.INVALID_JSON);
        }
        return o;
    }
}
