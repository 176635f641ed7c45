package io.parcelport.cli;

import io.parcelport.domain.carrier.CarrierCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parcelport change-carrier CARRIER NUMBER NEW_CARRIER}: moves a shipment to another carrier. */
@Command(name = "change-carrier", description = "Move a registered shipment to another carrier.")
public final class ChangeCarrierCommand extends CliCommand {

    @Mixin
    private KeyParameters key;

    @Parameters(index = "2", paramLabel = "NEW_CARRIER", description = "The carrier code to move it to.")
    private CarrierCode newCarrier;

    @Override
    protected int run() {
        return report(useCases().manage().changeCarrier(key.key(), newCarrier), "changed", "shipment", (out, s) -> {
            out.println("Moved " + key.key() + " to " + s.key().carrier().value() + ".");
            out.println();
            Render.shipment(out, s);
        }, JsonViews::shipment);
    }
}
