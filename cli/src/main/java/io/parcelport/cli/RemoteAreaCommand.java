package io.parcelport.cli;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.RemoteAreaResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parcelport remote-area COUNTRY POSTCODE [--carrier C]}: whether carriers charge a place as remote. */
@Command(name = "remote-area", description = "Check whether carriers treat a postcode (or city) as a remote area.")
public final class RemoteAreaCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "COUNTRY", description = "The country (ISO code).")
    private CountryCode country;

    @Parameters(index = "1", paramLabel = "POSTCODE", description = "The postcode or city.")
    private String postcode;

    @Option(names = "--carrier", paramLabel = "CARRIER", description = "Ask about this carrier only.")
    private CarrierCode carrier;

    @Override
    protected int run() {
        RemoteAreaCheck check = new RemoteAreaCheck(country, postcode, Optional.ofNullable(carrier));
        RemoteAreaResult result = useCases().insights().checkRemoteAreas(List.of(check)).get(0);
        return show(result, JsonViews::remoteArea, this::text);
    }

    private void text(PrintWriter out, RemoteAreaResult result) {
        if (result.isRemote()) {
            out.println(country.value() + " " + result.check().postcodeOrCity() + " is a remote area for "
                    + result.remoteFor().stream().map(CarrierCode::value).collect(Collectors.joining(", ")) + ".");
        } else {
            out.println(country.value() + " " + result.check().postcodeOrCity() + " is not a remote area for "
                    + (carrier == null ? "any carrier" : carrier.value()) + ".");
        }
    }
}
