package io.parcelport.cli;

import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.shipment.TrackingNumber;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parcelport carriers [--detect NUMBER]}: the supported carriers, or those a number may belong to. */
@Command(name = "carriers", description = "List the supported carriers, or detect the carriers a number may belong "
        + "to (most likely first).")
public final class CarriersCommand extends CliCommand {

    @Option(names = "--detect", paramLabel = "NUMBER", description = "Detect the carriers of this tracking number.")
    private TrackingNumber detect;

    @Override
    protected int run() {
        List<Carrier> carriers = detect == null ? useCases().carriers().carriers()
                : useCases().carriers().detect(detect);
        if (json()) {
            JsonWriter json = jsonOut().beginObject();
            if (detect != null) {
                json.field("number", detect.value());
            }
            json.name("carriers").beginArray();
            carriers.forEach(c -> JsonViews.carrier(json, c));
            json.endArray().endObject().finish();
        } else if (!carriers.isEmpty()) {
            Table table = new Table("CODE", "NAME", "KIND", "HOMEPAGE");
            carriers.forEach(c -> table.row(c.code().value(), c.name(), c.kind().name().toLowerCase(
                    java.util.Locale.ROOT), c.homepage().map(Render::link).orElse(null)));
            table.flush(out());
            out().println(detect == null ? carriers.size() + " carriers." : "Most likely first.");
        }
        if (detect != null && carriers.isEmpty()) {
            err().println("parcelport carriers: no carrier recognises " + detect.value()
                    + "; name one when you create the shipment");
            return ExitCode.REFUSED;
        }
        return ExitCode.OK;
    }
}
