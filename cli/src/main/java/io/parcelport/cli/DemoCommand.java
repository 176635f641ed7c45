package io.parcelport.cli;

import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.in.ParcelportUseCases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * {@code parcelport demo}: a guided tour on a fresh embedded backend: a CSV import, a listing, the counts per status,
 * one shipment's timeline and the documented air waybill with its flights.
 */
@Command(name = "demo", description = "A guided tour on the embedded backend (no account, no network): import a CSV, "
        + "list, count, one shipment's timeline, and air waybill 172-28891936 with its flight legs.")
public final class DemoCommand extends CliCommand {

    /** TrackingMore's documented air waybill, which every embedded backend knows. */
    static final String WAYBILL = "172-28891936";
    // Shipments the demo lists.
    private static final int PAGE = 8;
    private static final ShipmentQuery IN_TRANSIT =
            ShipmentQuery.builder().status(DeliveryStatus.IN_TRANSIT).build();
    private static final String[] CARRIERS = {"usps", "dhl", "ups", "fedex", "royal-mail", "dpd"};
    private static final String[] PREFIXES = {"PPDELIVERED", "PPTRANSIT", "PPFAILED", "PPPICKUP", "PPEXCEPTION",
        "PPNOTFOUND"};
    private static final String[] PRODUCTS = {"Espresso cups", "Trail shoes", "Keyboard", "Rain jacket", "Tea set",
        "Headphones"};
    private static final String[] COUNTRIES = {"US", "DE", "GB", "FR", "NL", "JP"};

    @Override
    protected int run() throws IOException {
        if (choice().kind() != BackendKind.EMBEDDED) {
            err().println("parcelport demo: the demo always runs on the embedded backend; --backend and --base-url "
                    + "are ignored");
        }
        ParcelportUseCases cases = embeddedUseCases();
        String csv = demoCsv();
        Importer importer = new Importer(cases.register());
        if (json()) {
            return jsonTour(cases, importer, csv);
        }
        PrintWriter out = out();
        out.println("Parcelport demo: everything below runs on the embedded in-memory backend, which starts with "
                + ParcelportMain.DEMO_SHIPMENTS + " demo shipments. Nothing leaves this machine.");

        Render.heading(out, "1. Import a CSV file (parcelport import FILE.csv)");
        List<String> lines = csv.lines().toList();
        out.println("The file has " + (lines.size() - 1) + " rows, more than one backend chunk of 40; it starts:");
        lines.stream().limit(3).forEach(l -> out.println("    " + l));
        out.println("and ends with a repeated row and one that cannot be right:");
        lines.stream().skip(lines.size() - 2).forEach(l -> out.println("    " + l));
        out.println();
        ImportCommand.TextListener listener = new ImportCommand.TextListener(out, null, -1);
        Importer.Summary summary = importer.run(new StringReader(csv), listener);
        listener.finish();
        ImportCommand.printSummary(out, "demo.csv", summary);

        Render.heading(out, "2. Shipments on their way (parcelport list --status in-transit --page-size " + PAGE
                + ")");
        Table table = Render.shipmentTable();
        try (Stream<Shipment> shipments = cases.follow().query(IN_TRANSIT, PAGE)) {
            shipments.limit(PAGE).forEach(s -> Render.shipmentRow(table, s));
        }
        table.flush(out);
        StatusCounts counts = cases.follow().statusCounts(StatusCountQuery.ALL);
        out.println();
        out.println("Showing " + Math.min(PAGE, counts.count(DeliveryStatus.IN_TRANSIT)) + " of "
                + counts.count(DeliveryStatus.IN_TRANSIT) + " in transit; " + counts.total()
                + " shipments in all, which 'parcelport list --all' streams.");

        Render.heading(out, "3. Shipments per status (parcelport counts)");
        Render.counts(out, counts);

        Optional<Shipment> delivered = timelineExample(cases);
        Render.heading(out, "4. One shipment's timeline (parcelport get CARRIER NUMBER)");
        if (delivered.isPresent()) {
            Render.shipment(out, delivered.get());
        } else {
            out.println("(no delivered shipment to show)");
        }

        Render.heading(out, "5. Air cargo (parcelport air-cargo " + WAYBILL + ")");
        ItemOutcome<AirCargoTracking> awb = cases.airCargo().track(WAYBILL);
        if (awb.isAccepted()) {
            Render.airCargo(out, awb.value().orElseThrow());
        } else {
            out.println("(" + Render.rejection(awb.rejection().orElseThrow()) + ")");
        }

        Render.heading(out, "Next");
        out.println("  ./parcelport --help                      every command and option");
        out.println("  ./parcelport list --status delivered     filter by status (--json for scripts)");
        out.println("  ./parcelport import my-shipments.csv     your own file");
        out.println("  ./parcelport --backend trackingmore account   with TRACKINGMORE_API_KEY set");
        return ExitCode.OK;
    }

