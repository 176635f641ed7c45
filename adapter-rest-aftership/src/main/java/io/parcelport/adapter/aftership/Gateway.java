package io.parcelport.adapter.aftership;

import io.parcelport.pacing.AccountId;
import io.parcelport.pacing.AccountPacing;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.UnauthorizedException;
import io.parcelport.rest.ApiKeyFilter;
import io.parcelport.rest.RawAnswer;
import io.parcelport.rest.RestSettings;
import io.parcelport.wire.aftership.Envelope;
import io.parcelport.wire.aftership.MalformedAnswerException;
import io.parcelport.wire.aftership.MetaCode;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way the adapter talks to AfterShip: each call is paced and retried by its endpoint's
 * {@link EndpointPacing}, sent by the {@link HttpTransport}, its rate-limit headers observed, and its envelope read
 * into a {@link Reply}; failures no operation turns into an item outcome (unauthorised, rate limited, server errors,
 * unreadable answers) are thrown here as the ports' exceptions, so no binding exception crosses a port.
 */
final class Gateway implements AutoCloseable {
    static final String API_KEY_HEADER = "as-api-key";
    private static final int MAX_MESSAGE = 300;

    private final AfterShipConfig config;
    private final HttpTransport transport;
    private final Map<Endpoint, EndpointPacing> pacing = new EnumMap<>(Endpoint.class);

    Gateway(AfterShipConfig config) {
        this.config = config;
        this.transport = new HttpTransport(new RestSettings("AfterShip", config.baseUri(), config.connectTimeout(),
                config.readTimeout(), config.maxConnections(), config.deadline(), config.maxResponseBytes()),
                new ApiKeyFilter(API_KEY_HEADER, config.apiKey(), config.userAgent()));
        AccountPacing account = config.limiters().forAccount(AccountId.of("aftership", config.apiKey()),
                config.ticker());
        for (Endpoint endpoint : Endpoint.values()) {
            if (endpoint.wire() == endpoint) {
                pacing.put(endpoint, new EndpointPacing(endpoint, config, account));
            }
        }
    }

    AfterShipConfig config() {
        return config;
    }

    /** The pacing of the wire endpoint {@code endpoint} counts against. */
    EndpointPacing pacing(Endpoint endpoint) {
        return pacing.get(endpoint.wire());
    }

    /** Calls {@code endpoint} until it answers a success or a refusal, or the pacing gives up. */
    Reply call(Endpoint endpoint, HttpTransport.Call call) {
        return call(endpoint, call, failure -> { });
    }

    /**
     * As {@link #call(Endpoint, HttpTransport.Call)}, telling {@code failedAttempt} of each attempt that failed, so
     * that an operation can tell whether an earlier attempt may have been processed.
     */
    Reply call(Endpoint endpoint, HttpTransport.Call call, Consumer<BackendException> failedAttempt) {
        EndpointPacing paced = pacing(endpoint);
        return paced.call(endpoint, () -> {
            try {
                RawAnswer answer = transport.send(endpoint.operation, call);
                paced.observe(answer);
                return read(endpoint, answer, paced);
            } catch (BackendException e) {
                failedAttempt.accept(e);
                throw e;
            }
        });
    }

    private Reply read(Endpoint endpoint, RawAnswer answer, EndpointPacing paced) {
        Envelope envelope;
        try {
            envelope = Envelope.read(answer.body(), answer.status(), "answer");
        } catch (MalformedAnswerException e) {
            throw new BackendUnavailableException(BackendException.Failure.of(endpoint.operation, answer.status(),
                    null), "unreadable answer: " + clean(e.getMessage()));
        }
        Reply reply = new Reply(endpoint, answer.status(), envelope, clean(envelope.message().orElse("")));
        BackendException.Failure failure = reply.failure();
        return switch (MetaCode.failureOf(envelope.metaCode(), answer.status())) {
            case NONE, REFUSED -> reply;
            case UNAUTHORIZED -> throw new UnauthorizedException(failure, reply.describe());
            case RATE_LIMITED -> throw new RateLimitedException(failure, reply.describe(), paced.retryAfter(answer));
            case UNAVAILABLE -> throw new BackendUnavailableException(failure, reply.describe());
        };
    }

    /**
     * Decodes a successful answer, turning any failure to read it into {@link BackendUnavailableException} naming
     * what was wrong.
     */
    <T> T decode(Reply reply, Supplier<T> decoding) {
        try {
            return decoding.get();
        } catch (BackendException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new BackendUnavailableException(reply.failure(),
                    "unreadable answer: " + clean(String.valueOf(e.getMessage())));
        }
    }

    /** Backend text fit for a message: no control characters, never the API key, bounded. */
    String clean(String text) {
        String t = text.replace(config.apiKey(), "***").replaceAll("\\p{Cntrl}", " ").strip();
        return t.length() > MAX_MESSAGE ? t.substring(0, MAX_MESSAGE) + "..." : t;
    }

    /** A JSON body for a call. */
    static Optional<byte[]> json(jakarta.json.JsonObject body) {
        return Optional.of(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        transport.close();
    }
}
