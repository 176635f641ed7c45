/**
 * The TrackingMore API v4 adapter: {@link io.parcelport.adapter.trackingmorev4.TrackingMoreV4Backend} implements the
 * driven ports v4 can serve over MicroProfile Rest Client (RESTEasy) and JSON-P, configured by
 * {@link io.parcelport.adapter.trackingmorev4.TrackingMoreV4Config} (with its
 * {@link io.parcelport.adapter.trackingmorev4.V4RateLimits}); the ports v4 has no calls for fail with
 * {@code OperationNotSupportedException} before anything is sent.
 * {@link io.parcelport.adapter.trackingmorev4.TrackingMoreV4Webhooks} reads webhooks, checked by a pluggable
 * {@link io.parcelport.adapter.trackingmorev4.TrackingMoreV4WebhookVerifier}.
 *
 * <p>Kept apart from the v2 adapter ({@code io.parcelport.adapter.trackingmore}): both share only the HTTP plumbing
 * of {@code io.parcelport.rest}, the pacing engine, and the vendor's words in the wire module
 * ({@code io.parcelport.wire.trackingmore.v4} for v4's formats). Everything else here is package-private: the gateway,
 * the reply, the mapper, the id cache, one class per port. Reading is tolerant (v4 reference §1, §3, §9), writing
 * strict, and no HTTP-client or JSON exception crosses a port.
 *
 * <h2>Idempotency</h2>
 * <p>Which calls are repeated after an ambiguous failure (a read timeout, a 5xx, an unreadable answer) is in
 * {@code V4Endpoint}: reads, create, batch create, update and delete are; change carrier, retrack and air waybill are
 * not. A 429 and a refused connection prove nothing happened, so every call is repeated after them, within the retry
 * policy, the cool-down (120 s, or {@code Retry-After}) and the call's deadline.
 */
package io.parcelport.adapter.trackingmorev4;
