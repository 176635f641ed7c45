package io.parcelport.cli;

import java.util.Locale;

/** Which backend the commands run on. */
public enum BackendKind {
    /** The in-memory backend inside the tool, loaded with demo data; it lives as long as one command. */
    EMBEDDED,
    /** TrackingMore v2 over HTTP (or anything that speaks it, such as the emulator), key from the environment. */
    TRACKINGMORE;

    /** The name users type, e.g. {@code trackingmore}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
