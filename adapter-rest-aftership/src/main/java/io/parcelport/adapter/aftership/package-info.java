/**
 * The AfterShip Tracking API 2025-07 backend: {@link io.parcelport.adapter.aftership.AfterShipBackend}, configured by
 * {@link io.parcelport.adapter.aftership.AfterShipConfig}, and the webhook receiver
 * {@link io.parcelport.adapter.aftership.AfterShipWebhooks}.
 *
 * <p>The adapter owns AfterShip's pacing: one rate limiter per endpoint seeded with the documented rates and adjusted
 * from the {@code X-RateLimit-*} headers, a 429 waited out as its headers say, retries and the deadline of a call.
 * The wire format is the {@code io.parcelport.wire.aftership} module's.
 *
 * <p>Sending a request, reading the capped answer and translating client failures is the shared
 * {@code io.parcelport.rest} module's; {@code HttpTransport} only turns the adapter's calls into its requests.
 * {@code IdCache} is a bounded key-to-id map. AfterShip-specific: {@code Gateway} (envelope and meta codes to the ports' exceptions), {@code EndpointPacing}
 * (AfterShip's headers), {@code Endpoint}, {@code Reply} and the port implementations.
 */
package io.parcelport.adapter.aftership;
