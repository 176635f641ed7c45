package io.parcelport.adapter.inmemory.archfixtures;

/** Deliberately broken (test fixture, never production): a backend that writes to its user's console. */
public final class ConsolePrintingStore {

    public void add(String trackingNumber) {
        System.out.println("added " + trackingNumber);
    }
}
