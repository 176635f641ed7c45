package io.parcelport.emulator.archfixtures;

import io.parcelport.adapter.inmemory.archfixtures.InMemoryShipmentStore;

/** Deliberately broken (test fixture, never production): an emulator handler that reaches around the use cases. */
public final class StoreReachingHandler {

    public int total() {
        return new InMemoryShipmentStore().size();
    }
}
