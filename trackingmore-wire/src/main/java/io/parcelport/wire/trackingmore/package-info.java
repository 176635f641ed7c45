/**
 * TrackingMore API v2's wire format, shared by the REST adapter (a client) and the emulator (a server): the JSON-B
 * records of {@link io.parcelport.wire.trackingmore.Wire} with their tolerant readers, the writers that turn domain
 * values into the same JSON ({@link io.parcelport.wire.trackingmore.WireWriter}), the envelope and its
 * {@code meta.code} table ({@link io.parcelport.wire.trackingmore.MetaCode}), the status words
 * ({@link io.parcelport.wire.trackingmore.Statuses}) and the webhook signature
 * ({@link io.parcelport.wire.trackingmore.WebhookSignature}).
 *
 * <p>This package is the wire format, not an application API: its types are public only so that the two adapters
 * can share one definition of it. Applications use the ports and {@code TrackingMoreBackend}, or speak HTTP to the
 * emulator; the records and writers may change with the format. Field names and quirks follow
 * {@code trackingmore-v2.md} (reference §4, §5, §8).
 */
package io.parcelport.wire.trackingmore;