    private int jsonTour(ParcelportUseCases cases, Importer importer, String csv) throws IOException {
        JsonWriter json = jsonOut().beginObject().field("backend", BackendKind.EMBEDDED.cliName());
        json.name("import").beginObject();
        List<Importer.RowOutcome> refused = new ArrayList<>();
        Importer.Summary summary = importer.run(new StringReader(csv), row -> {
            if (row.result() != Importer.Result.CREATED) {
                refused.add(row);
            }
        });
        json.name("not_created").beginArray();
        for (Importer.RowOutcome row : refused) {
            json.beginObject().field("line", row.line()).field("tracking_number", row.number())
                    .field("outcome", row.result().jsonName()).field("reason", row.reason()).endObject();
        }
        json.endArray();
        ImportCommand.summaryJson(json, summary);
        json.endObject();
        json.name("list").beginArray();
        try (Stream<Shipment> shipments = cases.follow().query(IN_TRANSIT, PAGE)) {
            shipments.limit(PAGE).forEach(s -> JsonViews.shipment(json, s));
        }
        json.endArray();
        json.name("counts");
        JsonViews.counts(json, cases.follow().statusCounts(StatusCountQuery.ALL));
        json.name("timeline");
        Optional<Shipment> delivered = timelineExample(cases);
        if (delivered.isPresent()) {
            JsonViews.shipment(json, delivered.get());
        } else {
            json.nullValue();
        }
        json.name("air_cargo");
        ItemOutcome<AirCargoTracking> awb = cases.airCargo().track(WAYBILL);
        if (awb.isAccepted()) {
            JsonViews.airCargo(json, awb.value().orElseThrow());
        } else {
            JsonViews.rejection(json, awb.rejection().orElseThrow());
        }
        json.endObject().finish();
        return ExitCode.OK;
    }

    /** A delivered demo shipment, preferring one handed over to a destination carrier: the richest timeline. */
    private static Optional<Shipment> timelineExample(ParcelportUseCases cases) {
        ShipmentQuery delivered = ShipmentQuery.builder().status(DeliveryStatus.DELIVERED).build();
        try (Stream<Shipment> shipments = cases.follow().query(delivered)) {
            List<Shipment> some = shipments.limit(50).toList();
            return some.stream().filter(s -> !s.destinationLeg().isEmpty()).findFirst()
                    .or(() -> some.stream().max(java.util.Comparator.comparingInt(s -> s.events().size())));
        }
    }

    /** 44 good rows of magic numbers over six carriers, a repeat of the first row, and a row with a bad country. */
    static String demoCsv() {
        StringBuilder csv = new StringBuilder(
                "carrier_code,tracking_number,order_id,title,customer_name,customer_email,destination_code\n");
        String first = null;
        for (int i = 0; i < 44; i++) {
            String row = String.join(",", CARRIERS[i % CARRIERS.length],
                    PREFIXES[i % PREFIXES.length] + String.format("%04d", 9000 + i),
                    String.format("SHOP-%05d", 31000 + i), "\"" + PRODUCTS[i % PRODUCTS.length] + ", boxed\"",
                    "Customer " + (i + 1), "buyer" + (i + 1) + "@example.com", COUNTRIES[i % COUNTRIES.length]);
            if (first == null) {
                first = row;
            }
            csv.append(row).append('\n');
        }
        csv.append(first).append('\n');
        csv.append("dhl,PPDELIVERED9999,SHOP-39999,Mystery box,Nobody,nobody@example.com,ZZ\n");
        return csv.toString();
    }
}
