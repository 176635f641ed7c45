package io.parcelport.ports.out.archfixtures;

import io.parcelport.domain.shipment.Shipment;
import jakarta.json.bind.Jsonb;

/** Deliberately broken (test fixture, never production): a driven port whose signature leaks JSON-B. */
public interface JsonSpeakingTracker {

    Shipment parse(String body, Jsonb jsonb);
}
