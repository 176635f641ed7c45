package io.parcelport.adapter.inmemory;

import io.parcelport.domain.carrier.CarrierKind;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Rejection;
import java.time.Duration;
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

    /** Registers one shipment now, with the scenario its key draws; its carrier's history starts now. */
    ItemOutcome<Entry> register(NewShipment s, Instant now) {
        return register(s, now, false);
    }

    /**
     * Registers one shipment now, as {@link #register(NewShipment, Instant)}; with {@code firstSight} (a real-time
     * request for a number never registered) the carrier has had the parcel for a while already, so its history is
     * backdated (see {@link #headStart}) and the answer carries the events a carrier would have by then.
     */
    ItemOutcome<Entry> register(NewShipment s, Instant now, boolean firstSight) {
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
        if (firstSight) {
            e.trackedSince = now.minus(headStart(key, e.scenario()));
        }
        admit(e, now);
        return ItemOutcome.accepted(e);
    }

    /**
     * How long the carrier has known a parcel first seen through a real-time request: a pure function of the key, so
     * the same number answers the same history on every run. The time falls between a step with a carrier event and
     * the next one, never past the second-to-last step, so that the answer shows results and the shipment still moves
     * on afterwards. Scripted (magic) numbers keep their documented timelines, counted from registration.
     */
    Duration headStart(ShipmentKey key, Scenario scenario) {
        if (MagicNumbers.scenarioOf(key.trackingNumber().value()).isPresent()) {
            return Duration.ZERO;
        }
        CarrierKind kind = catalog.profile(key.carrier()).orElseThrow().carrier().kind();
        Simulator.Plan plan = Simulator.plan(key, scenario, kind);
        // Step 0 is the registration itself; the last step must stay ahead.
        int last = plan.size() - 2;
        if (last < 1) {
            return Duration.ZERO;
        }
        long seed = Simulator.seedOf(key);
        int step = 1 + (int) Long.remainderUnsigned(seed >>> 23, last);
        Duration at = plan.step(step).offset();
        Duration gap = plan.step(step + 1).offset().minus(at);
        // Somewhere in the gap after that step, but not days into a long wait (say, the 30 days before expiry).
        long spanMinutes = Math.max(1, Math.min(gap.toMinutes() - 1, Duration.ofHours(20).toMinutes()));
        return at.plusMinutes(Long.remainderUnsigned(seed >>> 41, spanMinutes));
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
