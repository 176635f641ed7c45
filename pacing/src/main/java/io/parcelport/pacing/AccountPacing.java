package io.parcelport.pacing;

import java.time.Duration;

/**
 * What one backend instance shares with every other user of its account: a rate gate per named bucket, the 429
 * cool-down and the quota state. Obtained once per backend from {@link Limiters#forAccount}.
 */
public interface AccountPacing {

    /**
     * The gate of bucket {@code bucket} (e.g. {@code v2-realtime}, {@code v4-general}, one per endpoint for AfterShip)
     * allowing {@code perSecond} calls a second to the whole account, counted over a second plus {@code margin}.
     * Asking twice for one bucket name with the same rate gives gates over the same calls.
     *
     * @throws IllegalArgumentException when the rate is not positive and finite, or the margin negative
     */
    RateGate gate(String bucket, double perSecond, Duration margin);

    /** The account's cool-down after a vendor 429. */
    AccountCoolDown coolDown();

    /** The account's quota state. */
    QuotaState quota();
}
