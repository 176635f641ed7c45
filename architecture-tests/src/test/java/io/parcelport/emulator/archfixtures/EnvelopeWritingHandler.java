package io.parcelport.emulator.archfixtures;

import io.parcelport.wire.trackingmore.archfixtures.WireEnvelope;

/** Test fixture, never production: an emulator handler that writes the shared wire format, as it may. */
public final class EnvelopeWritingHandler {

    public String answer() {
        return new WireEnvelope().meta(200);
    }
}
