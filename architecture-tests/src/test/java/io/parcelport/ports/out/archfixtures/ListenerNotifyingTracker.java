package io.parcelport.ports.out.archfixtures;

import io.parcelport.ports.in.ShipmentEventListener;

/** Deliberately broken (test fixture, never production): a driven port that takes a driving port's listener. */
public interface ListenerNotifyingTracker {

    void subscribe(ShipmentEventListener listener);
}
