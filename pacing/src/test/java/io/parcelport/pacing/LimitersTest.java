package io.parcelport.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LimitersTest {
    private static final String KEY = "sk_live_0123456789abcdef";

    @Test
    void accountIdIsAKeyedHashThatNeverShowsTheKey() {
        AccountId id = AccountId.of("trackingmore", KEY);
        assertThat(id.fingerprint()).hasSize(32).matches("[0-9a-f]{32}");
        assertThat(id).isEqualTo(AccountId.of("trackingmore", KEY)).hasSameHashCodeAs(AccountId.of("trackingmore", KEY));
        assertThat(id).isNotEqualTo(AccountId.of("trackingmore", KEY + "x"))
                .isNotEqualTo(AccountId.of("aftership", KEY));
        assertThat(id.toString() + id.key()).doesNotContain(KEY).doesNotContain("0123456789abcdef");
        assertThat(id.key()).isEqualTo("trackingmore:" + id.fingerprint());
    }

    @Test
    void accountIdRefusesOddVendorsAndEmptyKeys() {
        assertThatThrownBy(() -> AccountId.of("Track More", KEY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountId.of("trackingmore", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void localLimitersGiveEachBackendItsOwnInJvmPacing() {
        ManualTicker ticker = new ManualTicker();
        AccountId id = AccountId.of("trackingmore", KEY);
        AccountPacing one = Limiters.local().forAccount(id, ticker);
        AccountPacing two = Limiters.local().forAccount(id, ticker);

        RateGate gate = one.gate("v2-realtime", 3, RateLimiter.DEFAULT_MARGIN);
        assertThat(gate).isInstanceOf(RateLimiter.class);
        assertThat(gate.perSecond()).isEqualTo(3.0);
        assertThat(one.coolDown()).isInstanceOf(CoolDown.class).isNotSameAs(two.coolDown());
        one.coolDown().start(Duration.ofSeconds(120));
        assertThat(two.coolDown().remaining()).isZero();

        one.quota().markExhausted();
        assertThat(one.quota().exhausted()).isFalse();
        assertThat(one.quota()).isSameAs(QuotaState.UNTRACKED);
    }

    @Test
    void aGatedOperationTracksSendTimesOnlyOfAnInJvmLimiter() {
        ManualTicker ticker = new ManualTicker();
        RateLimiter limiter = RateLimiter.perSecond(3, RateLimiter.DEFAULT_MARGIN, ticker);
        PacedOperation local = PacedOperation.gated("op", true, Optional.of(limiter));
        assertThat(local.limiter()).containsSame(limiter);

        RateGate shared = new RateGate() {
            @Override
            public Duration admit() {
                return Duration.ZERO;
            }

            @Override
            public double perSecond() {
                return 1;
            }
        };
        PacedOperation fleet = PacedOperation.gated("op", true, Optional.of(shared));
        assertThat(fleet.limiter()).isEmpty();
        assertThat(fleet.gate()).containsSame(shared);
        assertThat(new PacedOperation("op", true, Optional.of(limiter)).gate()).containsSame(limiter);
        assertThatThrownBy(() -> new PacedOperation("op", true, Optional.of(limiter), Optional.of(shared)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPacerWaitsOutTheCoolDownItIsGiven() {
        ManualTicker ticker = new ManualTicker();
        CoolDown shared = new CoolDown(ticker);
        shared.start(Duration.ofSeconds(2));
        java.util.List<PacingEvent> events = new java.util.ArrayList<>();
        Pacer pacer = new Pacer(RetryPolicy.DEFAULT, Duration.ofSeconds(30), Duration.ofMinutes(1), ticker, () -> 0,
                events::add, shared);
        assertThat(pacer.call(new PacedOperation("op", true, Optional.empty()), () -> "done")).isEqualTo("done");
        assertThat(events).extracting(PacingEvent::kind).containsExactly(PacingEvent.Kind.COOL_DOWN_WAIT);
    }
}
