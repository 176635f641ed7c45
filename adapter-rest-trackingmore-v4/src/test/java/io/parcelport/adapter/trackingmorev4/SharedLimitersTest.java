package io.parcelport.adapter.trackingmorev4;

import static io.parcelport.adapter.trackingmorev4.V4Fixtures.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.pacing.AccountCoolDown;
import io.parcelport.pacing.AccountId;
import io.parcelport.pacing.AccountPacing;
import io.parcelport.pacing.CoolDown;
import io.parcelport.pacing.Limiters;
import io.parcelport.pacing.QuotaState;
import io.parcelport.pacing.RateGate;
import io.parcelport.pacing.RateLimiter;
import io.parcelport.pacing.Ticker;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RejectionReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The v4 backend takes its gates, cool-down and quota from the {@link Limiters} it is given: two instances that share
 * them share what one learns (here through an in-JVM stand-in for the Bucket4j store).
 */
class SharedLimitersTest {

    private static final ShipmentKey USPS = ShipmentKey.of("usps", "9400111899562537624326");

    @Test
    void whenOneInstanceHearsTheQuotaIsExhaustedTheOtherSpendsNothingAndSendsNothing() {
        SharedInThisJvm shared = new SharedInThisJvm();
        try (StubServer server = new StubServer();
                TrackingMoreV4Backend first = TrackingMoreV4Backend.create(V4Fixtures.config(server, V4Fixtures.time())
                        .limiters(shared).build());
                TrackingMoreV4Backend second = TrackingMoreV4Backend.create(V4Fixtures.config(server,
                        V4Fixtures.time()).limiters(shared).build())) {
            server.answer(StubServer.Answer.json(400, error(4190, "quota")));

            assertThatThrownBy(() -> first.shipments().create(NewShipment.of(USPS)))
                    .isInstanceOf(QuotaExhaustedException.class);
            int sent = server.requests().size();
            assertThatThrownBy(() -> second.shipments().create(NewShipment.of(USPS)))
                    .isInstanceOf(QuotaExhaustedException.class).hasMessageContaining("not sent");
            assertThat(second.shipments().createAll(List.of(NewShipment.of(USPS))))
                    .allMatch(o -> o.isRejectedFor(RejectionReason.QUOTA_EXHAUSTED));

            assertThat(server.requests()).hasSize(sent);
            assertThat(shared.asked).containsOnly("trackingmore");
            assertThat(shared.buckets).contains("v4-create", "v4-general");
        }
    }

    /** One account's pacing per hashed key, shared by every backend of this JVM, with a quota that remembers. */
    private static final class SharedInThisJvm implements Limiters {
        final Map<AccountId, AccountPacing> accounts = new ConcurrentHashMap<>();
        final List<String> asked = new ArrayList<>();
        final List<String> buckets = new ArrayList<>();

        @Override
        public synchronized AccountPacing forAccount(AccountId account, Ticker ticker) {
            asked.add(account.vendor());
            return accounts.computeIfAbsent(account, a -> {
                CoolDown coolDown = new CoolDown(ticker);
                AtomicBoolean exhausted = new AtomicBoolean();
                Map<String, RateGate> gates = new ConcurrentHashMap<>();
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
                        return new QuotaState() {
                            @Override
                            public boolean exhausted() {
                                return exhausted.get();
                            }

                            @Override
                            public void markExhausted() {
                                exhausted.set(true);
                            }

                            @Override
                            public void markAvailable() {
                                exhausted.set(false);
                            }
                        };
                    }
                };
            });
        }
    }
}
