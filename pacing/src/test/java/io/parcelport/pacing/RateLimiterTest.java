package io.parcelport.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final Duration MARGIN = Duration.ofMillis(40);
    private final ManualTicker ticker = new ManualTicker();

    // What a transport does: a call admitted goes on the wire at once.
    private static Duration admitted(RateLimiter limiter) {
        Duration wait = limiter.admit();
        if (wait.isZero()) {
            RateLimiter.sent();
        }
        return wait;
    }

    @Test
    void threePerSecondLetsThreeLeaveAtOnceAndTheFourthOneSecondAndTheMarginAfterTheFirst() {
        RateLimiter limiter = RateLimiter.perSecond(3, MARGIN, ticker);

        assertThat(admitted(limiter)).isZero();
        ticker.advance(Duration.ofMillis(10));
        assertThat(admitted(limiter)).isZero();
        assertThat(admitted(limiter)).isZero();

        assertThat(admitted(limiter)).isEqualTo(Duration.ofMillis(1030));
        ticker.advance(Duration.ofMillis(1030));
        assertThat(admitted(limiter)).isZero();
        // The next one waits for the second departure (at 10 ms) to leave its window.
        assertThat(admitted(limiter)).isEqualTo(Duration.ofMillis(10 + 1040 - 1040));
    }

    @Test
    void aCallToldToWaitRecordsNothing() {
        RateLimiter limiter = RateLimiter.perSecond(1, MARGIN, ticker);
        admitted(limiter);

        assertThat(admitted(limiter)).isEqualTo(Duration.ofMillis(1040));
        assertThat(admitted(limiter)).isEqualTo(Duration.ofMillis(1040));
        ticker.advance(Duration.ofMillis(1040));
        assertThat(admitted(limiter)).isZero();
    }

    @Test
    void aCallThatLeavesLateIsCountedWhenItLeftNotWhenItWasDue() {
        RateLimiter limiter = RateLimiter.perSecond(1, MARGIN, ticker);
        admitted(limiter);
        Duration due = admitted(limiter);
        // Its thread wakes 300 ms after it was told: the next call's window counts from then, not from when it was due.
        ticker.advance(due.plusMillis(300));
        assertThat(admitted(limiter)).isZero();

        assertThat(admitted(limiter)).isEqualTo(Duration.ofMillis(1040));
    }

    @Test
    void aCallNotYetSentHoldsBackTheCallThatMustFollowItByAWindowAndCountsFromWhenItIsSent() {
        RateLimiter limiter = RateLimiter.perSecond(1, MARGIN, ticker);
        assertThat(limiter.admit()).isZero();
        RateLimiter.Ticket first = RateLimiter.pending();

        // Still opening its connection: the next call asks again shortly rather than trusting the admission time.
        ticker.advance(Duration.ofSeconds(3));
        assertThat(limiter.admit()).isEqualTo(Duration.ofMillis(5));
        ticker.advance(Duration.ofMillis(500));
        RateLimiter.sent();

        assertThat(limiter.admit()).isEqualTo(Duration.ofMillis(1040));
        RateLimiter.finish(first);
        assertThat(limiter.admit()).isEqualTo(Duration.ofMillis(1040));
    }

    @Test
    void anAttemptThatEndsWithoutItsTransportSayingSentCountsAsSentAtItsEnd() {
        RateLimiter limiter = RateLimiter.perSecond(1, MARGIN, ticker);
        limiter.admit();
        RateLimiter.Ticket call = RateLimiter.pending();
        ticker.advance(Duration.ofMillis(700));

        RateLimiter.finish(call);

        assertThat(RateLimiter.pending()).isNull();
        assertThat(limiter.admit()).isEqualTo(Duration.ofMillis(1040));
    }

    @Test
    void ratesBelowOneSpaceSingleCalls() {
        RateLimiter limiter = RateLimiter.perSecond(0.5, Duration.ZERO, ticker);

        assertThat(limiter.perSecond()).isEqualTo(0.5);
        assertThat(admitted(limiter)).isZero();
        assertThat(admitted(limiter)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void evenlySpacedIsOneCallPerInterval() {
        RateLimiter limiter = RateLimiter.evenlySpaced(4, ticker);

        assertThat(admitted(limiter)).isZero();
        assertThat(admitted(limiter)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void idleTimeSavesUpNoMoreThanOneWindowOfCalls() {
        RateLimiter limiter = RateLimiter.perSecond(3, MARGIN, ticker);
        ticker.advance(Duration.ofHours(1));

        for (int i = 0; i < 3; i++) {
            assertThat(admitted(limiter)).isZero();
        }
        assertThat(admitted(limiter)).isPositive();
    }

    // Departures in any window of one second plus the margin never exceed the permits, whatever the callers do:
    // random sleeps, random lateness, random numbers of threads asking at once (simulated time).
    @Test
    void noWindowOfTheSpanEverHoldsMoreThanThePermitsUnderRandomCallers() {
        SplittableRandom random = new SplittableRandom(11);
        for (int run = 0; run < 50; run++) {
            int permits = 1 + random.nextInt(5);
            RateLimiter limiter = new RateLimiter(permits, Duration.ofSeconds(1), MARGIN, ticker);
            List<Long> departures = new ArrayList<>();
            for (int call = 0; call < 200; call++) {
                Duration wait;
                while (!(wait = admitted(limiter)).isZero()) {
                    ticker.advance(wait.plusMillis(random.nextInt(3) == 0 ? random.nextInt(200) : 0));
                }
                departures.add(ticker.nanoTime());
                if (random.nextInt(4) == 0) {
                    ticker.advance(Duration.ofMillis(random.nextInt(700)));
                }
            }
            long span = Duration.ofSeconds(1).plus(MARGIN).toNanos();
            for (int i = permits; i < departures.size(); i++) {
                assertThat(departures.get(i) - departures.get(i - permits)).isGreaterThanOrEqualTo(span);
            }
        }
    }

    @Test
    void concurrentCallersAreAdmittedNoMoreThanThePermitsUntilTimeMoves() throws Exception {
        RateLimiter limiter = RateLimiter.perSecond(10, MARGIN, ticker);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger admitted = new AtomicInteger();
        List<Future<?>> asks = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            asks.add(pool.submit(() -> {
                if (admitted(limiter).isZero()) {
                    admitted.incrementAndGet();
                }
            }));
        }
        for (Future<?> ask : asks) {
            ask.get();
        }
        pool.shutdown();

        assertThat(admitted).hasValue(10);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> RateLimiter.perSecond(0, MARGIN, ticker)).hasMessageContaining("perSecond");
        assertThatThrownBy(() -> RateLimiter.perSecond(Double.POSITIVE_INFINITY, MARGIN, ticker))
                .hasMessageContaining("perSecond");
        assertThatThrownBy(() -> RateLimiter.evenlySpaced(Double.NaN, ticker)).hasMessageContaining("perSecond");
        assertThatThrownBy(() -> new RateLimiter(0, Duration.ofSeconds(1), MARGIN, ticker))
                .hasMessageContaining("permits");
        assertThatThrownBy(() -> new RateLimiter(1, Duration.ZERO, MARGIN, ticker)).hasMessageContaining("window");
        assertThatThrownBy(() -> new RateLimiter(1, Duration.ofSeconds(1), Duration.ofMillis(-1), ticker))
                .hasMessageContaining("margin");
    }
}
