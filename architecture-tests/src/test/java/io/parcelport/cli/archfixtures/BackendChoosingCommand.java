package io.parcelport.cli.archfixtures;

import io.parcelport.adapter.inmemory.archfixtures.InMemoryShipmentStore;

/** Deliberately broken (test fixture, never production): a CLI command that picks a backend itself. */
public final class BackendChoosingCommand {

    public int count() {
        return new InMemoryShipmentStore().size();
    }
}
