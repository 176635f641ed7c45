package io.parcelport.cli.archfixtures;

import io.parcelport.application.archfixtures.TrackShipmentService;

/** Deliberately broken (test fixture, never production): a CLI command that picks a concrete application service. */
public final class TrackCommand {

    public String run(String trackingNumber) {
        return new TrackShipmentService().track(trackingNumber);
    }
}
