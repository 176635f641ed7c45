package io.parcelport.pacing;

import java.time.Duration;

/**
 * One rate limit a call waits on before it is sent: in this JVM ({@link RateLimiter}) or shared by every instance
 * that uses one account (a distributed limiter behind {@link Limiters}).
 */
public interface RateGate {

    /**
     * Admits one call about to be sent, or admits nothing and says how long until one may go; a caller told to wait
     * sleeps with its {@link Ticker} and asks again, as others may have been admitted meanwhile.
     *
     * @return zero when admitted, else how long to wait before asking again
     */
    Duration admit();

    /** The calls per second this gate allows this caller, before any margin. */
    double perSecond();
}
