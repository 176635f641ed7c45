package io.parcelport.adapter.aftership.archfixtures;

import io.parcelport.wire.trackingmore.archfixtures.WireEnvelope;

/** Test fixture, never production: an AfterShip backend class that reads TrackingMore's wire format, which it may not. */
public final class TrackingMoreWireBorrower {

    public String read() {
        return new WireEnvelope().meta(200);
    }
}
