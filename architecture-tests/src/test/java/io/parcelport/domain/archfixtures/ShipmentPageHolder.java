package io.parcelport.domain.archfixtures;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.Page;

/** Deliberately broken (test fixture, never production): a domain class that reaches out to a port type. */
public final class ShipmentPageHolder {

    private final Page<Shipment> page;

    public ShipmentPageHolder(Page<Shipment> page) {
        this.page = page;
    }

    public Page<Shipment> page() {
        return page;
    }
}
