/**
 * Shipments and what their tracking says: the {@link Shipment} aggregate with its key and tracking
 * number, the events and legs a carrier reports, and the delivery-status state machine
 * ({@link ShipmentStatus}, {@link DeliveryStatus}) with the changes it decides.
 */
package io.parcelport.domain.shipment;
