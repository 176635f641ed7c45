package io.parcelport.limiter.bucket4j.archfixtures;

import io.github.bucket4j.Bucket;
import io.parcelport.pacing.Ticker;

/** Test fixture, never production: a stand-in for the distributed limiter, on pacing and Bucket4j alone. */
public final class SharedBucketStore {
    private final Ticker ticker = Ticker.SYSTEM;

    public boolean tryTake(Bucket bucket) {
        return ticker.nanoTime() != 0 && bucket.tryConsume(1);
    }
}
