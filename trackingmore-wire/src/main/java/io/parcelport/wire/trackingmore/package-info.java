/**
 * TrackingMore API v2's wire format, shared by the REST adapter (a client) and the emulator (a server): the one place
 * that knows TrackingMore's words. One class per shape, its reader and writer side by side:
 * <ul>
 *   <li>the JSON-B records of {@link io.parcelport.wire.trackingmore.Wire} with their tolerant readers, bound by
 *       {@link io.parcelport.wire.trackingmore.WireBinding} (which reads PHP's {@code []} for an empty object as
 *       absent), and the times of {@link io.parcelport.wire.trackingmore.WireTimes};</li>
 *   <li>the writers that turn domain values into the same JSON ({@link io.parcelport.wire.trackingmore.WireWriter}
 *       for the envelope and the tracking object, {@link io.parcelport.wire.trackingmore.AnswerWriter} for the other
 *       answers);</li>
 *   <li>the {@code meta.code} table with each code's failure and rejection reason
 *       ({@link io.parcelport.wire.trackingmore.MetaCode}), the status words
 *       ({@link io.parcelport.wire.trackingmore.Statuses}), the sub-status codes and their meanings
 *       ({@link io.parcelport.wire.trackingmore.SubStatuses}), the manual-status numbers
 *       ({@link io.parcelport.wire.trackingmore.ManualStatusCodes}), the milestone names
 *       ({@link io.parcelport.wire.trackingmore.Milestones}), the carrier types
 *       ({@link io.parcelport.wire.trackingmore.CarrierKinds}) and the webhook signature
 *       ({@link io.parcelport.wire.trackingmore.WebhookSignature});</li>
 *   <li>the request bodies the client writes and the server reads
 *       ({@link io.parcelport.wire.trackingmore.ShipmentRequests}).</li>
 * </ul>
 *
 * <p>This package is the wire format, not an application API: its types are public only so that the two adapters
 * can share one definition of it. Applications use the ports and {@code TrackingMoreBackend}, or speak HTTP to the
 * emulator; the records and writers may change with the format. Field names and quirks follow
 * {@code trackingmore-v2.md} (reference §4, §5, §8).
 */
package io.parcelport.wire.trackingmore;
