package io.parcelport.benchmarks.e2e;

import io.parcelport.adapter.trackingmore.TrackingMoreBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreConfig;
import io.parcelport.application.BatchRunner;
import io.parcelport.application.Parcelport;
import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.emulator.EmulatorOptionsBuilder;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.domain.shipment.Shipment;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end runs through the use cases ({@link Parcelport} over the TrackingMore backend) against an emulator on
 * 127.0.0.1 that enforces TrackingMore v2's rate limits (real-time 3/s, list 1/s per key) and answers 429 with v2's
 * {@code Retry-After: 120} unless told otherwise. Each run prints one {@code RESULT} line: wall time beside the floor
 * the API's limits set for the same run, their ratio (floor / wall, 1.0 is the best possible), and the 429s counted.
 *
 * <pre>
 * ./mvnw -B -o -q -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/parcelport-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*" \
 *     io.parcelport.benchmarks.e2e.EmulatorRuns register [N=10000] [--latency=100-200] [--parallelism=K]
 *     ...EmulatorRuns realtime [N=300] [--latency=0-0]
 *     ...EmulatorRuns stream   [N=100000] [--page-size=2000] [--xmx=64m]
 * every scenario: [--retry-after=SECONDS (120)] [--latency=MIN-MAX ms]; realtime and stream: [--time-limit=SECONDS]
 * </pre>
 *
 * <p>The client is configured as a user would leave it (default pacing, retry policy, deadline), so the figures are
 * the library's out-of-the-box behaviour; only the API key, the base URL and a counting listener are set.
 */
public final class EmulatorRuns {
    static final String API_KEY = "e2e-bench-key";

