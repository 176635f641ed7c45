package io.parcelport.cli.archfixtures;

/** Test fixture, never production: a class of the command-line tool that uses nothing but the JDK. */
public final class UsageText {

    public String text() {
        return "usage: parcelport track <number>";
    }
}
