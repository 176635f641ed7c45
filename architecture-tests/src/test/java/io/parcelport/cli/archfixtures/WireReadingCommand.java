package io.parcelport.cli.archfixtures;

import io.parcelport.wire.trackingmore.archfixtures.WireEnvelope;

/** Deliberately broken (test fixture, never production): a CLI command that reads TrackingMore's wire format. */
public final class WireReadingCommand {

    public String meta() {
        return new WireEnvelope().meta(200);
    }
}
