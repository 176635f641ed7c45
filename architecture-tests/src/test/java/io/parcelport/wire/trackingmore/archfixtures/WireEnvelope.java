package io.parcelport.wire.trackingmore.archfixtures;

/** Test fixture, never production: a stand-in wire-format class for other fixtures to depend on. */
public final class WireEnvelope {

    public String meta(int code) {
        return "{\"code\":" + code + "}";
    }
}
