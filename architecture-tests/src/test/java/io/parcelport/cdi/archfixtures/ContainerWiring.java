package io.parcelport.cdi.archfixtures;

import io.parcelport.adapter.inmemory.archfixtures.InMemoryShipmentStore;
import io.parcelport.application.archfixtures.TrackShipmentService;

/** Test fixture, never production: a stand-in CDI producer that wires a service to a backend, as the module may. */
public final class ContainerWiring {

    public Object wire() {
        return new Object[] {new InMemoryShipmentStore(), TrackShipmentService.class};
    }
}
