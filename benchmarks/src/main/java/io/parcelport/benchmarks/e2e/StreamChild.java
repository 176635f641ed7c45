package io.parcelport.benchmarks.e2e;

import io.parcelport.adapter.trackingmore.TrackingMoreBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreConfig;
import io.parcelport.application.Parcelport;
import io.parcelport.ports.ShipmentQuery;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The client side of the {@code stream} scenario, in a JVM of its own under a small heap (the emulator's copy of
 * every shipment lives in the parent), so that its peak heap is the client's alone.
 *
 * <p>Arguments: base URL, page size, time limit in seconds (0: none). Prints one line starting {@link #PREFIX} with {@code key=value} figures.
 */
public final class StreamChild {
    static final String PREFIX = "stream-child ";

    private StreamChild() {
    }

    public static void main(String[] args) {
        String baseUrl = args[0];
        int pageSize = Integer.parseInt(args[1]);
        long timeLimitSeconds = args.length > 2 ? Long.parseLong(args[2]) : 0;
        RateLimitedAnswers counted = new RateLimitedAnswers();
        TrackingMoreConfig config = TrackingMoreConfig.builder().apiKey(EmulatorRuns.API_KEY).baseUri(baseUrl)
                .listener(counted).build();
        long streamed = 0;
        String failure = "none";
        long began;
        double seconds;
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        try (TrackingMoreBackend backend = TrackingMoreBackend.create(config);
                Parcelport parcelport = Parcelport.over(backend)) {
            began = System.nanoTime();
            long stopAt = timeLimitSeconds == 0 ? Long.MAX_VALUE : began + timeLimitSeconds * 1_000_000_000L;
            try (Stream<?> all = parcelport.follow().query(ShipmentQuery.ALL, pageSize)) {
                // Counted one by one, and stopped at the limit, so that a stalled run still says how far it got.
                java.util.Iterator<?> it = all.iterator();
                while (it.hasNext() && System.nanoTime() < stopAt) {
                    it.next();
                    streamed++;
                }
                if (it.hasNext()) {
                    failure = "time-limit-" + timeLimitSeconds + "s";
                }
            } catch (RuntimeException e) {
                failure = e.getClass().getSimpleName();
            }
            seconds = (System.nanoTime() - began) / 1e9;
        }
        System.out.println(String.format(Locale.ROOT,
                "%sstreamed=%d seconds=%.3f answers429=%d retries=%d givenUp=%d peakHeapBytes=%d failure=%s",
                PREFIX, streamed, seconds, counted.answers(), counted.retries(), counted.givenUp(), sampler.finish(),
                failure));
    }

    // Sampled rather than summed over the pools' peaks: eden, survivor and old peak at different moments, and their
    // sum overstates the heap (it came out above -Xmx). The sample includes garbage not yet collected.
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private volatile long peak;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() {
            running = false;
            return peak;
        }
    }
}
