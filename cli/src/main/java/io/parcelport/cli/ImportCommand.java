package io.parcelport.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parcelport import FILE.csv}: registers every shipment of a CSV file, reporting each refused row. */
@Command(name = "import", description = {"Register the shipments of a CSV file (UTF-8, any number of rows).",
    "The first line names the columns with TrackingMore's create field names: tracking_number and carrier_code "
        + "(required), order_id, title, customer_name, customer_email, customer_phone, destination_code, "
        + "tracking_postal_code, tracking_ship_date, tracking_account_number, tracking_destination_country, "
        + "order_create_time, logistics_channel, comment, lang, pin_carrier.",
    "Invalid rows are reported with their line number; already registered rows count as done. "
        + "Exit code 1 when any row is invalid or refused."})
public final class ImportCommand extends CliCommand {

    /** Refused rows listed in text mode before the rest are only counted. */
    static final int MAX_LISTED = 50;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The CSV file; - reads standard input.")
    private String file;

    @Override
    protected int run() throws IOException {
        try {
            return importFile();
        } catch (CharacterCodingException e) {
            // Rows before the bad bytes were registered (each chunk as it filled); say so rather than exit 70.
            throw new UsageException((file.equals("-") ? "standard input" : file) + " is not UTF-8 text; rows "
                    + "before the first bad byte were imported, the rest were not read", e);
        }
    }

    private int importFile() throws IOException {
        boolean stdin = file.equals("-");
        Path path = stdin ? null : Path.of(file);
        if (path != null && Files.isDirectory(path)) {
            throw new UsageException(file + " is a directory, not a CSV file");
        }
        long total = stdin ? -1 : countRows(path);
        Importer importer = new Importer(useCases().register());
        try (Reader in = open(path)) {
            if (json()) {
                return jsonImport(importer, in);
            }
            ProgressBar bar = terminal() ? new ProgressBar(err(), "Importing") : null;
            TextListener listener = new TextListener(out(), bar, total);
            Importer.Summary summary = importer.run(in, listener);
            if (bar != null) {
                bar.clear();
            }
            listener.finish();
            printSummary(out(), stdin ? "standard input" : file, summary);
            return exitCode(summary);
        }
    }

    static int exitCode(Importer.Summary summary) {
        return summary.allDone() ? ExitCode.OK : ExitCode.REFUSED;
    }

    private int jsonImport(Importer importer, Reader in) throws IOException {
        JsonWriter json = jsonOut().beginObject().field("file", file);
        Importer.Summary summary = importer.run(in, new Importer.Listener() {
            @Override
            public void started(List<String> ignoredColumns) {
                json.name("ignored_columns").beginArray();
                ignoredColumns.forEach(json::value);
                json.endArray().name("rows").beginArray();
            }

            @Override
            public void row(Importer.RowOutcome row) {
                json.beginObject().field("line", row.line()).field("carrier", row.carrier())
                        .field("tracking_number", row.number()).field("outcome", row.result().jsonName())
                        .field("reason", row.reason()).endObject();
            }
        });
        json.endArray();
        summaryJson(json, summary);
        json.endObject().finish();
        return exitCode(summary);
    }

    /** The summary as a {@code summary} member. */
    static void summaryJson(JsonWriter json, Importer.Summary s) {
        json.name("summary").beginObject().field("rows", s.rows()).field("created", s.created())
                .field("already_exists", s.alreadyExists()).field("invalid", s.invalid())
                .field("rejected", s.rejected()).endObject();
    }

    /** The summary as text. */
    static void printSummary(PrintWriter out, String source, Importer.Summary s) {
        out.println("Imported " + source + ": " + s.rows() + (s.rows() == 1 ? " row" : " rows"));
        Table table = new Table("OUTCOME", "ROWS").indent(2);
        table.row("created", String.format("%7d", s.created()));
        table.row("already exists", String.format("%7d", s.alreadyExists()));
        table.row("invalid", String.format("%7d", s.invalid()));
        table.row("rejected", String.format("%7d", s.rejected()));
        table.flush(out);
    }

    private static Reader open(Path path) throws IOException {
        if (path == null) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        try {
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + path);
        } catch (IOException e) {
            throw new UsageException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    // A first pass that only counts records, so that the bar can show a share; cheap next to registering them.
    private long countRows(Path path) throws IOException {
        if (!terminal() || json()) {
            return -1;
        }
        long rows = 0;
        try (Reader in = open(path)) {
            CsvReader csv = new CsvReader(in);
            for (Optional<CsvReader.Row> row = csv.next(); row.isPresent(); row = csv.next()) {
                if (!row.get().isBlank()) {
                    rows++;
                }
            }
        }
        return Math.max(0, rows - 1);
    }

    /** Lists refused rows as they come, up to {@link #MAX_LISTED}, and keeps the bar up to date. */
    static final class TextListener implements Importer.Listener {
        private final PrintWriter out;
        private final ProgressBar bar;
        private final long total;
        private long listed;
        private long unlisted;

        TextListener(PrintWriter out, ProgressBar bar, long total) {
            this.out = out;
            this.bar = bar;
            this.total = total;
        }

        @Override
        public void started(List<String> ignoredColumns) {
            if (!ignoredColumns.isEmpty()) {
                out.println("Ignoring columns that are not create fields: " + String.join(", ", ignoredColumns));
            }
        }

        @Override
        public void row(Importer.RowOutcome row) {
            if (row.result() == Importer.Result.CREATED) {
                return;
            }
            if (listed == MAX_LISTED) {
                unlisted++;
                return;
            }
            listed++;
            if (bar != null) {
                bar.clear();
            }
            String what = row.carrier().isEmpty() && row.number().isEmpty() ? ""
                    : " (" + (row.carrier() + " " + row.number()).strip() + ")";
            out.println("line " + row.line() + ": " + row.result().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + what + row.reason().map(r -> ": " + r).orElse(""));
            out.flush();
        }

        @Override
        public void progress(long rows) {
            if (bar != null) {
                bar.show(rows, total);
            }
        }

        void finish() {
            if (unlisted > 0) {
                out.println("... and " + unlisted + " more rows not created (use --json to see every row)");
            }
            if (listed > 0 || unlisted > 0) {
                out.println();
            }
        }
    }
}
