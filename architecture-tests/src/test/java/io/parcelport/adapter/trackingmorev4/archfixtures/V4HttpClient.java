package io.parcelport.adapter.trackingmorev4.archfixtures;

import io.parcelport.rest.archfixtures.SharedTransport;
import io.parcelport.wire.trackingmore.archfixtures.WireEnvelope;

/** Test fixture, never production: a stand-in v4 backend class using the REST plumbing and the wire format. */
public final class V4HttpClient {
    private final SharedTransport transport = new SharedTransport();

    public String get(String path) {
        return transport.send(path) + new WireEnvelope().getClass().getSimpleName() + "courier_code";
    }
}
