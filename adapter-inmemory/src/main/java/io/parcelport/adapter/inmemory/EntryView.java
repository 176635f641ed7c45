package io.parcelport.adapter.inmemory;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.CarrierKind;
import io.parcelport.domain.shipment.ManualStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.domain.shipment.SubStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads an entry as the port shows it: its plan, its status through the domain, and the whole {@link Shipment} with
 * the events rebuilt from the plan.
 *
 * <p>Holds no state of its own; the caller holds the store's lock while the entry is read.
 */
final class EntryView {

    private final CarrierCatalog catalog;

    EntryView(CarrierCatalog catalog) {
        this.catalog = catalog;
    }

    /** The simulated plan of {@code e}, rebuilt from its key, scenario and carrier. */
    Simulator.Plan planOf(Entry e) {
        return Simulator.plan(e.key, e.scenario(), catalog.profile(e.key.carrier()).orElseThrow().carrier().kind());
    }

    /** The status of {@code e} as the domain sees it: the carrier's, under a manual override if one is set. */
    ShipmentStatus statusOf(Entry e) {
        Simulator.Step step = planOf(e).step(e.step);
        // The sub-status belongs to the step whose status is in force; after a refused step there is none to show.
        Optional<SubStatus> sub = step.status() == e.carrierStatus() ? SubStatus.ofNullable(step.subStatus())
                : Optional.empty();
        ShipmentStatus carrier = ShipmentStatus.initial().observe(e.carrierStatus(), sub, e.updatedAt).status();
        if (e.override == null) {
            return carrier;
        }
        ManualStatus manual = e.override.status();
        return carrier.override(manual, e.override.setAt()).status();
    }

    /** Multiplies a serial into the id's second half; odd, so {@link #serialOf} can undo it. */
    private static final long SERIAL_SPREAD = 0x9E3779B97F4A7C15L;

    /** The inverse of {@link #SERIAL_SPREAD} modulo 2^64. */
    private static final long SERIAL_UNSPREAD = inverse(SERIAL_SPREAD);

    /** The 32-hex id of {@code e}: its key's seed mixed with its serial, then the spread serial. */
    static String backendIdOf(Entry e) {
        return String.format("%016x%016x", Simulator.seedOf(e.key) ^ e.serial, e.serial * SERIAL_SPREAD);
    }

    /** The serial a backend id encodes, when the text has the id's form (32 lower- or upper-case hex digits). */
    static OptionalLong serialOf(String backendId) {
        if (backendId == null || !backendId.matches("[0-9a-fA-F]{32}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseUnsignedLong(backendId.substring(16), 16) * SERIAL_UNSPREAD);
    }

    // Newton's iteration for the inverse of an odd number modulo 2^64: each step doubles the correct low bits.
    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    /** The shipment {@code e} as of {@code now}. */
    Shipment materialize(Entry e, Instant now) {
        CarrierCatalog.Profile profile = catalog.profile(e.key.carrier()).orElseThrow();
        Simulator.Plan plan = planOf(e);
        CountryCode origin = catalog.originOf(e.key.trackingNumber(), profile);
        Details d = e.details;
        CountryCode destination = Simulator.destination(e.key, plan, origin, d.destinationCountry());
        Simulator.View view = Simulator.view(e.key, plan, e.step, e.trackedSince, origin, destination,
                // International postal parcels are handed to the destination country's post, as in real life.
                plan.international() && profile.carrier().kind() == CarrierKind.POSTAL
                        ? catalog.postOf(destination).filter(c -> !c.code().equals(e.key.carrier()))
                        : Optional.empty(),
                profile.carrier().homepage().map(h -> h.startsWith("//") ? "https:" + h : h));
        Shipment.Builder b = Shipment.builder()
                .key(e.key)
                .backendId(backendIdOf(e))
                .status(statusOf(e))
                .orderId(d.orderId()).title(d.title()).orderTime(d.orderTime()).customerName(d.customerName())
                .customerEmails(d.customerEmails()).customerPhone(d.customerPhone())
                .originCountry(origin)
                .destinationCountry(d.destinationCountry().isPresent() ? d.destinationCountry()
                        : Optional.of(view.destination()))
                .carrierExtras(d.carrierExtras())
                .originLeg(view.originLeg()).destinationLeg(view.destinationLeg())
                .logisticsChannel(d.logisticsChannel()).comment(d.comment()).language(d.language())
                .createdAt(e.createdAt).updatedAt(e.updatedAt)
                .archived(e.archived).refreshing(e.refreshing);
        // Another thread may have applied steps with a later clock reading than the "now" this read started with;
        // the shipment is then shown as of its newest event, so that no count of days comes out negative.
        Instant asOf = view.lastEvent().filter(last -> last.isAfter(now)).orElse(now);
        view.firstEvent().ifPresent(first -> b.transitDays(
                (int) Duration.between(first, view.deliveredAt().orElse(asOf)).toDays()));
        view.lastEvent().ifPresent(last -> b.daysSinceLastEvent((int) Duration.between(last, asOf).toDays()));
        if (view.deliveredAt().isPresent() && view.subStatus().map(s -> s.code().equals("delivered003"))
                .orElse(false)) {
            b.signedBy(d.customerName().orElse("RECIPIENT"));
        }
        return b.build();
    }
}
