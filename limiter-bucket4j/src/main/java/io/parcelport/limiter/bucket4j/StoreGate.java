package io.parcelport.limiter.bucket4j;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.parcelport.pacing.RateGate;
import io.parcelport.pacing.RateLimiter;
import io.parcelport.pacing.Ticker;
import java.time.Duration;

/**
 * A rate gate whose tokens live in the shared store: one token per {@code (window + margin) / permits}, at most one
 * waiting, so calls of the whole fleet leave evenly spaced and any one-second window holds at most the account's
 * permits while travel times differ by less than the margin. A call is counted when it is admitted.
 */
final class StoreGate implements RateGate {
    private final BucketProxy bucket;
    private final StoreHealth health;
    private final double perSecond;
    private final double localPerSecond;
    private final Duration margin;
    private final Ticker ticker;
    private RateLimiter local;
    private int localOutage = -1;

    StoreGate(BucketProxy bucket, StoreHealth health, double perSecond, int fleetSize, Duration margin,
            Ticker ticker) {
        this.bucket = bucket;
        this.health = health;
        this.perSecond = perSecond;
        this.localPerSecond = perSecond / fleetSize;
        this.margin = margin;
        this.ticker = ticker;
    }

    @Override
    public double perSecond() {
        return perSecond;
    }

    @Override
    public Duration admit() {
        boolean tryStore = health.tryStore();
        if (health.localShare() || !tryStore) {
            Duration wait = localAdmit();
            if (!wait.isZero() || !tryStore) {
                return wait;
            }
        }
        ConsumptionProbe probe;
        try {
            probe = bucket.tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            health.failed(e);
            return localAdmit();
        }
        health.succeeded();
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
    }

    // This instance's 1/N share, counted at admission. A fresh limiter for each outage starts as if it had just
    // sent a call: the fleet's last shared calls may be less than a window old.
    private synchronized Duration localAdmit() {
        int outage = health.outage();
        if (local == null || localOutage != outage) {
            local = RateLimiter.perSecond(localPerSecond, margin, ticker);
            localOutage = outage;
            local.admit();
            RateLimiter.sent();
        }
        Duration wait = local.admit();
        if (wait.isZero()) {
            RateLimiter.sent();
        }
        return wait;
    }

    @Override
    public String toString() {
        return "StoreGate[" + perSecond + "/s, alone " + localPerSecond + "/s]";
    }
}
