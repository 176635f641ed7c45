package io.parcelport.cli.archfixtures;

import io.parcelport.adapter.inmemory.archfixtures.InMemoryShipmentStore;
import io.parcelport.application.archfixtures.TrackShipmentService;

/** Test fixture, never production: a composition root, which may pick application services and backends. */
public final class ParcelportCliMain {

    private ParcelportCliMain() {
    }

    public static void main(String[] args) {
        InMemoryShipmentStore store = new InMemoryShipmentStore();
        TrackShipmentService service = new TrackShipmentService();
        service.track(args.length > 0 ? args[0] : String.valueOf(store.size()));
    }
}
