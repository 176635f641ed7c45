package io.parcelport.pacing;

/**
 * The driven port through which an adapter obtains the pacing state of one account: its rate gates, its 429
 * cool-down and its quota state. {@link #local()} keeps them in this backend instance, as Parcelport always has;
 * {@code parcelport-limiter-bucket4j} shares them with every instance of a fleet through Redis or Hazelcast.
 *
 * <p>Implementations must be thread-safe, and must never log, show or store the account's secret in clear:
 * {@link AccountId} carries only a keyed hash of it.
 */
public interface Limiters {

    /** The in-JVM default: fresh limiters for each backend instance, as before this port existed. */
    static Limiters local() {
        return LocalLimiters.INSTANCE;
    }

    /**
     * The pacing state of {@code account} for one backend instance that reads time and waits with {@code ticker}.
     */
    AccountPacing forAccount(AccountId account, Ticker ticker);
}
