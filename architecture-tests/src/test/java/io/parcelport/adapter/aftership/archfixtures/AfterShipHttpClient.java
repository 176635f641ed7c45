package io.parcelport.adapter.aftership.archfixtures;

import io.parcelport.wire.aftership.archfixtures.AfterShipEnvelope;

/** Test fixture, never production: a stand-in AfterShip backend class using its own wire format. */
public final class AfterShipHttpClient {

    public String get(String path) {
        return path + new AfterShipEnvelope().meta(200);
    }
}