    private EmulatorRuns() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        String scenario = args[0];
        Map<String, String> options = new HashMap<>();
        Integer count = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                count = Integer.parseInt(arg.replace("_", "").replace(",", ""));
            }
        }
        Duration retryAfter = Duration.ofSeconds(Long.parseLong(options.getOrDefault("retry-after", "120")));
        // 0: no limit. A run stalled by 120 s cool-downs can take many times its floor; a limit reports how far it got.
        Duration timeLimit = Duration.ofSeconds(Long.parseLong(options.getOrDefault("time-limit", "0")));
        switch (scenario) {
            case "register" -> register(count == null ? 10_000 : count, latency(options, "100-200"), retryAfter,
                    Integer.parseInt(options.getOrDefault("parallelism", "0")));
            case "realtime" -> realtime(count == null ? 300 : count, latency(options, "0-0"), retryAfter, timeLimit);
            case "stream" -> stream(count == null ? 100_000 : count, latency(options, "0-0"), retryAfter,
                    Integer.parseInt(options.getOrDefault("page-size", "2000")), options.getOrDefault("xmx", "64m"),
                    timeLimit);
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: EmulatorRuns register|realtime|stream [N] [--latency=MIN-MAX] [--retry-after=S]"
                + " [--parallelism=K] [--page-size=P] [--xmx=64m] [--time-limit=S]");
    }

    private static long[] latency(Map<String, String> options, String fallback) {
        String[] parts = options.getOrDefault("latency", fallback).split("-");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[parts.length - 1])};
    }

    private static EmulatorOptionsBuilder emulator(long[] latencyMs, Duration retryAfter, long quota) {
        return EmulatorOptions.builder().port(0).rateLimits(true).retryAfter(retryAfter).quota(quota)
                .latency(Duration.ofMillis(latencyMs[0]), Duration.ofMillis(latencyMs[1]));
    }

    private static TrackingMoreConfig client(Emulator emulator, RateLimitedAnswers counted) {
        return TrackingMoreConfig.builder().apiKey(API_KEY).baseUri(emulator.baseUri()).listener(counted).build();
    }

    // Distinct, valid keys on a carrier the emulator knows; the prefix keeps scenarios' numbers apart.
    private static List<NewShipment> shipments(String prefix, int n) {
        List<NewShipment> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(NewShipment.builder(io.parcelport.domain.shipment.ShipmentKey.of("usps",
                    prefix + String.format(Locale.ROOT, "%012d", i))).orderId("ORDER-" + i).build());
        }
        return list;
    }

    private static void register(int n, long[] latencyMs, Duration retryAfter, int parallelismOption) {
        int batch = BackendLimits.TRACKINGMORE_V2.maxBatchSize();
        int calls = (n + batch - 1) / batch;
        // The figure to judge is the default a user gets, so it is read from the library, not restated here.
        int parallelism = parallelismOption > 0 ? parallelismOption : BatchRunner.DEFAULT_PARALLELISM;
        double meanLatency = (latencyMs[0] + latencyMs[1]) / 2000.0;
        double floor = Math.ceil((double) calls / Math.min(parallelism, calls)) * meanLatency;
        List<NewShipment> input = shipments("REG", n);
        RateLimitedAnswers counted = new RateLimitedAnswers();
        // Enough server threads that the emulator is never what bounds the calls in flight.
        try (Emulator emulator = Emulator.start(emulator(latencyMs, retryAfter, 2L * n + 10)
                .threads(Math.max(8, 2 * parallelism)).build());
                TrackingMoreBackend backend = TrackingMoreBackend.create(client(emulator, counted));
                Parcelport parcelport = Parcelport.builder(backend).parallelism(parallelism).build()) {
            long began = System.nanoTime();
            List<ItemOutcome<Shipment>> outcomes = parcelport.register().registerAll(input);
            double wall = (System.nanoTime() - began) / 1e9;
            long done = outcomes.stream().filter(ItemOutcome::isDone).count();
            result("register", n, wall, floor, counted, String.format(Locale.ROOT,
                    "done=%d batchCalls=%d batch=%d inFlight=%d(%s) latency=%d-%dms mean=%.0fms retryAfter=%ds"
                            + " pacing=%s",
                    done, calls, batch, parallelism, parallelismOption > 0 ? "option" : "Parcelport default",
                    latencyMs[0], latencyMs[1], meanLatency * 1000, retryAfter.toSeconds(),
                    backend.config().rateLimits()));
        }
    }

    // One item at a time through refresh() rather than refreshAll(), which tracks them the same way, one after
    // another, but answers only at the end: a run stalled by 429 cool-downs can then still report how far it got.
    private static void realtime(int n, long[] latencyMs, Duration retryAfter, Duration timeLimit) {
        double perSecond = BackendLimits.TRACKINGMORE_V2.realtimeCallsPerSecond();
        double floor = n / perSecond;
        List<NewShipment> input = shipments("RT", n);
        RateLimitedAnswers counted = new RateLimitedAnswers();
        try (Emulator emulator = Emulator.start(emulator(latencyMs, retryAfter, 2L * n + 10).build());
                TrackingMoreBackend backend = TrackingMoreBackend.create(client(emulator, counted));
                Parcelport parcelport = Parcelport.over(backend)) {
            long began = System.nanoTime();
            // Checked between items: an item already waiting out a cool-down finishes first.
            long stopAt = timeLimit.isZero() ? Long.MAX_VALUE : began + timeLimit.toNanos();
            long nextReport = began + TimeUnit.SECONDS.toNanos(30);
            int done = 0;
            int failed = 0;
            int sent = 0;
            Map<String, Integer> failures = new java.util.TreeMap<>();
            for (NewShipment shipment : input) {
                if (System.nanoTime() >= stopAt) {
                    break;
                }
                sent++;
                try {
                    if (parcelport.refresh().refresh(shipment).isAccepted()) {
                        done++;
                    } else {
                        failed++;
                    }
                } catch (BackendException e) {
                    failed++;
                    failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                }
                if (System.nanoTime() >= nextReport) {
                    System.err.printf(Locale.ROOT, "  realtime t=%.0fs done=%d failed=%d 429s=%d%n",
                            (System.nanoTime() - began) / 1e9, done, failed, counted.answers());
                    nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                }
            }
            double wall = (System.nanoTime() - began) / 1e9;
            result("realtime", n, wall, floor, counted, String.format(Locale.ROOT,
                    "done=%d failed=%d%s notSent=%d%s rate=%.0f/s latency=%d-%dms retryAfter=%ds pacing=%s", done,
                    failed, failures.isEmpty() ? "" : failures.toString(), n - sent,
                    sent < n ? "(time limit " + timeLimit.toSeconds() + "s reached; floor/wall not comparable)" : "",
                    perSecond, latencyMs[0], latencyMs[1], retryAfter.toSeconds(), backend.config().rateLimits()));
        }
    }

    private static void stream(int n, long[] latencyMs, Duration retryAfter, int pageSize, String xmx,
            Duration timeLimit)
            throws Exception {
        double perSecond = BackendLimits.TRACKINGMORE_V2.queryCallsPerSecond();
        int pages = (n + pageSize - 1) / pageSize;
        double floor = pages / perSecond;
        long preloadBegan = System.nanoTime();
        // Demo data is generated straight into the emulator's in-memory backend: no API calls, no quota spent.
        try (Emulator emulator = Emulator.start(emulator(latencyMs, retryAfter, 10).demoData(n, 7).build())) {
            double preload = (System.nanoTime() - preloadBegan) / 1e9;
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx" + xmx, "-XX:+ExitOnOutOfMemoryError",
                    "-cp", System.getProperty("java.class.path"), StreamChild.class.getName(), emulator.baseUrl(),
                    Integer.toString(pageSize), Long.toString(timeLimit.toSeconds())).redirectErrorStream(true);
            Process child = builder.start();
            String figures = null;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith(StreamChild.PREFIX)) {
                        figures = line.substring(StreamChild.PREFIX.length());
                    } else {
                        System.out.println("  child | " + line);
                    }
                }
            }
            if (!child.waitFor(1, TimeUnit.MINUTES)) {
                child.destroyForcibly();
            }
            if (figures == null) {
                System.out.printf(Locale.ROOT, "RESULT stream n=%d FAILED: child exited %d under -Xmx%s without"
                        + " figures%n", n, child.exitValue(), xmx);
                return;
            }
            Map<String, String> f = new HashMap<>();
            for (String pair : figures.split(" ")) {
                f.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            double wall = Double.parseDouble(f.get("seconds"));
            System.out.printf(Locale.ROOT, "RESULT stream n=%d wall=%.1fs floor=%.1fs floor/wall=%.2f 429s=%s"
                            + " retries=%s givenUp=%s streamed=%s pages=%d pageSize=%d rate=%.0f/s peakHeap=%.1fMB"
                            + " xmx=%s failure=%s latency=%d-%dms retryAfter=%ds preload=%.1fs%n",
                    n, wall, floor, floor / wall, f.get("answers429"), f.get("retries"), f.get("givenUp"),
                    f.get("streamed"), pages, pageSize, perSecond, Long.parseLong(f.get("peakHeapBytes")) / 1048576.0,
                    xmx, f.get("failure"), latencyMs[0], latencyMs[1], retryAfter.toSeconds(), preload);
        }
    }

    private static void result(String scenario, int n, double wall, double floor, RateLimitedAnswers counted,
            String details) {
        System.out.printf(Locale.ROOT, "RESULT %s n=%d wall=%.1fs floor=%.1fs floor/wall=%.2f 429s=%d retries=%d"
                + " givenUp=%d %s%n", scenario, n, wall, floor, floor / wall, counted.answers(), counted.retries(),
                counted.givenUp(), details);
    }
}
