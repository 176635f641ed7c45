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

    /** The faults a request may draw, in the order their shares are laid out. */
    private static final Fault[] DRAWN = {Fault.SERVER_ERROR, Fault.UNAVAILABLE, Fault.RATE_LIMITED, Fault.DROPPED,
        Fault.TRUNCATED};

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
        // The shares lie side by side on [0, 1): the fault is the one whose stretch the roll falls in.
        double edge = 0;
        for (Fault fault : DRAWN) {
            edge += share(fault);
            if (roll < edge) {
                return new Draw(latency, fault);
            }
        }
        return new Draw(latency, Fault.NONE);
    }

    private double share(Fault fault) {
        FaultOptions f = options.faults();
        return switch (fault) {
            case SERVER_ERROR -> f.serverErrorShare();
            case UNAVAILABLE -> f.unavailableShare();
            case RATE_LIMITED -> f.rateLimitedShare();
            case DROPPED -> f.droppedShare();
            case TRUNCATED -> f.truncatedShare();
            case NONE -> 0;
        };
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
