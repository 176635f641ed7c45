package io.parcelport.limiter.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.emulator.Emulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three JVMs sharing the account's buckets through a real {@code redis-server} (Lettuce), against one emulator with
 * its limits on; and the same fleet losing Redis mid-run and getting it back.
 */
class RedisFleetTest {

    private static List<List<String>> args(Emulator emulator, RedisServer redis, String key) {
        List<List<String>> args = new ArrayList<>();
        for (int i = 0; i < FleetScenario.FLEET; i++) {
            List<String> worker = new ArrayList<>(FleetScenario.common(emulator, key));
            worker.addAll(List.of("store=redis", "port=" + redis.port()));
            args.add(worker);
        }
        return args;
    }

    @Test
    void threeJvmsOverRedisTogetherKeepToTheAccountsLimitsWithNo429() throws Exception {
        try (RedisServer redis = RedisServer.startOrSkip(); Emulator emulator = FleetScenario.emulator();
                FleetHarness harness = new FleetHarness("redis")) {
            FleetScenario.Result result = FleetScenario.run(harness, emulator,
                    args(emulator, redis, "fleet-redis-key"), () -> { });
            FleetScenario.assertEveryCallOnceAndNo429(result);
            FleetScenario.assertWithinTenPercentOfTheLimits(result);
            assertThat(result.done()).allSatisfy(done -> assertThat(done.fallbacks()).isZero());
        }
    }

    @Test
    void whenRedisGoesAwayEachInstancePacesAloneAtAThirdThenSharesAgainLosingNoCall() throws Exception {
        try (RedisServer redis = RedisServer.startOrSkip(); Emulator emulator = FleetScenario.emulator();
                FleetHarness harness = new FleetHarness("redis-outage")) {
            FleetScenario.Result result = FleetScenario.run(harness, emulator,
                    args(emulator, redis, "fleet-redis-fault-key"), () -> {
                        FleetHarness.pause(Duration.ofSeconds(4));
                        redis.stop();
                        FleetHarness.pause(Duration.ofSeconds(4));
                        redis.start();
                    });
            FleetScenario.assertEveryCallOnceAndNo429(result);
            assertThat(result.done()).as("each worker logs the outage once and the recovery once: %s",
                    result.done()).allSatisfy(done -> {
                        assertThat(done.fallbacks()).isEqualTo(1);
                        assertThat(done.recoveries()).isEqualTo(1);
                    });
        }
    }
}
