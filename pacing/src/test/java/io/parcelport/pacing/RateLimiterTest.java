package io.parcelport.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final Duration THIRD = Duration.ofNanos(333_333_334);
    private final ManualTicker ticker = new ManualTicker();

    @Test
    void evenlySpacedCallsWaitOneIntervalEachAfterTheFirst() {
        RateLimiter limiter = RateLimiter.evenlySpaced(3, ticker);

        assertThat(limiter.reserve(Duration.ofSeconds(5))).isEqualTo(new RateLimiter.Slot(true, Duration.ZERO));
        assertThat(limiter.reserve(Duration.ofSeconds(5))).isEqualTo(new RateLimiter.Slot(true, THIRD));
        assertThat(limiter.reserve(Duration.ofSeconds(5))).isEqualTo(new RateLimiter.Slot(true, THIRD.plus(THIRD)));
    }

    @Test
    void aSlotFurtherThanTheCallerWaitsIsRefusedAndNotReserved() {
        RateLimiter limiter = RateLimiter.evenlySpaced(1, ticker);
        limiter.reserve(Duration.ZERO);

        assertThat(limiter.reserve(Duration.ofMillis(500))).isEqualTo(new RateLimiter.Slot(false, Duration.ofSeconds(1)));
        assertThat(limiter.reserve(Duration.ofMillis(500))).isEqualTo(new RateLimiter.Slot(false, Duration.ofSeconds(1)));
        ticker.advance(Duration.ofSeconds(1));
        assertThat(limiter.reserve(Duration.ZERO)).isEqualTo(new RateLimiter.Slot(true, Duration.ZERO));
    }

    @Test
    void aBurstLetsThatManyCallsThroughAtOnceThenSpacesTheRest() {
        RateLimiter limiter = new RateLimiter(2, 3, ticker);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.reserve(Duration.ZERO).granted()).isTrue();
        }
        assertThat(limiter.reserve(Duration.ZERO)).isEqualTo(new RateLimiter.Slot(false, Duration.ofMillis(500)));
    }

    @Test
    void idleTimeDoesNotSaveUpMoreThanTheBurst() {
        RateLimiter limiter = RateLimiter.evenlySpaced(1, ticker);
        ticker.advance(Duration.ofHours(1));

        assertThat(limiter.reserve(Duration.ZERO).granted()).isTrue();
        assertThat(limiter.reserve(Duration.ZERO).granted()).isFalse();
    }

    @Test
    void concurrentCallersEachGetASlotOfTheirOwn() throws Exception {
        RateLimiter limiter = RateLimiter.evenlySpaced(10, ticker);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Duration>> slots = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            slots.add(pool.submit(() -> limiter.reserve(Duration.ofHours(1)).delay()));
        }
        Set<Duration> delays = new HashSet<>();
        for (Future<Duration> slot : slots) {
            delays.add(slot.get());
        }
        pool.shutdown();

        // Time never moved, so the 80 slots are 0, 100 ms, 200 ms ... 7.9 s: none shared, none skipped.
        assertThat(delays).hasSize(80).contains(Duration.ZERO, Duration.ofMillis(7900));
    }

    @Test
    void nonsenseRatesAreRefused() {
        assertThatThrownBy(() -> RateLimiter.evenlySpaced(0, ticker)).hasMessageContaining("perSecond");
        assertThatThrownBy(() -> RateLimiter.evenlySpaced(Double.POSITIVE_INFINITY, ticker))
                .hasMessageContaining("perSecond");
        assertThatThrownBy(() -> new RateLimiter(1, 0, ticker)).hasMessageContaining("burst");
    }
}
