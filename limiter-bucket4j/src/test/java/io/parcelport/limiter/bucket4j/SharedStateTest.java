package io.parcelport.limiter.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.parcelport.adapter.trackingmore.TrackingMoreBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreConfig;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.pacing.AccountId;
import io.parcelport.pacing.AccountPacing;
import io.parcelport.pacing.RateGate;
import io.parcelport.pacing.RateLimiter;
import io.parcelport.pacing.Ticker;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.QuotaExhaustedException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What instances share through one store, each instance a {@link Bucket4jLimiters} of its own over one embedded
 * Hazelcast member on 127.0.0.1: the gates, the 429 cool-down and the quota state; and store keys that never hold
 * the API key.
 */
class SharedStateTest {
    private static final String KEY = "sk-shared-state-0123456789";
    private static HazelcastInstance member;
    private static ProxyManager<String> store;

    @BeforeAll
    static void startMember() {
        int port = FleetHarness.freePort();
        member = FleetWorker.member("parcelport-shared-" + System.nanoTime(), port, "127.0.0.1:" + port);
        store = HazelcastStores.proxyManager(member);
    }

    @AfterAll
    static void stopMember() {
        member.shutdown();
    }

    private static AccountPacing instance(String key) {
        return Bucket4jLimiters.builder(store, 3).build().forAccount(AccountId.of("trackingmore", key),
                Ticker.SYSTEM);
    }

    @Test
    void aCoolDownStartedByOneInstanceHoldsEveryOther() {
        AccountPacing one = instance(KEY + "-cool");
        AccountPacing two = instance(KEY + "-cool");
        assertThat(two.coolDown().remaining()).isZero();

        one.coolDown().start(Duration.ofSeconds(120));

        assertThat(two.coolDown().remaining()).isBetween(Duration.ofSeconds(119), Duration.ofSeconds(120));
        // A shorter pause does not cut a longer one short.
        two.coolDown().start(Duration.ofSeconds(5));
        assertThat(one.coolDown().remaining()).isGreaterThan(Duration.ofSeconds(118));
        assertThat(instance(KEY + "-other").coolDown().remaining()).as("another account").isZero();
    }

    @Test
    void quotaExhaustedByOneInstanceStopsEveryOtherUntilItIsSeenAgain() {
        AccountPacing one = instance(KEY + "-quota");
        AccountPacing two = instance(KEY + "-quota");
        assertThat(two.quota().exhausted()).isFalse();

        one.quota().markExhausted();
        assertThat(two.quota().exhausted()).isTrue();

        two.quota().markAvailable();
        assertThat(one.quota().exhausted()).isFalse();
    }

    @Test
    void gatesOfOneBucketShareTheirCallsAcrossInstances() {
        RateGate one = instance(KEY + "-gate").gate("v2-list", 1, RateLimiter.DEFAULT_MARGIN);
        RateGate two = instance(KEY + "-gate").gate("v2-list", 1, RateLimiter.DEFAULT_MARGIN);
        RateGate otherBucket = instance(KEY + "-gate").gate("v2-realtime", 3, RateLimiter.DEFAULT_MARGIN);

        assertThat(one.admit()).isZero();
        // One call a second for the whole account, plus the fleet margin: the other instance waits for it.
        assertThat(two.admit()).isGreaterThan(Duration.ofMillis(900)).isLessThanOrEqualTo(Duration.ofMillis(1075));
        assertThat(otherBucket.admit()).isZero();
    }

    @Test
    void storeKeysHoldAKeyedHashOfTheApiKeyNeverTheKey() {
        instance(KEY + "-keys").gate("v2-realtime", 3, RateLimiter.DEFAULT_MARGIN).admit();
        String fingerprint = AccountId.of("trackingmore", KEY + "-keys").fingerprint();
        assertThat(member.<String, byte[]>getMap(HazelcastStores.DEFAULT_MAP).keySet())
                .contains("parcelport:trackingmore:" + fingerprint + ":v2-realtime")
                .noneMatch(k -> k.contains(KEY));
    }

    @Test
    void spacingKeepsThePermitsOfAWindowPlusTheMarginApart() {
        assertThat(Bucket4jLimiters.spacing(3, Duration.ofMillis(75))).isEqualTo(Duration.ofMillis(1075).dividedBy(3)
                .plusNanos(1));
        assertThat(Bucket4jLimiters.spacing(1, Duration.ofMillis(75))).isEqualTo(Duration.ofMillis(1075));
        assertThat(Bucket4jLimiters.spacing(0.5, Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theBuilderRefusesWhatCannotWork() {
        assertThatThrownBy(() -> Bucket4jLimiters.builder(store, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bucket4jLimiters.builder(store, 3).instance(3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bucket4jLimiters.builder(store, 3).prefix("has space"))
                .isInstanceOf(IllegalArgumentException.class);
        AccountPacing pacing = instance(KEY + "-refuse");
        assertThatThrownBy(() -> pacing.gate("Bad Name", 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pacing.gate("v2-list", 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneBackendLearnsTheQuotaIsGoneAndTheOtherStopsSpendingWithoutSending() {
        Bucket4jLimiters limiters = Bucket4jLimiters.builder(store, 2).prefix("quota-e2e").build();
        try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).quota(1).rateLimits(true)
                .build());
                TrackingMoreBackend first = backend(emulator, limiters);
                TrackingMoreBackend second = backend(emulator, limiters)) {
            assertThat(first.shipments().trackNow(shipment("LS000000001CN")).isAccepted()).isTrue();
            assertThatThrownBy(() -> first.shipments().trackNow(shipment("LS000000002CN")))
                    .as("the emulator's quota of 1 is spent").isInstanceOf(QuotaExhaustedException.class);
            long sent = emulator.rateLimitCounts().realtimeAdmitted();

            assertThatThrownBy(() -> second.shipments().trackNow(shipment("LS000000003CN")))
                    .isInstanceOf(QuotaExhaustedException.class).hasMessageContaining("not sent");
            assertThat(emulator.rateLimitCounts().realtimeAdmitted()).as("the second instance sent nothing")
                    .isEqualTo(sent);

            limiters.resetQuota(AccountId.of("trackingmore", KEY + "-e2e"));
            assertThatThrownBy(() -> second.shipments().trackNow(shipment("LS000000004CN")))
                    .isInstanceOf(QuotaExhaustedException.class);
            assertThat(emulator.rateLimitCounts().realtimeAdmitted()).as("after an operator's reset it asks again")
                    .isEqualTo(sent + 1);
        }
    }

    private static TrackingMoreBackend backend(Emulator emulator, Bucket4jLimiters limiters) {
        return TrackingMoreBackend.create(TrackingMoreConfig.builder().apiKey(KEY + "-e2e")
                .baseUri(emulator.baseUri()).limiters(limiters).build());
    }

    private static NewShipment shipment(String number) {
        return NewShipment.of(ShipmentKey.of("china-ems", number));
    }
}
