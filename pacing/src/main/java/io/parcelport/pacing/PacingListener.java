package io.parcelport.pacing;

/**
 * Hears about every wait, retry and surrender of a paced call as it happens, to show progress or count waits.
 *
 * <p>Called on the thread that is about to wait, so it should return quickly. An exception it throws is logged and
 * otherwise ignored: a broken listener never breaks a call.
 */
@FunctionalInterface
public interface PacingListener {

    /** A listener that ignores everything. */
    PacingListener NONE = event -> { };

    /** Hears one event. */
    void onEvent(PacingEvent event);
}
