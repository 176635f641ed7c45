package io.parcelport.adapter.aftership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.pacing.AccountCoolDown;
import io.parcelport.pacing.AccountId;
import io.parcelport.pacing.AccountPacing;
import io.parcelport.pacing.CoolDown;
import io.parcelport.pacing.Limiters;
import io.parcelport.pacing.ManualTicker;
import io.parcelport.pacing.QuotaState;
import io.parcelport.pacing.RateGate;
import io.parcelport.pacing.RateLimiter;
import io.parcelport.pacing.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * AfterShip takes its per-endpoint gates from the {@link Limiters} it is given, under an account named after the
 * vendor and a hash of the key: two instances given the same limiters wait on the same gates.
 */
class SharedLimitersTest {

    @Test
    void twoInstancesShareOneGatePerEndpointUnderTheAfterShipAccount() {
        Recording shared = new Recording();
        try (StubServer server = new StubServer();
                AfterShipBackend first = AfterShipBackend.create(Fixtures.config(server, new ManualTicker())
                        .limiters(shared).build());
                AfterShipBackend second = AfterShipBackend.create(Fixtures.config(server, new ManualTicker())
                        .limiters(shared).build())) {
            assertThat(first.capabilities()).isEqualTo(second.capabilities());
        }

        assertThat(shared.accounts).hasSize(2).allSatisfy(a -> assertThat(a.vendor()).isEqualTo("aftership"))
                .allSatisfy(a -> assertThat(a.toString()).doesNotContain(Fixtures.KEY));
        assertThat(shared.accounts.get(0)).isEqualTo(shared.accounts.get(1));
        assertThat(shared.buckets).contains("aftership-create-20", "aftership-list-6")
                .allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(64).isLowerCase());
        assertThat(shared.gates).as("one gate per endpoint, shared by both instances")
                .hasSize((int) shared.buckets.stream().distinct().count());
    }

    /** Limiters that hand every instance of one account the same gate per bucket, and record what was asked. */
    private static final class Recording implements Limiters {
        final List<AccountId> accounts = new CopyOnWriteArrayList<>();
        final List<String> buckets = new CopyOnWriteArrayList<>();
        final Map<String, RateGate> gates = new ConcurrentHashMap<>();

        @Override
        public AccountPacing forAccount(AccountId account, Ticker ticker) {
            accounts.add(account);
            CoolDown coolDown = new CoolDown(ticker);
            return new AccountPacing() {
                @Override
                public RateGate gate(String bucket, double perSecond, Duration margin) {
                    buckets.add(bucket);
                    return gates.computeIfAbsent(bucket, b -> RateLimiter.perSecond(perSecond, margin, ticker));
                }

                @Override
                public AccountCoolDown coolDown() {
                    return coolDown;
                }

                @Override
                public QuotaState quota() {
                    return QuotaState.UNTRACKED;
                }
            };
        }
    }
}
