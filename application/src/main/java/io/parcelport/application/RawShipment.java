package io.parcelport.application;

/**
 * A shipment to register as it comes from outside, unchecked: a carrier code and a tracking number read from a file
 * or a form, either of which may be missing or malformed.
 *
 * @param carrier the carrier code as given, possibly null or malformed
 * @param trackingNumber the tracking number as given, possibly null or malformed
 */
public record RawShipment(String carrier, String trackingNumber) {
}
