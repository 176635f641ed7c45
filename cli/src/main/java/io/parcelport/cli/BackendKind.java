package io.parcelport.cli;

import java.util.Locale;

/** Which backend the commands run on. */
public enum BackendKind {
    /** The in-memory backend inside the tool, loaded with demo data; it lives as long as one command. */
    EMBEDDED,
    /** TrackingMore v2 over HTTP (or anything that speaks it, such as the emulator), key from the environment. */
    TRACKINGMORE("trackingmore"),
    /** TrackingMore v4 over HTTP, key from the same environment variable as v2. */
    TRACKINGMORE_V4("trackingmore-v4"),
    /** AfterShip (API 2025-07) over HTTP, key from {@code AFTERSHIP_API_KEY}. */
    AFTERSHIP("aftership");

    private final String cliName;

    BackendKind() {
        this.cliName = name().toLowerCase(Locale.ROOT);
    }

    BackendKind(String cliName) {
        this.cliName = cliName;
    }

    /** The name users type, e.g. {@code trackingmore-v4}. */
    public String cliName() {
        return cliName;
    }

    /** Whether the backend is reached over HTTP (so that {@code --base-url} and {@code --deadline} apply). */
    public boolean isRemote() {
        return this != EMBEDDED;
    }
}
