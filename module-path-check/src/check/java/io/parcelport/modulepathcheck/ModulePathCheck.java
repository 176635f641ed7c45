package io.parcelport.modulepathcheck;

import io.parcelport.adapter.inmemory.ManualClock;
import io.parcelport.adapter.trackingmore.TrackingMoreBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreConfig;
import io.parcelport.adapter.trackingmorev4.TrackingMoreV4Backend;
import io.parcelport.adapter.trackingmorev4.TrackingMoreV4Config;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.out.TrackingBackend;
import java.io.PrintStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Starts the emulator on 127.0.0.1, creates a shipment through the TrackingMore v2 adapter and another through the
 * v4 adapter, reads each back and lists the carriers, prints what it read, then how each Parcelport module was
 * loaded. Run on the module
 * path only; exits non-zero when a step fails.
 */
public final class ModulePathCheck {
    private static final String API_KEY = "module-path-key-0123456789";

    private ModulePathCheck() {
    }

    /** Runs the check; the arguments are ignored. */
    public static void main(String[] args) {
        PrintStream out = System.out;
        ShipmentKey v2Key = ShipmentKey.of("usps", "PPMODULEPATH0002");
        ShipmentKey v4Key = ShipmentKey.of("ups", "PPMODULEPATH0004");
        out.println("v2 " + roundTrip(v2Key, "Module path v2",
                emulator -> TrackingMoreBackend.create(TrackingMoreConfig.builder().apiKey(API_KEY)
                        .baseUri(emulator.baseUri()).build())));
        out.println("v4 " + roundTrip(v4Key, "Module path v4",
                emulator -> TrackingMoreV4Backend.create(TrackingMoreV4Config.builder().apiKey(API_KEY)
                        .baseUri(emulator.v4BaseUri()).build())));
        for (Class<?> type : List.of(ShipmentKey.class, TrackingBackend.class, ManualClock.class, Emulator.class,
                TrackingMoreBackend.class, TrackingMoreV4Backend.class, ModulePathCheck.class)) {
            Module module = type.getModule();
            out.println("module " + module.getName() + (module.getDescriptor().isAutomatic() ? " automatic"
                    : " explicit"));
        }
    }

    // A fresh emulator per adapter, on a fixed clock, so that what is read back depends on nothing but the calls.
    private static String roundTrip(ShipmentKey key, String title, Function<Emulator, TrackingBackend> adapter) {
        ManualClock clock = ManualClock.at(Instant.parse("2026-03-02T08:00:00Z"));
        EmulatorOptions options = EmulatorOptions.builder().bindAddress("127.0.0.1").port(0).clock(clock).build();
        try (Emulator emulator = Emulator.start(options); TrackingBackend backend = adapter.apply(emulator)) {
            URI base = emulator.baseUri();
            if (!"127.0.0.1".equals(base.getHost())) {
                throw new IllegalStateException("emulator not on 127.0.0.1: " + base);
            }
            ItemOutcome<Shipment> created = backend.shipments()
                    .create(NewShipment.builder(key).title(title).orderId("ORD-" + key.trackingNumber()).build());
            if (!created.isDone()) {
                throw new IllegalStateException("not created: " + created);
            }
            Optional<Shipment> read = backend.shipments().find(key);
            // The v2 adapter binds the carrier list with Yasson, by reflection into the wire module's records.
            List<Carrier> carriers = backend.carriers().carriers(LanguageCode.ENGLISH);
            boolean knowsCarrier = carriers.stream().anyMatch(c -> c.code().equals(key.carrier()));
            return read.map(s -> "read " + s.key() + " title=" + s.title().orElse("-") + " order="
                    + s.orderId().orElse("-")).orElse("not found " + key)
                    + " carrier-listed=" + knowsCarrier;
        }
    }
}
