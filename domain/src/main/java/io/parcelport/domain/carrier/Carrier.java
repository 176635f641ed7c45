package io.parcelport.domain.carrier;

import io.parcelport.domain.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * A carrier as a backend's directory describes it: code, display name, kind, and how to reach it.
 *
 * @param code the carrier's slug
 * @param name the display name, e.g. {@code DHL}
 * @param kind express, postal, air...
 * @param homepage the carrier's web site as given (may be protocol-relative, e.g. {@code //www.dhl.com/})
 * @param phone the carrier's customer-service phone number as given
 */
public record Carrier(CarrierCode code, String name, CarrierKind kind, Optional<String> homepage,
        Optional<String> phone) {
    public Carrier {
        Objects.requireNonNull(code, "code");
        name = Checks.requireText(name, "carrier name");
        Objects.requireNonNull(kind, "kind");
        homepage = blankToEmpty(homepage, "homepage");
        phone = blankToEmpty(phone, "phone");
    }

    /** A carrier with only a code, name and kind. */
    public static Carrier of(CarrierCode code, String name, CarrierKind kind) {
        return new Carrier(code, name, kind, Optional.empty(), Optional.empty());
    }

    private static Optional<String> blankToEmpty(Optional<String> value, String what) {
        Objects.requireNonNull(value, what);
        return value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
