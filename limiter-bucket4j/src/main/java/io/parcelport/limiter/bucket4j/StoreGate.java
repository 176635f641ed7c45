package io.parcelport.limiter.bucket4j;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.parcelport.pacing.RateGate;
import io.parcelport.pacing.RateLimiter;
import io.parcelport.pacing.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;

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
    private final int fleetSize;
    private final OptionalInt instance;
    private final Clock clock;
    private final long slotMillis;
    private final long settleMillis;
    private RateLimiter local;
    private int localOutage = -1;
    private long notBefore;
    private long lastSlot = -1;
    private final long staleNanos;

    StoreGate(BucketProxy bucket, StoreHealth health, double perSecond, int fleetSize, Duration margin,
            Duration spacing, Duration fleetMargin, OptionalInt instance, Clock clock, Ticker ticker) {
        this.bucket = bucket;
        this.health = health;
        this.perSecond = perSecond;
        this.localPerSecond = perSecond / fleetSize;
        this.margin = margin;
        this.ticker = ticker;
        this.fleetSize = fleetSize;
        this.instance = instance;
        this.clock = clock;
        this.slotMillis = Math.max(1, (spacing.toNanos() + 999_999) / 1_000_000);
        this.settleMillis = slotMillis * Math.max(1, (long) Math.floor(perSecond));
        // A third of the margin for the store's round trip; the rest for the JVM and the network after it.
        this.staleNanos = Math.max(1, fleetMargin.toNanos() / 3);
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
        long asked = ticker.nanoTime();
        try {
            probe = bucket.tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            health.failed(e);
            return localAdmit();
        }
        health.succeeded();
        if (!probe.isConsumed()) {
            return Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
        }
        // The store counted the call when it took the token, somewhere in the round trip: after a slow one (a
        // member leaving, a failover) the call would leave that much later than counted, closer to the next ones
        // than the margin allows. The token goes back instead (the call before it was a full spacing earlier, so
        // whoever takes it now is still in time) and this caller asks again.
        if (ticker.nanoTime() - asked > staleNanos) {
            try {
                bucket.addTokens(1);
            } catch (RuntimeException e) {
                health.failed(e);
            }
            return Duration.ofMillis(1);
        }
        return Duration.ZERO;
    }

    // This instance's 1/N share, counted at admission. A fresh limiter for each outage starts as if it had just
    // sent a call: the fleet's last shared calls may be less than a window old.
    private synchronized Duration localAdmit() {
        if (instance.isPresent()) {
            return slotAdmit(instance.getAsInt());
        }
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

    // With its place in the fleet known, an instance alone sends only at the start of its own slots: slot k (of the
    // shared spacing, on the wall clock) belongs to instance k mod N. Calls of different instances are then a slot
    // apart whatever the rate, also for limits of fewer permits than instances (1/s among three), which a 1/N rate
    // cannot promise. A late caller waits for its next slot rather than send close to the next instance's.
    private Duration slotAdmit(int index) {
        long now = clock.millis();
        int outage = health.outage();
        if (localOutage != outage) {
            localOutage = outage;
            notBefore = now + settleMillis;
        }
        long tolerance = Math.min(20, slotMillis / 10);
        long slot = Math.floorDiv(now, slotMillis);
        if (now >= notBefore && Math.floorMod(slot, fleetSize) == index && slot > lastSlot
                && now - slot * slotMillis <= tolerance) {
            lastSlot = slot;
            return Duration.ZERO;
        }
        long from = Math.max(now, notBefore);
        long next = Math.floorDiv(from, slotMillis) + 1;
        next += Math.floorMod(index - next, fleetSize);
        return Duration.ofMillis(Math.max(1, next * slotMillis - now));
    }

    @Override
    public String toString() {
        return "StoreGate[" + perSecond + "/s, alone " + localPerSecond + "/s]";
    }
}
