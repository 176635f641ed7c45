package io.parcelport.domain.insight;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.CarrierCode;
import java.util.Objects;

/**
 * A question to a backend: how long does this carrier take from one country to another?
 *
 * @param carrier the carrier
 * @param from the country of origin
 * @param to the destination country
 */
public record TransitTimeQuery(CarrierCode carrier, CountryCode from, CountryCode to) {
    public TransitTimeQuery {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
