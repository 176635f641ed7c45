package io.parcelport.wire.trackingmore.archfixtures;

import io.parcelport.adapter.inmemory.archfixtures.InMemoryShipmentStore;

/** Deliberately broken (test fixture, never production): the wire format reaching into the in-memory backend. */
public final class StoreReadingWire {

    public int total() {
        return new InMemoryShipmentStore().size();
    }
}
