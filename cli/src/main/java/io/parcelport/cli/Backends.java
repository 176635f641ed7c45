package io.parcelport.cli;

import io.parcelport.ports.in.ParcelportUseCases;

/** Opens the use cases over the backend a command line chose; the composition root implements it. */
@FunctionalInterface
public interface Backends {

    /**
     * The use cases over {@code choice}'s backend; the caller closes them.
     *
     * @throws UsageException when the backend cannot be configured (a missing API key, a malformed URL)
     */
    ParcelportUseCases open(BackendChoice choice);
}
