package io.parcelport.limiter.bucket4j;

import io.parcelport.emulator.Emulator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Three Hazelcast members in three JVMs on 127.0.0.1 (TCP/IP join, no multicast), each running Parcelport over
 * TrackingMore against one emulator with its limits on, sharing the account's buckets through Hazelcast.
 */
class HazelcastFleetTest {

    @Test
    void threeMembersTogetherKeepToTheAccountsLimitsWithNo429() throws Exception {
        List<Integer> ports = IntStream.range(0, FleetScenario.FLEET).mapToObj(i -> FleetHarness.freePort()).toList();
        String members = ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        String cluster = "parcelport-fleet-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        try (Emulator emulator = FleetScenario.emulator(); FleetHarness harness = new FleetHarness()) {
            List<List<String>> args = new ArrayList<>();
            for (int port : ports) {
                List<String> worker = new ArrayList<>(FleetScenario.common(emulator, "fleet-hazelcast-key"));
                worker.addAll(List.of("store=hazelcast", "cluster=" + cluster, "port=" + port, "members=" + members));
                args.add(worker);
            }
            FleetScenario.Result result = FleetScenario.run(harness, emulator, args, () -> { });
            FleetScenario.assertEveryCallOnceAndNo429(result);
            FleetScenario.assertWithinTenPercentOfTheLimits(result);
        }
    }
}
