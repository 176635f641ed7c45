package io.parcelport.adapter.trackingmore;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.RejectionReason;

/**
 * Guards the tracking numbers that go into a URL path beyond what the domain refuses.
 *
 * <p>The Rest Client percent-encodes path parameters but leaves RFC 3986 sub-delimiters such as {@code ;} as they
 * are, and many servers (Tomcat among them) cut a segment at {@code ;} as path parameters: {@code A;B} would then
 * address shipment {@code A}. Such a number is refused before any request, as an invalid tracking number.
 */
final class PathValues {
    private PathValues() {
    }

    static String number(ShipmentKey key, Endpoint endpoint) {
        String number = key.trackingNumber().value();
        if (number.indexOf(';') >= 0) {
            throw new InvalidRequestException(BackendException.Failure.of(endpoint.operation),
                    RejectionReason.INVALID_TRACKING_NUMBER, "tracking number '" + number
                            + "' contains ';', which servers may read as a path parameter; nothing was sent");
        }
        return number;
    }
}
