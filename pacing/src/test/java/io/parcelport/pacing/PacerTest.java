package io.parcelport.pacing;

import static io.parcelport.pacing.Failures.OP;
import static io.parcelport.pacing.Failures.http;
import static io.parcelport.pacing.Failures.http429;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.parcelport.pacing.PacingEvent.Kind;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.RateLimitedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PacerTest {
    private static final PacedOperation SAFE = new PacedOperation(OP, true, Optional.empty());
    private static final PacedOperation UNSAFE = new PacedOperation("ShipmentTracker.changeCarrier", false,
            Optional.empty());

    // Full jitter pinned to the top of its range, so that backoff waits are exact.
    private static final DoubleSupplier MAX_JITTER = () -> 1.0;

    private final ManualTicker ticker = new ManualTicker();
    private final List<PacingEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    private Pacer pacer(RetryPolicy policy, Duration deadline) {
        return new Pacer(policy, Duration.ofSeconds(30), deadline, ticker, MAX_JITTER, events::add);
    }

    private Pacer pacer() {
        return pacer(RetryPolicy.DEFAULT, Duration.ofMinutes(5));
    }

    // Throws each failure in turn, then answers "ok".
    private Supplier<String> failing(BackendException... failures) {
        List<BackendException> queue = new ArrayList<>(List.of(failures));
        return () -> {
            calls.incrementAndGet();
            if (queue.isEmpty()) {
                return "ok";
            }
            throw queue.remove(0);
        };
    }

    @Test
    void aSuccessCostsOneAttemptAndNoEvent() {
        assertThat(pacer().call(SAFE, failing())).isEqualTo("ok");

        assertThat(calls).hasValue(1);
        assertThat(events).isEmpty();
        assertThat(ticker.sleeps()).isEmpty();
    }

    @Test
    void aServerErrorIsRetriedWithBackoffAndEachRetryIsHeard() {
        assertThat(pacer().call(SAFE, failing(http(500), http(502)))).isEqualTo("ok");

        assertThat(ticker.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(events).containsExactly(
                new PacingEvent(OP, 2, 3, Kind.RETRY, "BackendUnavailableException, HTTP 500", Duration.ofMillis(500)),
                new PacingEvent(OP, 3, 3, Kind.RETRY, "BackendUnavailableException, HTTP 502", Duration.ofSeconds(1)));
    }

    @Test
    void a429WithoutRetryAfterCostsAtMostMaxAttemptsAndTwoCoolDowns() {
        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> pacer().call(SAFE,
                failing(http429(Optional.empty()), http429(Optional.empty()), http429(Optional.empty()))));

        assertThat(e).isNotNull();
        assertThat(calls).hasValue(3);
        assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(120), Duration.ofSeconds(120));
        assertThat(events).extracting(PacingEvent::kind).containsExactly(Kind.RETRY, Kind.RETRY, Kind.GIVING_UP);
        assertThat(events.get(2)).isEqualTo(new PacingEvent(OP, 3, 3, Kind.GIVING_UP,
                "RateLimitedException, HTTP 429", Duration.ZERO));
    }

    @Test
    void aVendor429PausesEveryOtherCallerOfThePacer() {
        Pacer pacer = pacer(RetryPolicy.NONE, Duration.ofMinutes(5));
        assertThatThrownBy(() -> pacer.call(SAFE, failing(http429(Optional.of(Duration.ofSeconds(20))))))
                .isInstanceOf(RateLimitedException.class);

        assertThat(pacer.call(SAFE, failing())).isEqualTo("ok");

        assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(20));
        assertThat(events).extracting(PacingEvent::kind).containsExactly(Kind.GIVING_UP, Kind.COOL_DOWN_WAIT);
    }

    @Test
    void aCoolDownLongerThanTheBoundFailsFastWithoutCalling() {
        Pacer pacer = pacer();
        assertThatThrownBy(() -> pacer.call(SAFE, failing(http429(Optional.of(Duration.ofHours(1))))))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
        calls.set(0);

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> pacer.call(SAFE, failing()));

        assertThat(e.httpStatus()).isEmpty();
        assertThat(e.retryAfter()).contains(RetryPolicy.DEFAULT.maxRetryWait());
        assertThat(calls).hasValue(0);
        assertThat(ticker.sleeps()).isEmpty();
    }

    @Test
    void aHugeRetryAfterPausesTheInstanceOnlyUntilTheCap() {
        Pacer pacer = pacer();
        assertThatThrownBy(() -> pacer.call(SAFE, failing(http429(Optional.of(Duration.ofSeconds(999_999_999))))))
                .isInstanceOf(RateLimitedException.class);

        ticker.advance(RetryPolicy.DEFAULT.maxRetryWait().plusSeconds(1));

        assertThat(pacer.call(SAFE, failing())).isEqualTo("ok");
    }

    @Test
    void theDeadlineStopsRetriesThatWouldWaitBeyondItWithTheLastFailure() {
        Pacer pacer = pacer(RetryPolicy.DEFAULT.withMaxAttempts(10), Duration.ofSeconds(100));

        BackendException e = catchThrowableOfType(BackendException.class, () -> pacer.call(SAFE,
                failing(http429(Optional.empty()), http(500))));

        assertThat(e).isInstanceOf(RateLimitedException.class);
        assertThat(ticker.sleeps()).isEmpty();
        assertThat(calls).hasValue(1);
        assertThat(events).singleElement().extracting(PacingEvent::kind).isEqualTo(Kind.GIVING_UP);
    }

    @Test
    void theDeadlineCountsEveryWaitOfTheCall() {
        Pacer pacer = pacer(RetryPolicy.DEFAULT.withMaxAttempts(10), Duration.ofSeconds(2));

        BackendUnavailableException e = catchThrowableOfType(BackendUnavailableException.class,
                () -> pacer.call(SAFE, failing(http(500), http(501), http(502), http(503))));

        // 0.5 s + 1 s fit in two seconds; the next 2 s would not, so the third failure is the answer.
        assertThat(ticker.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(e.httpStatus()).hasValue(502);
        assertThat(ticker.slept()).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anUnsafeOperationIsNotRepeatedAfterAServerErrorButIsAfterA429() {
        assertThatThrownBy(() -> pacer().call(UNSAFE, failing(http(503)))).isInstanceOf(
                BackendUnavailableException.class);
        assertThat(calls).hasValue(1);

        assertThat(pacer().call(UNSAFE, failing(http429(Optional.of(Duration.ofSeconds(1)))))).isEqualTo("ok");
        assertThat(calls).hasValue(3);
    }

    @Test
    void callsWaitForTheirRateLimitSlotAndTheWaitIsHeard() {
        PacedOperation limited = new PacedOperation(OP, true, Optional.of(RateLimiter.evenlySpaced(2, ticker)));
        Pacer pacer = pacer();

        pacer.call(limited, failing());
        pacer.call(limited, failing());

        assertThat(ticker.sleeps()).containsExactly(Duration.ofMillis(500));
        assertThat(events).containsExactly(new PacingEvent(OP, 1, 3, Kind.RATE_LIMIT_WAIT, "client rate limit",
                Duration.ofMillis(500)));
    }

    @Test
    void aSlotFurtherThanTheWaitBoundIsAClientSideRateLimitWithoutASend() {
        PacedOperation limited = new PacedOperation(OP, true, Optional.of(RateLimiter.evenlySpaced(0.01, ticker)));
        Pacer pacer = pacer();
        pacer.call(limited, failing());

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                () -> pacer.call(limited, failing()));

        assertThat(e.httpStatus()).isEmpty();
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(100));
        assertThat(calls).hasValue(1);
    }

    @Test
    void aListenerThatThrowsDoesNotBreakTheCall() {
        Pacer pacer = new Pacer(RetryPolicy.DEFAULT, Duration.ofSeconds(30), Duration.ofMinutes(5), ticker,
                MAX_JITTER, event -> {
                    throw new IllegalStateException("listener bug");
                });

        assertThat(pacer.call(SAFE, failing(http(500), http(500)))).isEqualTo("ok");
        assertThat(calls).hasValue(3);
    }

    @Test
    void anInterruptedWaitIsATransportFailureAndKeepsTheInterrupt() {
        Ticker interrupted = new Ticker() {
            @Override
            public long nanoTime() {
                return 0;
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                throw new InterruptedException();
            }
        };
        Pacer pacer = new Pacer(RetryPolicy.DEFAULT, Duration.ofSeconds(30), Duration.ofMinutes(5), interrupted,
                MAX_JITTER, PacingListener.NONE);

        assertThatThrownBy(() -> pacer.call(SAFE, failing(http(500))))
                .isInstanceOf(io.parcelport.ports.TransportException.class).hasMessageContaining("interrupted");
        assertThat(Thread.interrupted()).isTrue();
    }
}
