package io.parcelport.cli.archfixtures;

import io.parcelport.emulator.archfixtures.EnvelopeWritingHandler;

/** Test fixture, never production: a CLI command that runs the emulator, as {@code serve} may. */
public final class EmulatorStartingCommand {

    public String serve() {
        return new EnvelopeWritingHandler().answer();
    }
}
