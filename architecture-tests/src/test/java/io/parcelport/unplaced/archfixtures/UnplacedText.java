package io.parcelport.unplaced.archfixtures;

/** Deliberately broken (test fixture, never production): a class in a package that no ring of the onion names. */
public final class UnplacedText {

    public String text() {
        return "usage: parcelport track <number>";
    }
}
