package io.parcelport.ports.in.archfixtures;

import io.parcelport.ports.out.TrackingBackend;

/** Deliberately broken (test fixture, never production): a driving port that hands out a driven port. */
public interface BackendExposingUseCase {

    TrackingBackend backend();
}
