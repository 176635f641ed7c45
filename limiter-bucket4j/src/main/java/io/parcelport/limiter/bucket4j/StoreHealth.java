package io.parcelport.limiter.bucket4j;

import io.parcelport.pacing.Ticker;
import java.lang.System.Logger.Level;

/**
 * Whether the shared store answers, for every gate, cool-down and quota of one {@link Bucket4jLimiters}: after a
 * failure the instance paces alone (each gate at 1/N of its rate) and asks the store again every probe interval;
 * once it answers, the instance keeps its local share as well for a grace period, so that instances still alone
 * and instances back on the store never add up to more than the account's rate.
 */
final class StoreHealth {
    private static final System.Logger LOG = System.getLogger(Bucket4jLimiters.class.getName());

    private final Ticker ticker;
    private final long probeNanos;
    private final long graceNanos;
    private final int fleetSize;
    private boolean down;
    private long retryAt;
    private long graceUntil;
    private int outage;

    StoreHealth(Ticker ticker, long probeNanos, long graceNanos, int fleetSize) {
        this.ticker = ticker;
        this.probeNanos = probeNanos;
        this.graceNanos = graceNanos;
        this.fleetSize = fleetSize;
    }

    /** Whether to ask the store now: always while it answers, once per probe interval while it does not. */
    synchronized boolean tryStore() {
        return !down || ticker.nanoTime() - retryAt >= 0;
    }

    /** Whether this instance's local share applies now: while the store is down and during the grace after. */
    synchronized boolean localShare() {
        return down || ticker.nanoTime() - graceUntil < 0;
    }

    /** How many outages began so far: a gate starts a fresh local limiter for each. */
    synchronized int outage() {
        return outage;
    }

    synchronized void succeeded() {
        if (down) {
            down = false;
            graceUntil = ticker.nanoTime() + graceNanos;
            LOG.log(Level.INFO, "shared rate-limit store reachable again: limits shared by the fleet resume"
                    + " (each instance keeps its 1/" + fleetSize + " share for another " + graceNanos / 1_000_000
                    + " ms)");
        }
    }

    synchronized void failed(RuntimeException e) {
        retryAt = ticker.nanoTime() + probeNanos;
        if (!down) {
            down = true;
            outage++;
            // The exception's class only: a store's message may carry a connection URI with a password.
            LOG.log(Level.WARNING, "shared rate-limit store unreachable (" + e.getClass().getSimpleName()
                    + "): each instance now paces alone at 1/" + fleetSize + " of every rate, until the store"
                    + " answers again (asked every " + probeNanos / 1_000_000 + " ms)");
        }
    }
}
