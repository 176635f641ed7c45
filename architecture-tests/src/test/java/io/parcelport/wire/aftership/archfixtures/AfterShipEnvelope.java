package io.parcelport.wire.aftership.archfixtures;

/** Test fixture, never production: a stand-in AfterShip wire-format class for other fixtures to depend on. */
public final class AfterShipEnvelope {

    public String meta(int code) {
        return "{\"code\":" + code + ",\"type\":\"OK\"}";
    }
}
