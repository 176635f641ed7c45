package io.parcelport.domain.insight;

import io.parcelport.domain.Checks;
import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.CarrierCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A question to a backend: is this postcode (or city) in this country a remote delivery area, for a carrier or any?
 *
 * @param country the destination country
 * @param postcodeOrCity the postcode, or the city name where the country has no postcodes
 * @param carrier ask only about this carrier
 */
public record RemoteAreaCheck(CountryCode country, String postcodeOrCity, Optional<CarrierCode> carrier) {
    public RemoteAreaCheck {
        Objects.requireNonNull(country, "country");
        postcodeOrCity = Checks.requireText(postcodeOrCity, "postcode or city");
        if (postcodeOrCity.length() > 64 || Checks.hasControlCharacter(postcodeOrCity)) {
            throw new IllegalArgumentException("postcode or city must be at most 64 printable characters: '"
                    + Checks.printable(postcodeOrCity) + "'");
        }
        Objects.requireNonNull(carrier, "carrier");
    }

    /** A check for any carrier. */
    public static RemoteAreaCheck of(CountryCode country, String postcodeOrCity) {
        return new RemoteAreaCheck(country, postcodeOrCity, Optional.empty());
    }
}
