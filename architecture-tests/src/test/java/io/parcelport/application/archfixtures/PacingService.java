package io.parcelport.application.archfixtures;

import io.parcelport.pacing.Ticker;

/** Deliberately broken (test fixture, never production): an application service that paces backend calls itself. */
public final class PacingService {

    public long now() {
        return Ticker.SYSTEM.nanoTime();
    }
}
