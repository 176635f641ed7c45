package io.parcelport.domain.archfixtures;

import jakarta.json.bind.annotation.JsonbProperty;

/** Deliberately broken (test fixture, never production): a domain value bound to a backend's JSON. */
public final class JsonBoundParcelLabel {

    @JsonbProperty("tracking_number")
    public String trackingNumber;
}
