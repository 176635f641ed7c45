package io.parcelport.adapter.trackingmore;

import io.parcelport.ports.BackendLimits;

/**
 * What every shipment call of {@link TrackingMoreShipments} works with: the gateway that sends and decodes, the
 * statuses set by hand that TrackingMore does not echo, and the limits checked before anything is sent.
 */
record ShipmentCalls(HttpGateway gateway, ManualOverrides overrides, BackendLimits limits) {
}
