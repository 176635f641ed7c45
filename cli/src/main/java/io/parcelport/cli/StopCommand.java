package io.parcelport.cli;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ItemOutcome;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parcelport stop CARRIER NUMBER...}: stops refreshing shipments of one carrier. */
@Command(name = "stop", description = "Stop refreshing shipments of one carrier (they keep their history).")
public final class StopCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "CARRIER", description = "The carrier code.")
    private CarrierCode carrier;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "NUMBER", description = "The tracking numbers.")
    private List<TrackingNumber> numbers;

    @Override
    protected int run() {
        List<ShipmentKey> keys = numbers.stream().map(n -> new ShipmentKey(carrier, n)).toList();
        List<ItemOutcome<ShipmentKey>> outcomes = useCases().manage().stopRefreshing(keys);
        long refused = outcomes.stream().filter(o -> !o.isAccepted()).count();
        if (json()) {
            JsonWriter json = jsonOut().beginObject();
            json.name("results").beginArray();
            for (int i = 0; i < keys.size(); i++) {
                ItemOutcome<ShipmentKey> o = outcomes.get(i);
                json.beginObject().field("carrier", carrier.value())
                        .field("tracking_number", keys.get(i).trackingNumber().value())
                        .field("outcome", o.isAccepted() ? "stopped" : "rejected");
                if (!o.isAccepted()) {
                    json.name("rejection");
                    JsonViews.rejection(json, o.rejection().orElseThrow());
                }
                json.endObject();
            }
            json.endArray().field("stopped", keys.size() - refused).field("rejected", refused).endObject().finish();
        } else {
            Table table = new Table("CARRIER", "TRACKING NUMBER", "OUTCOME").cap(2, 100);
            for (int i = 0; i < keys.size(); i++) {
                ItemOutcome<ShipmentKey> o = outcomes.get(i);
                table.row(carrier.value(), keys.get(i).trackingNumber().value(), o.isAccepted() ? "stopped"
                        : Render.rejection(o.rejection().orElseThrow()));
            }
            table.flush(out());
            out().println((keys.size() - refused) + " stopped, " + refused + " refused.");
        }
        if (refused > 0) {
            err().println("parcelport stop: " + refused + " of " + keys.size() + " shipments refused");
            return ExitCode.REFUSED;
        }
        return ExitCode.OK;
    }
}
