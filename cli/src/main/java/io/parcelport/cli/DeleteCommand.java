package io.parcelport.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parcelport delete CARRIER NUMBER}: deletes one shipment. */
@Command(name = "delete", description = "Delete a registered shipment.")
public final class DeleteCommand extends CliCommand {

    @Mixin
    private KeyParameters key;

    @Override
    protected int run() {
        return report(useCases().manage().delete(key.key()), "deleted", "shipment",
                (out, k) -> out.println("Deleted " + k + "."),
                (json, k) -> json.beginObject().field("carrier", k.carrier().value())
                        .field("tracking_number", k.trackingNumber().value()).endObject());
    }
}
