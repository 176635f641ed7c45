/**
 * AfterShip Tracking API 2025-07's wire format, shared by the REST adapter (a client) and an emulator face (a
 * server): the one place that knows AfterShip's words, both directions.
 * <ul>
 *   <li>the envelope and its {@code meta.code} table ({@link io.parcelport.wire.aftership.Envelope},
 *       {@link io.parcelport.wire.aftership.MetaCode});</li>
 *   <li>the tracking object and its checkpoints as a domain {@code Shipment}
 *       ({@link io.parcelport.wire.aftership.Trackings}), the list page with its cursor
 *       ({@link io.parcelport.wire.aftership.TrackingPage}), the estimated-delivery objects
 *       ({@link io.parcelport.wire.aftership.DeliveryEstimate});</li>
 *   <li>tags and subtags ({@link io.parcelport.wire.aftership.Tag}, {@link io.parcelport.wire.aftership.Subtags}),
 *       times ({@link io.parcelport.wire.aftership.Times}), alpha-3 countries
 *       ({@link io.parcelport.wire.aftership.Countries}), couriers ({@link io.parcelport.wire.aftership.Couriers});</li>
 *   <li>request bodies and list query parameters ({@link io.parcelport.wire.aftership.Requests});</li>
 *   <li>the webhook body and its signature ({@link io.parcelport.wire.aftership.WebhookBody},
 *       {@link io.parcelport.wire.aftership.WebhookSignature}).</li>
 * </ul>
 *
 * <h2>Tags and the domain</h2>
 * AfterShip has nine tags, the domain nine known statuses, but they do not pair one to one. {@code AvailableForPickup}
 * is the tag with no TrackingMore counterpart: TrackingMore (v2 and v4) folds "ready for collection" into its
 * {@code pickup} status (v4 sub-status {@code pickup002}), and so does the domain, whose
 * {@code DeliveryStatus.OUT_FOR_DELIVERY} means "out for delivery, or waiting for the recipient at a pickup point".
 * The domain holds the difference in the sub-status, which keeps AfterShip's subtag code ({@code SubStatus} lower-cases
 * it: {@code availableforpickup_001}); a pickup-point tracking that arrives without a subtag is given
 * {@code AvailableForPickup_001}, its only documented subtag, so that the writer can always tell the two tags apart.
 * {@code InfoReceived}, which TrackingMore v2 lacks (v4 has {@code inforeceived}), is the domain's
 * {@code INFO_RECEIVED}. AfterShip has no "not found" apart from {@code Pending}; the domain's {@code NOT_FOUND} is
 * written {@code Pending}. Every subtag is kept as its code, documented or not, with AfterShip's
 * {@code subtag_message} (or the documented meaning) as its meaning; the writer restores AfterShip's spelling from the
 * code's prefix.
 *
 * <p>This package is the wire format, not an application API: its types are public so that the two sides can share
 * one definition. Field names and quirks follow {@code aftership-tracking.md} (version 2025-07).
 */
package io.parcelport.wire.aftership;
