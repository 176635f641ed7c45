package io.parcelport.adapter.inmemory;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.QuotaExhaustedException;

/** The account's remaining quota, charged as TrackingMore charges it; thread-safe. */
final class Quota {
    /** Detection is billed one unit per this many calls. */
    static final int DETECTIONS_PER_UNIT = 5;

    private long remaining;
    private long detections;
    private volatile boolean forcedExhausted;

    Quota(long initial) {
        if (initial < 0) {
            throw new IllegalArgumentException("quota must not be negative: " + initial);
        }
        this.remaining = initial;
    }

    synchronized long remaining() {
        return forcedExhausted ? 0 : remaining;
    }

    void forceExhausted(boolean value) {
        forcedExhausted = value;
    }

    /** Spends {@code units} if all of them are there; spends nothing otherwise. */
    synchronized boolean tryCharge(long units) {
        if (forcedExhausted || remaining < units) {
            return false;
        }
        remaining -= units;
        return true;
    }

    /** Counts one detection; every fifth costs a unit, and fails the call if it cannot be paid. */
    synchronized void chargeDetection(String operation) {
        if ((detections + 1) % DETECTIONS_PER_UNIT == 0) {
            if (!tryCharge(1)) {
                throw exhausted(operation);
            }
        }
        detections++;
    }

    synchronized void add(long units) {
        remaining += units;
    }

    static QuotaExhaustedException exhausted(String operation) {
        return new QuotaExhaustedException(BackendException.Failure.of(operation),
                "the account's quota is exhausted (TrackingMore 4021: recharge to continue)");
    }
}
