/**
 * The TrackingMore API v2 adapter: {@link io.parcelport.adapter.trackingmore.TrackingMoreBackend} implements every
 * driven port over MicroProfile Rest Client (RESTEasy) and JSON-B (Yasson), configured by
 * {@link io.parcelport.adapter.trackingmore.TrackingMoreConfig} (with its
 * {@link io.parcelport.adapter.trackingmore.RateLimits}); {@link io.parcelport.adapter.trackingmore.TrackingMoreWebhooks}
 * verifies and reads webhooks. The adapter owns TrackingMore's pacing (rates, cool-down, retries, deadline), built
 * on {@code io.parcelport.pacing}.
 *
 * <p>Everything else here is package-private: the REST interface, the wire records and the one mapper per area
 * (shipments, air cargo, carriers, account, insights). Reading is tolerant (reference §8 of
 * {@code trackingmore-v2.md}), writing strict, and no HTTP-client or JSON exception crosses a port.
 */
package io.parcelport.adapter.trackingmore;
