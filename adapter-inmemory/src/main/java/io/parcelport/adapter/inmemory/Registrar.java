package io.parcelport.adapter.inmemory;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Rejection;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who gets in: a known carrier and a well-formed number, not registered yet, paid for by one unit of quota; an
 * admitted entry is indexed under its canonical carrier and its steps due by then are applied.
 *
 * <p>Not thread-safe: every method runs under the {@link ShipmentStore}'s write lock.
 */
final class Registrar {

    // TrackingMore's SDK refuses anything else before sending (4014): at least 5 letters, digits, '-' or '_'.
    private static final Pattern VALID_NUMBER = Pattern.compile("[0-9A-Za-z_-]{5,}");

    private final CarrierCatalog catalog;
    private final Quota quota;
    private final EntryIndex index;
    private final StepQueue steps;
    private long serials;

    Registrar(CarrierCatalog catalog, Quota quota, EntryIndex index, StepQueue steps) {
        this.catalog = catalog;
        this.quota = quota;
        this.index = index;
        this.steps = steps;
    }

    /** Registers one shipment now, with the scenario its key draws. */
    ItemOutcome<Entry> register(NewShipment s, Instant now) {
        Optional<Rejection> invalid = validate(s.key());
        if (invalid.isPresent()) {
            return ItemOutcome.rejected(invalid.get());
        }
        if (index.contains(s.key())) {
            return Refusals.alreadyExists(s.key());
        }
        if (!quota.tryCharge(1)) {
            return Refusals.noQuota(s.key());
        }
        ShipmentKey key = canonical(s.key());
        Entry e = new Entry(key, now, ++serials, Details.of(s), Scenario.of(key));
        admit(e, now);
        return ItemOutcome.accepted(e);
    }

    /** Loads a shipment registered in the past (demo data), charging nothing; steps due by now are applied. */
    void load(NewShipment s, Instant now, Instant createdAt, Scenario scenario) {
        if (validate(s.key()).isEmpty() && !index.contains(s.key())) {
            admit(new Entry(canonical(s.key()), createdAt, ++serials, Details.of(s), scenario), now);
        }
    }

    /** Why TrackingMore would refuse {@code key}, if it would. */
    Optional<Rejection> validate(ShipmentKey key) {
        if (catalog.profile(key.carrier()).isEmpty()) {
            return Optional.of(Refusals.unknownCarrier(key));
        }
        if (!VALID_NUMBER.matcher(key.trackingNumber().value()).matches()) {
            return Optional.of(Refusals.malformedNumber(key));
        }
        return Optional.empty();
    }

    /** {@code key} under the catalog's own spelling of its carrier. */
    ShipmentKey canonical(ShipmentKey key) {
        return new ShipmentKey(catalog.canonical(key.carrier()), key.trackingNumber());
    }

    /** Indexes a new entry and applies its steps due by {@code now}. */
    void admit(Entry e, Instant now) {
        index.insert(e);
        steps.advance(e, now);
    }
}
