package io.parcelport.cli;

import io.parcelport.ports.NewShipment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parcelport realtime CARRIER NUMBER}: asks the carrier now, registering the shipment when needed. */
@Command(name = "realtime", description = "Track a shipment in real time: ask the carrier now (registers it when "
        + "needed; paced to the backend's real-time rate).")
public final class RealtimeCommand extends CliCommand {

    @Mixin
    private KeyParameters key;

    @Override
    protected int run() {
        return report(useCases().refresh().refresh(NewShipment.of(key.key())), "tracked", "shipment",
                Render::shipment, JsonViews::shipment);
    }
}
