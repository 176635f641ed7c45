package io.parcelport.rest;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the HTTP clients' wire loggers from printing the API key.
 *
 * <p>Apache HttpClient (under RESTEasy) logs every request header, the API-key header included, on
 * {@code org.apache.http.headers} and {@code org.apache.http.wire} at debug level, which commons-logging routes to
 * java.util.logging when nothing else is present; the JDK's own HTTP client does the same on its
 * {@code sun.net.www.protocol.http.HttpURLConnection} logger. A debug-level root logger would thus leak the key. This
 * class caps those loggers at {@code INFO} (where they print nothing) once per JVM, and keeps them referenced so that
 * java.util.logging does not drop the setting. An application that routes commons-logging to another framework
 * (Log4j, SLF4J) must keep those two categories below debug itself.
 */
public final class WireLogSilencer {
    private static final List<Logger> PINNED = List.of(
            Logger.getLogger("org.apache.http.headers"),
            Logger.getLogger("org.apache.http.wire"),
            Logger.getLogger("sun.net.www.protocol.http.HttpURLConnection"));

    private WireLogSilencer() {
    }

    /** Caps the HTTP clients' wire loggers at {@code INFO}; idempotent. */
    public static void apply() {
        for (Logger logger : PINNED) {
            Level level = logger.getLevel();
            if (level == null || level.intValue() < Level.INFO.intValue()) {
                logger.setLevel(Level.INFO);
            }
        }
    }
}
