package io.parcelport.cli;

import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.ports.StatusCountQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parcelport counts}: how many shipments are in each status. */
@Command(name = "counts", description = "Count the shipments in each delivery status.")
public final class CountsCommand extends CliCommand {

    @Mixin
    private TimeFilters times;

    @Override
    protected int run() {
        StatusCounts counts = useCases().follow().statusCounts(new StatusCountQuery(times.created(),
                times.ordered()));
        return show(counts, JsonViews::counts, Render::counts);
    }
}
