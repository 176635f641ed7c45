package io.parcelport.rest.archfixtures;

import io.parcelport.adapter.trackingmore.archfixtures.TrackingMoreHttpClient;

/** Deliberately broken (test fixture, never production): the shared REST plumbing reaching into one backend. */
public final class BackendKnowingTransport {
    private final TrackingMoreHttpClient v2 = new TrackingMoreHttpClient();

    public String send(String path) {
        return v2.get(path);
    }
}
