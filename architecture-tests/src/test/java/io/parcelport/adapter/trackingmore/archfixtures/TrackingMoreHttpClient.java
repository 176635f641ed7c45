package io.parcelport.adapter.trackingmore.archfixtures;

/** Test fixture, never production: a stand-in TrackingMore backend class for other fixtures to depend on. */
public final class TrackingMoreHttpClient {

    public String get(String path) {
        return path;
    }
}
