package io.parcelport.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code parcelport --version}, from the jar's manifest. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ParcelportCommand.class.getPackage().getImplementationVersion();
        return new String[] {"parcelport " + (version == null ? "(development build)" : version)};
    }
}
