package io.parcelport.limiter.bucket4j;

import com.hazelcast.core.HazelcastInstance;
import io.parcelport.emulator.Emulator;
import java.time.Duration;
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
        try (Emulator emulator = FleetScenario.emulator(); FleetHarness harness = new FleetHarness("hazelcast")) {
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

    /**
     * A fourth member, here in the test's JVM, crashes mid-run: the partitions it owned come back from their backups
     * on the three workers' members, the buckets with them, and the fleet goes on within the limits; a worker whose
     * call to the store failed while the cluster settled paces alone (its first call alone waits a full window) and
     * shares again after the next probe.
     */
    @Test
    void aMemberCrashingMidRunCostsNoCallAndNo429() throws Exception {
        List<Integer> ports = IntStream.range(0, FleetScenario.FLEET + 1).mapToObj(i -> FleetHarness.freePort())
                .toList();
        String members = ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        String cluster = "parcelport-crash-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        HazelcastInstance doomed = FleetWorker.member(cluster, ports.get(FleetScenario.FLEET), members);
        try (Emulator emulator = FleetScenario.emulator(); FleetHarness harness = new FleetHarness("hazelcast-crash")) {
            List<List<String>> args = new ArrayList<>();
            for (int port : ports.subList(0, FleetScenario.FLEET)) {
                List<String> worker = new ArrayList<>(FleetScenario.common(emulator, "fleet-hazelcast-crash-key"));
                worker.addAll(List.of("store=hazelcast", "cluster=" + cluster, "port=" + port, "members=" + members,
                        "clusterSize=" + (FleetScenario.FLEET + 1)));
                args.add(worker);
            }
            FleetScenario.Result result = FleetScenario.run(harness, emulator, args, () -> {
                FleetHarness.pause(Duration.ofSeconds(5));
                doomed.getLifecycleService().terminate();
            });
            FleetScenario.assertEveryCallOnceAndNo429(result);
        } finally {
            if (doomed.getLifecycleService().isRunning()) {
                doomed.getLifecycleService().terminate();
            }
        }
    }
}
