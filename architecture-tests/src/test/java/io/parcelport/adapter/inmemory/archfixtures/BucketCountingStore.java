package io.parcelport.adapter.inmemory.archfixtures;

import io.github.bucket4j.Bucket;

/** Deliberately broken (test fixture, never production): a backend growing a dependency on a store library. */
public final class BucketCountingStore {

    public boolean allowed(Bucket bucket) {
        return bucket.tryConsume(1);
    }
}
