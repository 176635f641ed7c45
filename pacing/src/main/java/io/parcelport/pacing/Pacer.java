package io.parcelport.pacing;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.TransportException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The one retry loop of a backend: before each attempt it waits out the shared {@link AccountCoolDown} and its
 * operation's {@link RateGate}; after a failure it asks the {@link RetryPolicy} whether and when to try again; and it
 * never waits beyond the call's total deadline, failing instead with the last failure.
 *
 * <p>The shared cool-down after a vendor 429 lasts its {@code Retry-After} (or the policy's cool-down), capped at
 * the longer of {@link RetryPolicy#maxRetryWait()} and {@link RetryPolicy#rateLimitCoolDown()} (120 s by default).
 *
 * <p>The deadline bounds the waits, not an attempt in flight: each attempt has its own timeouts (the HTTP client's).
 * Every wait, retry and surrender is reported to the {@link PacingListener}. Thread-safe; one per backend instance.
 */
public final class Pacer {
    private final RetryPolicy policy;
    private final Duration maxWait;
    private final Duration deadline;
    private final Ticker ticker;
    private final DoubleSupplier jitter;
    private final SafeListener listener;
    private final AccountCoolDown coolDown;

    /**
     * A pacer.
     *
     * @param policy when failed attempts are repeated
     * @param maxWait the longest a caller waits for a rate-limit slot or the end of a cool-down before it fails
     * @param deadline the longest a call may spend waiting in total, retries included
     * @param ticker the time it reads and waits with
     * @param jitter random numbers in [0, 1) that pick each backoff within its range
     * @param listener hears every wait, retry and surrender
     */
    public Pacer(RetryPolicy policy, Duration maxWait, Duration deadline, Ticker ticker, DoubleSupplier jitter,
            PacingListener listener) {
        this(policy, maxWait, deadline, ticker, jitter, listener, new CoolDown(ticker));
    }

    /**
     * A pacer whose cool-down after a vendor 429 is {@code coolDown}, e.g. one shared by every instance of a fleet
     * ({@link AccountPacing#coolDown()}); the other parameters as in the constructor above.
     */
    public Pacer(RetryPolicy policy, Duration maxWait, Duration deadline, Ticker ticker, DoubleSupplier jitter,
            PacingListener listener, AccountCoolDown coolDown) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.maxWait = RetryPolicy.nonNegative(maxWait, "maxWait");
        this.deadline = RetryPolicy.nonNegative(deadline, "deadline");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        this.listener = new SafeListener(Objects.requireNonNull(listener, "listener"));
        this.coolDown = Objects.requireNonNull(coolDown, "coolDown");
    }

    /**
     * Runs {@code attempt} until it returns, fails for good, or the policy or the deadline gives up.
     *
     * @throws BackendException the last failure, or {@link RateLimitedException} (without HTTP status) when a
     *     rate-limit slot or a cool-down is further away than this call may wait
     */
    public <T> T call(PacedOperation operation, Supplier<T> attempt) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(attempt, "attempt");
        long start = ticker.nanoTime();
        Optional<BackendException> last = Optional.empty();
        for (int n = 1; ; n++) {
            awaitCoolDown(operation, n, start, last);
            awaitSlot(operation, n, start, last);
            RateLimiter.Ticket ticket = operation.limiter().isPresent() ? RateLimiter.pending() : null;
            try {
                try {
                    return attempt.get();
                } finally {
                    RateLimiter.finish(ticket);
                }
            } catch (BackendException e) {
                last = Optional.of(e);
                // Only the vendor's own "too many requests" pauses every caller; our limiters' refusals do not.
                if (e instanceof RateLimitedException limited && e.httpStatus().isPresent()) {
                    // Capped like a retry's wait: one "Retry-After: 999999999" must not silence the instance for
                    // years; past the cap the vendor is asked again, and answers 429 again if it meant it.
                    Duration pause = limited.retryAfter().orElse(policy.rateLimitCoolDown());
                    Duration cap = policy.maxRetryWait().compareTo(policy.rateLimitCoolDown()) > 0
                            ? policy.maxRetryWait() : policy.rateLimitCoolDown();
                    coolDown.start(pause.compareTo(cap) > 0 ? cap : pause);
                }
                Optional<Duration> wait = policy.retryDelay(e, n, operation.safeToRepeat(), jitter.getAsDouble());
                if (wait.isEmpty() || wait.get().compareTo(left(start)) > 0) {
                    listener.hear(new PacingEvent(operation.name(), n, policy.maxAttempts(),
                            PacingEvent.Kind.GIVING_UP, PacingEvent.causeOf(e), wait.orElse(Duration.ZERO)));
                    throw e;
                }
                listener.hear(new PacingEvent(operation.name(), n + 1, policy.maxAttempts(), PacingEvent.Kind.RETRY,
                        PacingEvent.causeOf(e), wait.get()));
                sleep(operation, wait.get());
            }
        }
    }

    private void awaitCoolDown(PacedOperation operation, int attempt, long start, Optional<BackendException> last) {
        Duration wait = coolDown.remaining();
        if (wait.isZero()) {
            return;
        }
        if (wait.compareTo(maxWait) > 0 || wait.compareTo(left(start)) > 0) {
            throw givingUp(operation, attempt, wait, last.orElseGet(() -> new RateLimitedException(
                    BackendException.Failure.of(operation.name()), "the backend rate-limited this client; cooling"
                            + " down for another " + wait.toSeconds() + " s", Optional.of(wait))));
        }
        listener.hear(new PacingEvent(operation.name(), attempt, policy.maxAttempts(),
                PacingEvent.Kind.COOL_DOWN_WAIT, "cool-down", wait));
        sleep(operation, wait);
    }

    private void awaitSlot(PacedOperation operation, int attempt, long start, Optional<BackendException> last) {
        if (operation.gate().isEmpty()) {
            return;
        }
        RateGate limiter = operation.gate().get();
        long began = ticker.nanoTime();
        // Admitted only as the call leaves: a waiting caller sleeps and asks again, as others may go first.
        for (Duration wait = limiter.admit(); !wait.isZero(); wait = limiter.admit()) {
            Duration waited = Duration.ofNanos(ticker.nanoTime() - began);
            Duration bound = maxWait.minus(waited).compareTo(left(start)) < 0 ? maxWait.minus(waited) : left(start);
            if (wait.compareTo(bound) > 0) {
                Duration refused = wait;
                BackendException failure = last.filter(e -> refused.compareTo(maxWait) <= 0)
                        .orElseGet(() -> new RateLimitedException(BackendException.Failure.of(operation.name()),
                                "client-side rate limit: the next free slot is " + refused.toMillis()
                                        + " ms away, longer than this call may wait (" + Math.max(0, bound.toMillis())
                                        + " ms)", Optional.of(refused)));
                throw givingUp(operation, attempt, refused, failure);
            }
            listener.hear(new PacingEvent(operation.name(), attempt, policy.maxAttempts(),
                    PacingEvent.Kind.RATE_LIMIT_WAIT, "client rate limit", wait));
            sleep(operation, wait);
        }
    }

    private BackendException givingUp(PacedOperation operation, int attempt, Duration refused,
            BackendException failure) {
        listener.hear(new PacingEvent(operation.name(), attempt - 1, policy.maxAttempts(),
                PacingEvent.Kind.GIVING_UP, PacingEvent.causeOf(failure), refused));
        return failure;
    }

    private Duration left(long start) {
        Duration spent = Duration.ofNanos(ticker.nanoTime() - start);
        Duration left = deadline.minus(spent);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void sleep(PacedOperation operation, Duration wait) {
        try {
            ticker.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(BackendException.Failure.of(operation.name()),
                    "interrupted while waiting to call the backend", e);
        }
    }
}
