package io.parcelport.domain.shipment;

import io.parcelport.domain.Checks;
import io.parcelport.domain.CountryCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Extra facts that some carriers need before they will answer for a tracking number.
 *
 * <p>For example Deutsche Post wants the ship date, Mondial Relay and PostNL the receiver's postal code, some
 * freight carriers an account number, and a few postal services the destination country.
 *
 * @param postalCode the receiver's postal code
 * @param shipDate the day the parcel was shipped
 * @param accountNumber the shipper's account number at the carrier
 * @param destinationCountry the destination country, for carriers that need it to find the number
 */
public record CarrierExtras(Optional<String> postalCode, Optional<LocalDate> shipDate, Optional<String> accountNumber,
        Optional<CountryCode> destinationCountry) {
    /** No extras. */
    public static final CarrierExtras NONE = new CarrierExtras(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    private static final int MAX_LENGTH = 64;

    public CarrierExtras {
        postalCode = clean(postalCode, "postal code");
        Objects.requireNonNull(shipDate, "shipDate");
        accountNumber = clean(accountNumber, "account number");
        Objects.requireNonNull(destinationCountry, "destinationCountry");
    }

    /** Whether no extra is set. */
    public boolean isEmpty() {
        return postalCode.isEmpty() && shipDate.isEmpty() && accountNumber.isEmpty() && destinationCountry.isEmpty();
    }

    private static Optional<String> clean(Optional<String> value, String what) {
        Optional<String> stripped = Objects.requireNonNull(value, what).map(String::strip).filter(s -> !s.isEmpty());
        stripped.ifPresent(s -> {
            if (s.length() > MAX_LENGTH || Checks.hasControlCharacter(s)) {
                throw new IllegalArgumentException(what + " must be at most " + MAX_LENGTH
                        + " printable characters: '" + Checks.printable(s) + "'");
            }
        });
        return stripped;
    }
}
