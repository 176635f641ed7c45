package io.parcelport.cdi.archfixtures;

/** Test fixture, never production: CDI wiring that prints to standard output, which library code may not. */
public final class ContainerPrinter {

    public void started() {
        System.out.println("parcelport ready");
    }
}
