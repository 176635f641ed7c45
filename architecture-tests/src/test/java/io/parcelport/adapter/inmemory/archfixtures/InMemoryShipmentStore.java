package io.parcelport.adapter.inmemory.archfixtures;

/** Test fixture, never production: a stand-in in-memory backend class for other fixtures to depend on. */
public final class InMemoryShipmentStore {

    public int size() {
        return 0;
    }
}
