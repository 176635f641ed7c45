package io.parcelport.cli;

import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.ports.ItemOutcome;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parcelport air-cargo AWB...}: air waybills with their flights and status events. */
@Command(name = "air-cargo", description = "Track air cargo by air waybill number (e.g. 172-28891936): route, "
        + "flights with delays, status events. Numbers with a wrong check digit are refused without a backend call.")
public final class AirCargoCommand extends CliCommand {

    @Parameters(arity = "1..*", paramLabel = "AWB", description = "Air waybill numbers: 172-28891936, "
            + "17228891936...")
    private List<String> waybills;

    @Override
    protected int run() {
        List<ItemOutcome<AirCargoTracking>> outcomes = useCases().airCargo().trackAll(waybills);
        int refused = 0;
        JsonWriter json = json() ? jsonOut().beginObject().name("results").beginArray() : null;
        for (int i = 0; i < waybills.size(); i++) {
            ItemOutcome<AirCargoTracking> o = outcomes.get(i);
            if (!o.isAccepted()) {
                refused++;
                err().println("parcelport air-cargo: " + waybills.get(i) + ": "
                        + Render.rejection(o.rejection().orElseThrow()));
            }
            if (json != null) {
                json.beginObject().field("waybill", waybills.get(i))
                        .field("outcome", o.isAccepted() ? "found" : "rejected");
                json.name(o.isAccepted() ? "air_cargo" : "rejection");
                if (o.isAccepted()) {
                    JsonViews.airCargo(json, o.value().orElseThrow());
                } else {
                    JsonViews.rejection(json, o.rejection().orElseThrow());
                }
                json.endObject();
            } else if (o.isAccepted()) {
                if (i > 0) {
                    out().println();
                }
                Render.airCargo(out(), o.value().orElseThrow());
            }
        }
        if (json != null) {
            json.endArray().endObject().finish();
        }
        return refused == 0 ? ExitCode.OK : ExitCode.REFUSED;
    }
}
