package io.parcelport.adapter.inmemory;

import io.parcelport.domain.Carrier;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.TrackingNumber;
import io.parcelport.ports.out.CarrierDirectory;
import java.util.List;

/** The carrier catalog; detection is billed one unit per five calls. */
final class InMemoryCarrierDirectory implements CarrierDirectory {

    private final CarrierCatalog catalog;
    private final Quota quota;
    private final FaultInjector faults;

    InMemoryCarrierDirectory(CarrierCatalog catalog, Quota quota, FaultInjector faults) {
        this.catalog = catalog;
        this.quota = quota;
        this.faults = faults;
    }

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
