package io.parcelport.application;

import static io.parcelport.application.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final FakeTime time = new FakeTime(T0);
    private static final Duration THIRD = Duration.ofNanos(333_333_334);

    @Test
    void spacesCallsEvenlyAtTheRate() {
        RateLimiter limiter = new RateLimiter(3.0, 1, time, time);

        for (int i = 0; i < 4; i++) {
            limiter.acquire();
        }

        assertThat(time.sleeps()).containsExactly(THIRD, THIRD, THIRD);
    }

    @Test
    void letsABurstThroughAfterAQuietPeriodThenSpacesCalls() {
        RateLimiter limiter = new RateLimiter(3.0, 3, time, time);

        for (int i = 0; i < 5; i++) {
            limiter.acquire();
        }

        assertThat(time.sleeps()).containsExactly(THIRD, THIRD);
    }

    @Test
    void doesNotWaitWhenCallsAreFurtherApartThanTheRate() {
        RateLimiter limiter = new RateLimiter(3.0, 1, time, time);

        limiter.acquire();
        time.advance(Duration.ofSeconds(1));
        limiter.acquire();

        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void makesTheNextCallerWaitOutABackOff() {
        RateLimiter limiter = RateLimiter.unlimited(time, time);
        limiter.acquire();

        limiter.backOff(Duration.ofSeconds(2));
        limiter.acquire();
        limiter.acquire();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void reservesSlotsInOrderForCallersThatHaveNotWaitedYet() {
        RateLimiter limiter = new RateLimiter(2.0, 1, time, time);

        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isEqualTo(Duration.ofMillis(500));
        assertThat(limiter.reserve()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void turnsAnInterruptedWaitIntoACancellationAndKeepsTheInterruptFlag() {
        RateLimiter limiter = new RateLimiter(1.0, 1, time, duration -> {
            throw new InterruptedException();
        });
        limiter.acquire();

        try {
            assertThatThrownBy(limiter::acquire).isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThatThrownBy(() -> new RateLimiter(0, 1, time, time)).isInstanceOf(IllegalArgumentException.class);
    }
}
