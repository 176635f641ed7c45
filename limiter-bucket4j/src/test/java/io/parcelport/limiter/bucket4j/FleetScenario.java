package io.parcelport.limiter.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.emulator.RateLimitCounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The fleet scenario both stores run: three worker JVMs, one emulator with TrackingMore's v2 limits on (real-time 3
 * in any second, list 1 in any second, per key), each worker refreshing {@value #REALTIME} shipments in real time
 * and reading {@value #LISTS} list pages at once, all with the same API key.
 */
final class FleetScenario {
    static final int FLEET = 3;
    static final int REALTIME = 20;
    static final int LISTS = 4;
    static final double REALTIME_PER_SECOND = 3;
    static final double LIST_PER_SECOND = 1;

    /** What the run measured. */
    record Result(List<FleetHarness.Done> done, RateLimitCounts counts, Duration elapsed) {
    }

    /** Something the scenario does to the store while the workers run. */
    interface MidRun {
        void during() throws Exception;
    }

    private FleetScenario() {
    }

    static Emulator emulator() {
        // A short Retry-After so that a 429, should one come, fails the test in seconds rather than minutes.
        return Emulator.start(EmulatorOptions.builder().port(0).rateLimits(true).retryAfter(Duration.ofSeconds(2))
                .build());
    }

    /** The arguments every worker gets besides its store's. */
    static List<String> common(Emulator emulator, String key) {
        return List.of("fleet=" + FLEET, "base=" + emulator.baseUri(), "key=" + key, "realtime=" + REALTIME,
                "list=" + LISTS);
    }

    /** Starts the workers, waits until all are ready, says GO to all, runs {@code midRun}, collects DONE. */
    static Result run(FleetHarness harness, Emulator emulator, List<List<String>> workerArgs, MidRun midRun)
            throws Exception {
        List<FleetHarness.Worker> workers = new ArrayList<>();
        for (int i = 0; i < workerArgs.size(); i++) {
            List<String> args = new ArrayList<>(workerArgs.get(i));
            args.add("instance=" + i);
            workers.add(harness.start("w" + i, args));
        }
        for (FleetHarness.Worker worker : workers) {
            worker.await("READY", Duration.ofSeconds(120));
        }
        long start = System.nanoTime();
        for (FleetHarness.Worker worker : workers) {
            worker.say("GO");
        }
        midRun.during();
        List<FleetHarness.Done> done = new ArrayList<>();
        for (FleetHarness.Worker worker : workers) {
            done.add(FleetHarness.done(worker.await("DONE", Duration.ofSeconds(180))));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Result(done, emulator.rateLimitCounts(), elapsed);
    }

    /** Every call made once and counted once at the emulator, none refused with 429. */
    static void assertEveryCallOnceAndNo429(Result result) {
        for (FleetHarness.Done done : result.done()) {
            assertThat(done.failure()).as("a worker's use cases failed: %s", result.done()).isEqualTo("none");
            assertThat(done.realtime()).as("real-time refreshes accepted by one worker").isEqualTo(REALTIME);
            assertThat(done.list()).as("list pages read by one worker").isEqualTo(LISTS);
        }
        RateLimitCounts counts = result.counts();
        assertThat(counts.refused()).as("429s the emulator answered (the fleet broke a limit): %s", counts)
                .isZero();
        // Each worker also made one warm-up call of each kind under a key of its own.
        assertThat(counts.realtimeAdmitted()).as("real-time calls that reached the emulator (none lost, none"
                + " repeated): %s", counts).isEqualTo((long) FLEET * (REALTIME + 1));
        assertThat(counts.listAdmitted()).as("list calls that reached the emulator: %s", counts)
                .isEqualTo((long) FLEET * (LISTS + 1));
    }

    /**
     * The fleet finished within 1.1x of the time the account's sustained rates allow: {@code calls / rate} for each
     * limit, the slower of the two.
     */
    static void assertWithinTenPercentOfTheLimits(Result result) {
        double realtimeFloor = FLEET * REALTIME / REALTIME_PER_SECOND;
        double listFloor = FLEET * LISTS / LIST_PER_SECOND;
        double floor = Math.max(realtimeFloor, listFloor);
        // A sliding one-second window would also let the first three real-time calls leave together: one second less.
        double windowFloor = Math.max(realtimeFloor - 1, listFloor - 1);
        double measured = result.elapsed().toNanos() / 1e9;
        double ratio = measured / floor;
        System.out.printf("fleet of %d: %.2f s for %d real-time and %d list calls; floor %.1f s (sustained rate),"
                + " ratio %.3f (%.3f against the sliding-window floor %.1f s)%n", FLEET, measured, FLEET * REALTIME,
                FLEET * LISTS, floor, ratio, measured / windowFloor, windowFloor);
        assertThat(ratio).as("the fleet took %.2f s; the limits allow %.1f s (%d real-time calls at %.0f/s, %d list"
                + " calls at %.0f/s): ratio %.3f, bound 1.1", measured, floor, FLEET * REALTIME, REALTIME_PER_SECOND,
                FLEET * LISTS, LIST_PER_SECOND, ratio).isLessThanOrEqualTo(1.1);
    }
}
