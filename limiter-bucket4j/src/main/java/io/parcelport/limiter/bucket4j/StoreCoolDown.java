package io.parcelport.limiter.bucket4j;

import io.github.bucket4j.distributed.BucketProxy;
import io.parcelport.pacing.AccountCoolDown;
import io.parcelport.pacing.CoolDown;
import io.parcelport.pacing.Ticker;
import java.time.Duration;

/**
 * The account's 429 cool-down in the shared store: a bucket of one token that refills one token a millisecond, so
 * that a balance of {@code 1 - D} tokens means "wait D ms" to every instance that reads it. Starting a pause drives
 * the balance down to that (never raises it: a longer pause already running stays); a local {@link CoolDown} keeps
 * the pause too, for when the store does not answer.
 *
 * <p>Two instances told at the same instant may both lower the balance; the one that notices the sum is longer than
 * its own pause gives the surplus back, so a race costs at most the few milliseconds between the two.
 */
final class StoreCoolDown implements AccountCoolDown {
    private final BucketProxy bucket;
    private final StoreHealth health;
    private final CoolDown local;

    StoreCoolDown(BucketProxy bucket, StoreHealth health, Ticker ticker) {
        this.bucket = bucket;
        this.health = health;
        this.local = new CoolDown(ticker);
    }

    @Override
    public void start(Duration duration) {
        local.start(duration);
        if (duration.isNegative() || duration.isZero() || !health.tryStore()) {
            return;
        }
        long millis = Math.max(1, duration.toMillis());
        try {
            long debt = 1 - bucket.getAvailableTokens();
            if (millis > debt) {
                bucket.consumeIgnoringRateLimits(millis - debt);
                long after = 1 - bucket.getAvailableTokens();
                if (after > millis) {
                    bucket.addTokens(after - millis);
                }
            }
            health.succeeded();
        } catch (RuntimeException e) {
            health.failed(e);
        }
    }

    @Override
    public Duration remaining() {
        Duration alone = local.remaining();
        if (!health.tryStore()) {
            return alone;
        }
        long nanos;
        try {
            nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        } catch (RuntimeException e) {
            health.failed(e);
            return alone;
        }
        health.succeeded();
        Duration shared = Duration.ofNanos(nanos);
        return shared.compareTo(alone) > 0 ? shared : alone;
    }
}
