/**
 * Pacing for the HTTP backends: how fast they call their vendor, how long they wait after the vendor says "slow
 * down", which failures they repeat, and when they give up.
 *
 * <p>A backend adapter owns its vendor's pacing and builds it from these parts: a {@link io.parcelport.pacing.Ticker}
 * (the one way anything here reads time or waits), {@link io.parcelport.pacing.RateLimiter}s,
 * a {@link io.parcelport.pacing.CoolDown}, and the retry loop {@link io.parcelport.pacing.Pacer} with its
 * {@link io.parcelport.pacing.RetryPolicy}. What happens is reported to a {@link io.parcelport.pacing.PacingListener}.
 * Failures are the ports' {@link io.parcelport.ports.BackendException}s; nothing here knows a vendor.
 *
 * <p>What belongs to an account rather than to one process (its rate gates, its 429 cool-down, its quota state) an
 * adapter obtains through the driven port {@link io.parcelport.pacing.Limiters}: {@code Limiters.local()} keeps it in
 * the backend instance (the default, no dependency), a distributed adapter shares it across a fleet.
 */
package io.parcelport.pacing;
