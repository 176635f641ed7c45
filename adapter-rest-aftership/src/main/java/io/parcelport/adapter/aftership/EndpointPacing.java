package io.parcelport.adapter.aftership;

import io.parcelport.pacing.AccountPacing;
import io.parcelport.pacing.CoolDown;
import io.parcelport.pacing.PacedOperation;
import io.parcelport.pacing.Pacer;
import io.parcelport.pacing.PacingEvent;
import io.parcelport.pacing.PacingListener;
import io.parcelport.pacing.RateGate;
import io.parcelport.pacing.RateLimiter;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.pacing.Ticker;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.TransportException;
import io.parcelport.rest.RawAnswer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The pacing of one AfterShip endpoint, whose limit AfterShip counts on its own (reference §8): a rate limiter seeded
 * with the documented rate and replaced when {@code X-RateLimit-Limit} names another; a window that holds calls back
 * until {@code X-RateLimit-Reset} once {@code X-RateLimit-Remaining} reaches 0; and a {@link Pacer} of its own, so a
 * 429 on one endpoint cools down that endpoint only.
 *
 * <p>The gates come from the account's {@link AccountPacing}, so a fleet given shared limiters keeps to each
 * endpoint's limit together; the hold after {@code Remaining: 0} and the cool-down after a 429 stay this instance's
 * (AfterShip counts them per endpoint, and the shared cool-down is per account).
 *
 * <p>A replaced limiter starts empty: it does not know the calls its predecessor let through in the current second,
 * so the second after a change may see one call more than the new limit; AfterShip answers that with a 429, which is
 * waited out like any other.
 *
 * <p>The wait a 429 asks for is {@code Retry-After} (seconds or an HTTP date) when sent, else the time to
 * {@code X-RateLimit-Reset}; a reset already past on this clock (skew, or the window just rolled) is read as one
 * second, one window. With neither header, the retry policy's cool-down applies.
 */
final class EndpointPacing {
    private static final System.Logger LOG = System.getLogger(EndpointPacing.class.getName());
    static final String LIMIT = "x-ratelimit-limit";
    static final String REMAINING = "x-ratelimit-remaining";
    static final String RESET = "x-ratelimit-reset";
    static final String RETRY_AFTER = "retry-after";

    private static final Duration ONE_WINDOW = Duration.ofSeconds(1);

    private final Endpoint endpoint;
    private final Ticker ticker;
    private final Clock clock;
    private final Duration maxWait;
    private final PacingListener listener;
    private final RetryPolicy policy;
    private final CoolDown window;
    private final Pacer pacer;
    private final AccountPacing account;
    private volatile RateGate limiter;
    private volatile int limit;

    EndpointPacing(Endpoint endpoint, AfterShipConfig config, AccountPacing account) {
        this.endpoint = endpoint;
        this.ticker = config.ticker();
        this.clock = config.clock();
        this.maxWait = config.maxWait();
        this.listener = config.listener();
        this.policy = config.retryPolicy();
        this.window = new CoolDown(ticker);
        this.pacer = new Pacer(config.retryPolicy(), config.maxWait(), config.deadline(), ticker,
                config.random()::nextDouble, listener);
        this.account = account;
        this.limit = config.uniformRate() > 0 ? config.uniformRate() : endpoint.documentedPerSecond;
        this.limiter = gate(limit);
    }

    // One bucket per endpoint and rate: a fleet's instances that learn the same new limit meet in the same bucket.
    private RateGate gate(int perSecond) {
        return account.gate("aftership-" + endpoint.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                + perSecond, perSecond, RateLimiter.DEFAULT_MARGIN);
    }

    /** The per-second limit in force: the documented one until a response names another. */
    int limit() {
        return limit;
    }

    /** Runs {@code attempt} for {@code call} under this endpoint's limiter, window and retries. */
    <T> T call(Endpoint call, Supplier<T> attempt) {
        PacedOperation operation = PacedOperation.gated(call.operation, call.safeToRepeat, Optional.of(limiter));
        return pacer.call(operation, () -> {
            awaitWindow(call);
            return attempt.get();
        });
    }

    private void awaitWindow(Endpoint call) {
        Duration wait = window.remaining();
        if (wait.isZero()) {
            return;
        }
        if (wait.compareTo(maxWait) > 0) {
            throw new RateLimitedException(BackendException.Failure.of(call.operation), "AfterShip's limit for "
                    + endpoint.name() + " is used up until its reset, " + wait.toMillis() + " ms away, longer than"
                    + " this call may wait", Optional.of(wait));
        }
        try {
            listener.onEvent(new PacingEvent(call.operation, 1, policy.maxAttempts(),
                    PacingEvent.Kind.RATE_LIMIT_WAIT, "X-RateLimit-Remaining: 0", wait));
        } catch (RuntimeException ignored) {
            // A broken listener never breaks a call.
        }
        try {
            ticker.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(BackendException.Failure.of(call.operation),
                    "interrupted while waiting for AfterShip's rate-limit window", e);
        }
    }

    /** Adjusts to what a response's rate-limit headers say. */
    void observe(RawAnswer answer) {
        answer.header(LIMIT).flatMap(EndpointPacing::positiveInt).ifPresent(l -> {
            if (l != limit) {
                synchronized (this) {
                    if (l != limit) {
                        limiter = gate(l);
                        LOG.log(System.Logger.Level.DEBUG, "AfterShip limit of {0} is now {1} per second (was {2})",
                                endpoint, l, limit);
                        limit = l;
                    }
                }
            }
        });
        Optional<Integer> remaining = answer.header(REMAINING).flatMap(EndpointPacing::nonNegativeInt);
        if (remaining.isPresent() && remaining.get() == 0) {
            untilReset(answer).ifPresent(window::start);
        }
    }

    /** How long a 429 answer asks to wait, when its headers say. */
    Optional<Duration> retryAfter(RawAnswer answer) {
        Optional<Duration> named = answer.header(RETRY_AFTER).flatMap(this::retryAfterValue);
        if (named.isPresent()) {
            return named;
        }
        return answer.header(RESET).flatMap(EndpointPacing::epochSeconds)
                .map(reset -> {
                    Duration left = Duration.between(clock.instant(), reset);
                    return left.isNegative() || left.isZero() ? ONE_WINDOW : left;
                });
    }

    private Optional<Duration> untilReset(RawAnswer answer) {
        return answer.header(RESET).flatMap(EndpointPacing::epochSeconds)
                .map(reset -> Duration.between(clock.instant(), reset))
                .filter(d -> !d.isNegative() && !d.isZero());
    }

    private Optional<Duration> retryAfterValue(String value) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration left = Duration.between(clock.instant(), at);
            return Optional.of(left.isNegative() ? Duration.ZERO : left);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> epochSeconds(String value) {
        String v = value.strip();
        return v.matches("\\d{1,12}") ? Optional.of(Instant.ofEpochSecond(Long.parseLong(v))) : Optional.empty();
    }

    private static Optional<Integer> positiveInt(String value) {
        return nonNegativeInt(value).filter(n -> n > 0);
    }

    private static Optional<Integer> nonNegativeInt(String value) {
        String v = value.strip();
        return v.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(v)) : Optional.empty();
    }
}
