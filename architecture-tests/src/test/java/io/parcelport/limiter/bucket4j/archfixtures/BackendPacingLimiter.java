package io.parcelport.limiter.bucket4j.archfixtures;

import io.parcelport.adapter.trackingmore.archfixtures.TrackingMoreHttpClient;

/** Deliberately broken (test fixture, never production): the distributed limiter reaching into a backend. */
public final class BackendPacingLimiter {
    private final TrackingMoreHttpClient v2 = new TrackingMoreHttpClient();

    public String probe(String path) {
        return v2.get(path);
    }
}
