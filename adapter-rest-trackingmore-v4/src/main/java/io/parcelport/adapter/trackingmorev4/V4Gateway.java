package io.parcelport.adapter.trackingmorev4;

import io.parcelport.pacing.AccountId;
import io.parcelport.pacing.AccountPacing;
import io.parcelport.pacing.PacedOperation;
import io.parcelport.pacing.Pacer;
import io.parcelport.pacing.QuotaState;
import io.parcelport.pacing.RateGate;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.rest.ApiKeyFilter;
import io.parcelport.rest.RestSettings;
import io.parcelport.rest.RestTransport;
import io.parcelport.wire.trackingmore.MetaCode;
import io.parcelport.wire.trackingmore.v4.V4MetaCode;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way the v4 adapter talks to TrackingMore: each call is paced and retried by the {@link Pacer}, sent by the
 * shared {@link RestTransport} and read by {@link V4Responses}; every answer is decoded here, so that no binding
 * exception crosses a port.
 */
final class V4Gateway implements AutoCloseable {
    /** The v4 authentication header (v2 spelled it {@code Trackingmore-Api-Key}). */
    static final String KEY_HEADER = "Tracking-Api-Key";

    // The calls that spend quota (create is real time; the waybill's cost is not documented, so it counts): refused
    // unsent while the account's quota is known to be exhausted, by this instance or another of the fleet.
    private static final Set<V4Endpoint> SPENDING = EnumSet.of(V4Endpoint.CREATE, V4Endpoint.TRACK_NOW,
            V4Endpoint.CREATE_BATCH, V4Endpoint.AIR_CARGO);

    private final RestTransport<TrackingMoreV4Api> transport;
    private final V4Responses responses;
    private final Pacer pacer;
    private final QuotaState quota;
    private final Map<V4Endpoint, PacedOperation> operations = new EnumMap<>(V4Endpoint.class);

    V4Gateway(TrackingMoreV4Config config) {
        this.transport = new RestTransport<>(TrackingMoreV4Api.class, new RestSettings("TrackingMore v4",
                config.baseUri(), config.connectTimeout(), config.readTimeout(), config.maxConnections(),
                config.deadline(), config.maxResponseBytes()), new ClientFilters(
                        new ApiKeyFilter(KEY_HEADER, config.apiKey(), config.userAgent()), new QueryFilter()));
        this.responses = new V4Responses(config);
        // One account for v2 and v4 ("trackingmore"): they share its cool-down and quota; buckets are per version.
        AccountPacing account = config.limiters().forAccount(AccountId.of("trackingmore", config.apiKey()),
                config.ticker());
        this.quota = account.quota();
        this.pacer = new Pacer(config.retryPolicy(), config.rateLimits().maxWait(), config.deadline(),
                config.ticker(), config.random()::nextDouble, config.listener(), account.coolDown());
        Map<V4Endpoint.Limiter, RateGate> gates = new EnumMap<>(V4Endpoint.Limiter.class);
        for (V4Endpoint.Limiter limiter : V4Endpoint.Limiter.values()) {
            gates.put(limiter, account.gate("v4-" + limiter.name().toLowerCase(Locale.ROOT),
                    config.rateLimits().perSecond(limiter), config.rateLimits().margin()));
        }
        for (V4Endpoint endpoint : V4Endpoint.values()) {
            operations.put(endpoint, PacedOperation.gated(endpoint.operation, endpoint.safeToRepeat,
                    Optional.of(gates.get(endpoint.limiter))));
        }
    }

    /** Calls {@code endpoint} until it succeeds, fails for good, or the pacing gives up; {@code data} as a tree. */
    V4Reply call(V4Endpoint endpoint, Function<TrackingMoreV4Api, Response> request) {
        return call(endpoint, request, false);
    }

    /** As {@link #call(V4Endpoint, Function)}, reading {@code data} as trackings when {@code trackings} is set. */
    V4Reply call(V4Endpoint endpoint, Function<TrackingMoreV4Api, Response> request, boolean trackings) {
        boolean spends = SPENDING.contains(endpoint);
        if (spends && quota.exhausted()) {
            // Answered as TrackingMore would (4190), so that each operation turns it into its usual outcome.
            return new V4Reply(endpoint, 400, V4MetaCode.QUOTA_REACHED.code(), "the account's quota is exhausted"
                    + " (known to every instance; not sent)", JsonValue.NULL, List.of());
        }
        V4Reply reply = pacer.call(operations.get(endpoint),
                () -> responses.read(endpoint, transport.send(endpoint.operation, request), trackings));
        if (spends && V4MetaCode.failureOf(reply.code(), reply.httpStatus()) == MetaCode.Failure.QUOTA) {
            quota.markExhausted();
        }
        return reply;
    }

    /** Decodes an answer, turning any failure to read it into {@link BackendUnavailableException}. */
    <T> T decode(V4Reply reply, Supplier<T> decoding) {
        try {
            return decoding.get();
        } catch (BackendException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever a parser, binder or the domain throws, no exception but the ports' own crosses the port.
            throw new BackendUnavailableException(reply.failure(reply.endpoint()),
                    "unreadable answer: " + responses.clean(String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public void close() {
        transport.close();
    }
}
