package io.parcelport.pacing;

import static io.parcelport.pacing.Failures.http;
import static io.parcelport.pacing.Failures.http429;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = RetryPolicy.DEFAULT;

    @Test
    void backoffDoublesFromTheBaseUpToTheCapAndJitterPicksWithinIt() {
        RetryPolicy many = policy.withMaxAttempts(10);

        assertThat(many.retryDelay(http(500), 1, true, 1.0)).contains(Duration.ofMillis(500));
        assertThat(many.retryDelay(http(500), 2, true, 1.0)).contains(Duration.ofMillis(1000));
        assertThat(many.retryDelay(http(500), 6, true, 1.0)).contains(Duration.ofSeconds(10));
        assertThat(many.retryDelay(http(500), 2, true, 0.25)).contains(Duration.ofMillis(250));
        assertThat(many.retryDelay(http(500), 2, true, 0.0)).contains(Duration.ZERO);
    }

    @Test
    void noRetryAfterTheLastAttemptOrForAFailureThatWillNotGoAway() {
        assertThat(policy.retryDelay(http(500), 3, true, 1.0)).isEmpty();
        assertThat(policy.retryDelay(Failures.unauthorized(), 1, true, 1.0)).isEmpty();
        assertThat(RetryPolicy.NONE.retryDelay(http(500), 1, true, 1.0)).isEmpty();
    }

    @Test
    void aRateLimitWaitsItsRetryAfterOrElseTheCoolDown() {
        assertThat(policy.retryDelay(http429(Optional.of(Duration.ofSeconds(7))), 1, true, 0.0))
                .contains(Duration.ofSeconds(7));
        assertThat(policy.retryDelay(http429(Optional.empty()), 1, true, 0.0)).contains(Duration.ofSeconds(120));
    }

    @Test
    void aRetryAfterAboveTheBoundIsNotWaitedFor() {
        assertThat(policy.retryDelay(http429(Optional.of(Duration.ofHours(1))), 1, true, 0.0)).isEmpty();
    }

    @Test
    void ourOwnLimitersRefusalIsNotRetried() {
        assertThat(policy.retryDelay(Failures.clientSide(), 1, true, 1.0)).isEmpty();
    }

    @Test
    void anUnsafeOperationIsRepeatedOnlyAfterA429OrARefusedConnection() {
        assertThat(policy.retryDelay(http429(Optional.empty()), 1, false, 1.0)).isPresent();
        assertThat(policy.retryDelay(Failures.refused(), 1, false, 1.0)).isPresent();
        assertThat(policy.retryDelay(Failures.timedOut(), 1, false, 1.0)).isEmpty();
        assertThat(policy.retryDelay(http(500), 1, false, 1.0)).isEmpty();
    }

    @Test
    void a503NoLongerProvesThatAnUnsafeOperationWasNotCarriedOut() {
        assertThat(policy.retryDelay(http(503), 1, false, 1.0)).isEmpty();
        assertThat(policy.retryDelay(http(503), 1, true, 1.0)).isPresent();
    }

    @Test
    void retryingUnsafeOperationsCanBeSwitchedOn() {
        RetryPolicy brave = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(10),
                Duration.ofSeconds(120), Duration.ofSeconds(120), true);

        assertThat(brave.retryDelay(Failures.timedOut(), 1, false, 1.0)).contains(Duration.ofMillis(500));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> policy.withMaxAttempts(0)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMillis(-1), Duration.ZERO, Duration.ZERO,
                Duration.ZERO, false)).hasMessageContaining("baseDelay");
    }
}
