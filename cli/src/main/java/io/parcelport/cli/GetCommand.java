package io.parcelport.cli;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parcelport get CARRIER NUMBER}: one shipment with its timeline. */
@Command(name = "get", description = "Show one registered shipment and its timeline, newest event first.")
public final class GetCommand extends CliCommand {

    @Mixin
    private KeyParameters key;

    @Option(names = "--lang", paramLabel = "LANG", description = "The language of the carrier's texts, where "
            + "supported.")
    private LanguageCode language;

    @Override
    protected int run() {
        Optional<Shipment> shipment = language == null ? useCases().follow().find(key.key())
                : useCases().follow().find(key.key(), language);
        if (shipment.isEmpty()) {
            // The embedded backend starts afresh with every command, so a shipment created by an earlier one is gone.
            String hint = choice().kind() == BackendKind.EMBEDDED ? " (the embedded backend lives for one command: "
                    + "run './parcelport serve' and point --base-url at it to keep shipments between commands)" : "";
            return refused(Rejection.of(RejectionReason.NOT_FOUND, key.key() + " is not registered" + hint));
        }
        if (json()) {
            JsonWriter json = jsonOut().beginObject().field("outcome", "found");
            json.name("shipment");
            JsonViews.shipment(json, shipment.get());
            json.endObject().finish();
        } else {
            Render.shipment(out(), shipment.get());
        }
        return ExitCode.OK;
    }
}
