package io.parcelport.cli.archfixtures;

/** Test fixture, never production: a class of a future driving adapter that uses nothing but the JDK. */
public final class UsageText {

    public String text() {
        return "usage: parcelport track <number>";
    }
}
