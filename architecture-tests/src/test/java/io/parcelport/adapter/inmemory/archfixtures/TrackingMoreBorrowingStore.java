package io.parcelport.adapter.inmemory.archfixtures;

import io.parcelport.adapter.trackingmore.archfixtures.TrackingMoreHttpClient;

/** Deliberately broken (test fixture, never production): the in-memory backend using the TrackingMore backend. */
public final class TrackingMoreBorrowingStore {

    private final TrackingMoreHttpClient client = new TrackingMoreHttpClient();

    public String seed() {
        return client.get("/trackings/get");
    }
}
