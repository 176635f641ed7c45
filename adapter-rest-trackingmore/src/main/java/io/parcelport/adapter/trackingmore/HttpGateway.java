package io.parcelport.adapter.trackingmore;

import io.parcelport.pacing.AccountId;
import io.parcelport.pacing.AccountPacing;
import io.parcelport.pacing.PacedOperation;
import io.parcelport.pacing.Pacer;
import io.parcelport.pacing.QuotaState;
import io.parcelport.pacing.RateGate;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.rest.RawAnswer;
import io.parcelport.rest.RestSettings;
import io.parcelport.rest.RestTransport;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.MetaCode;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way the adapter talks to TrackingMore: each call is paced and retried by the {@link Pacer}, sent by the
 * {@link RestTransport} and read by the {@link EnvelopeReader}; and every answer is decoded here, so that no binding
 * exception crosses a port.
 *
 * <p>The adapter owns TrackingMore's pacing: its rate limits ({@link RateLimits}), the 120 s cool-down after a 429,
 * backoff and the deadline of a call; the use cases above the ports only chunk and run calls side by side.
 */
final class HttpGateway implements AutoCloseable {
    // The endpoints that spend quota: refused unsent while the account's quota is known to be exhausted.
    private static final Set<Endpoint> SPENDING = EnumSet.of(Endpoint.CREATE, Endpoint.CREATE_BATCH,
            Endpoint.REALTIME, Endpoint.AIR_CARGO, Endpoint.DETECT);

    private final TrackingMoreConfig config;
    private final RestTransport<TrackingMoreApi> transport;
    private final EnvelopeReader reader;
    private final Pacer pacer;
    private final QuotaState quota;
    private final Map<Endpoint, PacedOperation> operations = new EnumMap<>(Endpoint.class);

    HttpGateway(TrackingMoreConfig config) {
        this.config = config;
        this.transport = new RestTransport<>(TrackingMoreApi.class, new RestSettings("TrackingMore", config.baseUri(),
                config.connectTimeout(), config.readTimeout(), config.maxConnections(), config.deadline(),
                config.maxResponseBytes()), new ApiKeyFilter(config.apiKey(), config.userAgent()));
        this.reader = new EnvelopeReader(config);
        // One account for v2 and v4 ("trackingmore"): they share its cool-down and quota; buckets are per version.
        AccountPacing account = config.limiters().forAccount(AccountId.of("trackingmore", config.apiKey()),
                config.ticker());
        this.quota = account.quota();
        this.pacer = new Pacer(config.retryPolicy(), config.rateLimits().maxWait(), config.deadline(),
                config.ticker(), config.random()::nextDouble, config.listener(), account.coolDown());
        Map<Endpoint.Limiter, Optional<RateGate>> limiters = new EnumMap<>(Endpoint.Limiter.class);
        for (Endpoint.Limiter limiter : Endpoint.Limiter.values()) {
            double rate = config.rateLimits().perSecond(limiter);
            String bucket = "v2-" + limiter.name().toLowerCase(Locale.ROOT);
            limiters.put(limiter, rate > 0 ? Optional.of(account.gate(bucket, rate, config.rateLimits().margin()))
                    : Optional.empty());
        }
        for (Endpoint endpoint : Endpoint.values()) {
            operations.put(endpoint, PacedOperation.gated(endpoint.operation, endpoint.safeToRepeat,
                    limiters.get(endpoint.limiter)));
        }
    }

    TrackingMoreConfig config() {
        return config;
    }

    /**
     * Calls {@code endpoint} until it succeeds, fails for good, or the pacing gives up.
     *
     * @return a success or an error answer the operation may turn into an outcome
     * @throws BackendException for every other failure
     */
    Reply call(Endpoint endpoint, Function<TrackingMoreApi, Response> request) {
        return call(endpoint, request, failure -> { });
    }

    /**
     * As {@link #call(Endpoint, Function)}, telling {@code failedAttempt} of each attempt that failed (retried or
     * not), so that an operation can tell whether an earlier attempt may have been processed.
     */
    Reply call(Endpoint endpoint, Function<TrackingMoreApi, Response> request,
            Consumer<BackendException> failedAttempt) {
        return exchange(endpoint, transport -> transport.send(endpoint.operation, request), failedAttempt);
    }

    /**
     * As {@link #call(Endpoint, Function)} for a {@code GET} of the base path followed by {@code segments} (each one
     * path segment, percent-encoded), sent past the Rest Client proxy: see {@link RestTransport#get}.
     */
    Reply get(Endpoint endpoint, String... segments) {
        return exchange(endpoint, transport -> transport.get(endpoint.operation, segments), failure -> { });
    }

    private Reply exchange(Endpoint endpoint, Function<RestTransport<TrackingMoreApi>, RawAnswer> send,
            Consumer<BackendException> failedAttempt) {
        boolean spends = SPENDING.contains(endpoint);
        if (spends && quota.exhausted()) {
            // Answered as TrackingMore would, so that each operation turns it into its usual outcome or exception.
            return new Reply(endpoint, 200, MetaCode.QUOTA_DEFICIENT.code(), "the account's quota is exhausted"
                    + " (known to every instance; not sent)", JsonValue.EMPTY_JSON_ARRAY, null);
        }
        Reply reply = pacer.call(operations.get(endpoint), () -> {
            try {
                return reader.read(endpoint, send.apply(transport));
            } catch (QuotaExhaustedException e) {
                quota.markExhausted();
                failedAttempt.accept(e);
                throw e;
            } catch (BackendException e) {
                failedAttempt.accept(e);
                throw e;
            }
        });
        if (spends && MetaCode.failureOf(reply.metaCode()) == MetaCode.Failure.QUOTA) {
            quota.markExhausted();
        }
        return reply;
    }

    /** The account's quota state, which an account-info read refreshes. */
    QuotaState quota() {
        return quota;
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
                    "unreadable answer: " + reader.clean(e.getMessage()), e);
        } catch (BackendException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever a parser or binder throws (Parsson's nesting limit is a bare RuntimeException), no exception
            // but the ports' own family crosses the port.
            throw new BackendUnavailableException(reply.failure(reply.endpoint()),
                    "unreadable answer: " + reader.clean(String.valueOf(e.getMessage())), e);
        }
    }

    /** Backend text fit for a message: no control characters, no API key, bounded. */
    String clean(String text) {
        return reader.clean(text);
    }

    @Override
    public void close() {
        transport.close();
    }
}
