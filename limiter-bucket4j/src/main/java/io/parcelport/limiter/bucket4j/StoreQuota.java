package io.parcelport.limiter.bucket4j;

import io.github.bucket4j.distributed.BucketProxy;
import io.parcelport.pacing.QuotaState;

/**
 * The account's "quota exhausted" flag in the shared store: a bucket of one token, taken when the backend says the
 * quota is spent and given back when account info shows quota again or an operator resets it; it refills by itself
 * only after the hold configured on {@link Bucket4jLimiters.Builder#quotaHold}. While the store does not answer,
 * the last state this instance knew holds.
 */
final class StoreQuota implements QuotaState {
    private final BucketProxy bucket;
    private final StoreHealth health;
    private volatile boolean known;

    StoreQuota(BucketProxy bucket, StoreHealth health) {
        this.bucket = bucket;
        this.health = health;
    }

    @Override
    public boolean exhausted() {
        if (!health.tryStore()) {
            return known;
        }
        try {
            known = bucket.getAvailableTokens() < 1;
            health.succeeded();
        } catch (RuntimeException e) {
            health.failed(e);
        }
        return known;
    }

    @Override
    public void markExhausted() {
        known = true;
        write(() -> bucket.tryConsumeAsMuchAsPossible());
    }

    @Override
    public void markAvailable() {
        known = false;
        write(() -> bucket.addTokens(1));
    }

    private void write(Runnable change) {
        if (!health.tryStore()) {
            return;
        }
        try {
            change.run();
            health.succeeded();
        } catch (RuntimeException e) {
            health.failed(e);
        }
    }
}
