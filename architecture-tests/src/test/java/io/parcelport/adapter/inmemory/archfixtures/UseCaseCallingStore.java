package io.parcelport.adapter.inmemory.archfixtures;

import io.parcelport.application.archfixtures.TrackShipmentService;

/** Deliberately broken (test fixture, never production): a backend that calls back into an application service. */
public final class UseCaseCallingStore {

    private final TrackShipmentService service = new TrackShipmentService();

    public String refresh(String trackingNumber) {
        return service.track(trackingNumber);
    }
}
