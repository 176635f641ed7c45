package io.parcelport.adapter.inmemory;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.out.CarrierDirectory;
import java.util.List;

/** The carrier catalog; detection is billed one unit per five calls. */
record InMemoryCarrierDirectory(CarrierCatalog catalog, Quota quota, FaultInjector faults)
        implements CarrierDirectory {

    @Override
    public List<Carrier> carriers(LanguageCode language) {
        faults.before(Faults.Operation.CARRIERS, "CarrierDirectory.carriers");
        return catalog.carriers();
    }

    @Override
    public List<Carrier> detect(TrackingNumber number) {
        String op = "CarrierDirectory.detect";
        faults.before(Faults.Operation.DETECT, op);
        quota.chargeDetection(op);
        return catalog.detect(number);
    }
}
