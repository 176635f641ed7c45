package io.parcelport.pacing;

import java.time.Duration;

/**
 * The pause after a vendor's "too many requests", as one account's callers share it: in one JVM ({@link CoolDown})
 * or across every instance of a fleet.
 */
public interface AccountCoolDown {

    /** Pauses every caller for {@code duration} from now, unless a longer pause is already running. */
    void start(Duration duration);

    /** How long the pause still lasts; zero when there is none. */
    Duration remaining();
}
