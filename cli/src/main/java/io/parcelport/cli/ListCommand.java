package io.parcelport.cli;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.TimeRange;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parcelport list [--status S] [filters] [--all]}: registered shipments, one page or all of them. */
@Command(name = "list", description = "List registered shipments: the first page, or every one with --all "
        + "(streamed page by page, any number).")
public final class ListCommand extends CliCommand {

    /** How many shipments a page shows unless told otherwise. */
    static final int DEFAULT_PAGE_SIZE = 20;
    // How many rows a streamed table holds before printing them.
    private static final int FLUSH_EVERY = 200;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: pending, info-received, "
            + "not-found, in-transit, out-for-delivery, delivered, failed-attempt, exception, expired "
            + "(TrackingMore's words work too).")
    private DeliveryStatus status;

    @Mixin
    private TimeFilters times;

    @Option(names = "--updated-from", paramLabel = "WHEN", description = "Changed on or after this date or instant.")
    private Converters.TimeArg updatedFrom;

    @Option(names = "--updated-to", paramLabel = "WHEN", description = "Changed on or before this date or instant.")
    private Converters.TimeArg updatedTo;

    @Option(names = "--number", paramLabel = "NUMBER", description = "Only this tracking number; repeatable.")
    private List<TrackingNumber> numbers = new ArrayList<>();

    @Option(names = "--order-id", paramLabel = "ID", description = "Only this order id; repeatable.")
    private List<String> orderIds = new ArrayList<>();

    @Option(names = "--archived", paramLabel = "yes|no|either", defaultValue = "either",
            description = "Archived shipments only, active ones only, or either (default).")
    private ArchivedFilter archived;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "" + DEFAULT_PAGE_SIZE,
            description = "Shipments per page (default ${DEFAULT-VALUE}).")
    private int pageSize;

    @Option(names = "--all", description = "Every matching shipment, not just the first page.")
    private boolean all;

    @Override
    protected int run() {
        if (pageSize < 1) {
            throw new UsageException("--page-size must be at least 1: " + pageSize);
        }
        TimeRange updated = TimeFilters.range(updatedFrom, updatedTo);
        ShipmentQuery query = ShipmentQuery.builder().status(status).created(times.created()).updated(updated)
                .ordered(times.ordered()).numbers(numbers).orderIds(orderIds).archived(archived).build();
        JsonWriter json = json() ? jsonOut().beginObject().name("shipments").beginArray() : null;
        Table table = Render.shipmentTable();
        try (Stream<Shipment> stream = all ? useCases().follow().query(query)
                : useCases().follow().query(query, pageSize)) {
            return list(stream, query, json, table);
        } catch (BackendException e) {
            if (json != null) {
                // Shipments already streamed out stay, and the document still closes: a script reads valid JSON
                // that says where the listing stopped, while the exit code and stderr report the failure.
                json.endArray().field("complete", false).field("error", e.getMessage()).endObject().finish();
            }
            throw e;
        }
    }

    private int list(Stream<Shipment> stream, ShipmentQuery query, JsonWriter json, Table table) {
        long shown = 0;
        Iterator<Shipment> it = stream.iterator();
        while (it.hasNext() && (all || shown < pageSize)) {
            Shipment s = it.next();
            shown++;
            if (json != null) {
                JsonViews.shipment(json, s);
            } else {
                Render.shipmentRow(table, s);
                if (table.pending() >= FLUSH_EVERY) {
                    table.flush(out());
                }
            }
            // A reader that went away (| head) gets no more pages fetched for it.
            if (shown % FLUSH_EVERY == 0 && out().checkError()) {
                return ExitCode.OK;
            }
        }
        OptionalLong total = all ? OptionalLong.of(shown) : total(query);
        // Without a cheap total, peeking at one more shipment (one more page call) tells whether more follow.
        boolean more = total.isPresent() ? total.getAsLong() > shown : it.hasNext();
        OptionalLong remaining = total.isPresent() ? OptionalLong.of(Math.max(0, total.getAsLong() - shown))
                : OptionalLong.empty();
        if (json != null) {
            json.endArray().field("shown", shown).field("has_more", more).name("more");
            if (remaining.isPresent()) {
                json.value(remaining.getAsLong());
            } else {
                json.nullValue();
            }
            json.endObject().finish();
        } else {
            footer(shown, more, remaining, table);
        }
        return ExitCode.OK;
    }

    private void footer(long shown, boolean more, OptionalLong remaining, Table table) {
        if (shown == 0) {
            out().println("No shipments match.");
            return;
        }
        table.flush(out());
        out().println();
        if (!more) {
            out().println(shown == 1 ? "1 shipment." : shown + " shipments.");
        } else if (remaining.isPresent()) {
            out().println("Showing the first " + shown + "; " + remaining.getAsLong() + " more match "
                    + "(--all shows them all).");
        } else {
            out().println("Showing the first " + shown + "; more match (--all shows them all).");
        }
    }

    /**
     * The number of matching shipments when the status counts can tell it (no filter they cannot apply), which
     * costs one cheap call instead of walking every page.
     */
    private OptionalLong total(ShipmentQuery query) {
        if (!query.numbers().isEmpty() || !query.orderIds().isEmpty() || !query.updated().isUnbounded()
                || query.archived() != ArchivedFilter.EITHER) {
            return OptionalLong.empty();
        }
        StatusCounts counts = useCases().follow().statusCounts(new StatusCountQuery(query.created(),
                query.ordered()));
        return OptionalLong.of(query.status().map(counts::count).orElse(counts.total()));
    }
}
