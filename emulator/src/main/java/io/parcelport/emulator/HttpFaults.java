package io.parcelport.emulator;

import java.time.Duration;
import java.util.Random;

/**
 * The bad days the emulator plays at the HTTP edge, drawn per request from one seeded generator: added latency, and
 * at most one of HTTP 500, HTTP 503, HTTP 429 with {@code Retry-After}, a dropped connection or a truncated body.
 */
final class HttpFaults {
    /** What happens to one request. */
    enum Fault {
        NONE, SERVER_ERROR, UNAVAILABLE, RATE_LIMITED, DROPPED, TRUNCATED
    }

    private final EmulatorOptions options;
    private final Random random;

    HttpFaults(EmulatorOptions options) {
        this.options = options;
        this.random = new Random(options.faults().seed());
    }

    /** The latency and fault of the next request; drawn under a lock so a seeded run repeats. */
    synchronized Draw next() {
        long min = options.faults().minLatency().toMillis();
        long max = options.faults().maxLatency().toMillis();
        Duration latency = Duration.ofMillis(max == min ? min : min + (long) (random.nextDouble() * (max - min)));
        double roll = random.nextDouble();
        double edge = options.faults().serverErrorShare();
        if (roll < edge) {
            return new Draw(latency, Fault.SERVER_ERROR);
        }
        edge += options.faults().unavailableShare();
        if (roll < edge) {
            return new Draw(latency, Fault.UNAVAILABLE);
        }
        edge += options.faults().rateLimitedShare();
        if (roll < edge) {
            return new Draw(latency, Fault.RATE_LIMITED);
        }
        edge += options.faults().droppedShare();
        if (roll < edge) {
            return new Draw(latency, Fault.DROPPED);
        }
        edge += options.faults().truncatedShare();
        if (roll < edge) {
            return new Draw(latency, Fault.TRUNCATED);
        }
        return new Draw(latency, Fault.NONE);
    }

    /**
     * One request's draw.
     *
     * @param latency how long to wait before answering
     * @param fault what goes wrong
     */
    record Draw(Duration latency, Fault fault) {
    }
}
