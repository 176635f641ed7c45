package io.parcelport.application.archfixtures;

/** Test fixture, never production: a stand-in concrete application service for other fixtures to depend on. */
public final class TrackShipmentService {

    public String track(String trackingNumber) {
        return trackingNumber;
    }
}
