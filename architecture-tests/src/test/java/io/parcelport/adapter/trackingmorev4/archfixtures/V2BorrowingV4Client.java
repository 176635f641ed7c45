package io.parcelport.adapter.trackingmorev4.archfixtures;

import io.parcelport.adapter.trackingmore.archfixtures.TrackingMoreHttpClient;

/** Deliberately broken (test fixture, never production): the v4 backend using the v2 backend. */
public final class V2BorrowingV4Client {
    private final TrackingMoreHttpClient v2 = new TrackingMoreHttpClient();

    public String find(String path) {
        return v2.get(path);
    }
}
