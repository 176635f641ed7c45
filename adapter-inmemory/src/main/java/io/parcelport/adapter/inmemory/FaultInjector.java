package io.parcelport.adapter.inmemory;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.SplittableRandom;

/** Applies the configured {@link Faults} before each call: latency, random failure, rate limits. */
final class FaultInjector {
    private final Clock clock;
    private final BackendLimits limits;
    private volatile Faults faults;
    private SplittableRandom random;
    private final Deque<Instant> realtimeCalls = new ArrayDeque<>();
    private final Deque<Instant> listCalls = new ArrayDeque<>();

    FaultInjector(Clock clock, BackendLimits limits, Faults faults) {
        this.clock = clock;
        this.limits = limits;
        set(faults);
    }

    synchronized void set(Faults value) {
        this.faults = value;
        this.random = new SplittableRandom(value.seed());
        realtimeCalls.clear();
        listCalls.clear();
    }

    Faults faults() {
        return faults;
    }

    /** Runs before the operation: may sleep, throw unavailable or rate-limited. */
    void before(Faults.Operation operation, String name) {
        Faults f = faults;
        if (f == Faults.none()) {
            return;
        }
        Duration latency;
        boolean fail;
        synchronized (this) {
            latency = f.minLatency().equals(f.maxLatency()) ? f.minLatency() : f.minLatency().plusNanos(
                    random.nextLong(f.maxLatency().minus(f.minLatency()).toNanos() + 1));
            double rate = f.failureRate(operation);
            fail = rate > 0 && random.nextDouble() < rate;
        }
        if (!latency.isZero()) {
            try {
                f.ticker().sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BackendUnavailableException(BackendException.Failure.of(name), "interrupted", e);
            }
        }
        if (fail) {
            throw new BackendUnavailableException(BackendException.Failure.of(name),
                    "injected failure (service temporarily unavailable)");
        }
        if (f.isRateLimited()) {
            if (operation == Faults.Operation.TRACK_NOW) {
                admit(realtimeCalls, limits.realtimeCallsPerSecond(), name);
            } else if (operation == Faults.Operation.QUERY) {
                admit(listCalls, limits.queryCallsPerSecond(), name);
            }
        }
    }

    // A sliding window of one second over the injectable clock: at most `perSecond` calls in any second.
    private synchronized void admit(Deque<Instant> calls, double perSecond, String name) {
        Instant now = clock.instant();
        Duration window = Duration.ofSeconds(1);
        while (!calls.isEmpty() && !calls.peekFirst().plus(window).isAfter(now)) {
            calls.removeFirst();
        }
        int allowed = Math.max(1, (int) Math.floor(perSecond));
        if (calls.size() >= allowed) {
            Duration retryAfter = Duration.between(now, calls.peekFirst().plus(window));
            throw new RateLimitedException(BackendException.Failure.of(name),
                    "more than " + allowed + " calls per second (TrackingMore 429)", Optional.of(retryAfter));
        }
        calls.addLast(now);
    }
}
