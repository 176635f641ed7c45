package io.parcelport.cli;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.in.RegisterShipmentsUseCase;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a CSV file of shipments of any length: rows are read and checked one by one, and the valid ones handed to
 * the registration use case a few hundred at a time (it splits them into the backend's chunks of 40), so memory
 * stays flat; every row gets an outcome, reported in file order.
 */
public final class Importer {

    /**
     * How many rows are read before their valid ones go to the use case in one call: up to ten backend chunks,
     * few enough for a lively progress bar.
     */
    public static final int ROWS_PER_CALL = 400;

    /** The reason of a created row that the backend reported "already exists" only on a repeat of its request. */
    public static final String FOUND_ON_REPEAT = "registered; found on a repeat of the request after a failure, "
            + "so this import possibly created it";

    private final RegisterShipmentsUseCase register;

    /** An importer that registers through {@code register}. */
    public Importer(RegisterShipmentsUseCase register) {
        this.register = Objects.requireNonNull(register, "register");
    }

    /** What became of one row. */
    public enum Result {
        /** Registered now. */
        CREATED,
        /** Registered before (or earlier in the file): done, nothing spent. */
        ALREADY_EXISTS,
        /** Refused locally: the row cannot describe a shipment. */
        INVALID,
        /** Refused by the backend. */
        REJECTED;

        /** The JSON spelling, e.g. {@code already_exists}. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One row's outcome.
     *
     * @param line the line the row starts on, from 1 (the header is line 1)
     * @param carrier the carrier code as written
     * @param number the tracking number as written
     * @param result what happened
     * @param reason why, unless created (a created row found on repeat says so: {@link #FOUND_ON_REPEAT})
     */
    public record RowOutcome(int line, String carrier, String number, Result result, Optional<String> reason) {
    }

    /**
     * The totals of an import.
     *
     * @param rows rows read (blank lines not counted)
     * @param created registered now
     * @param alreadyExists registered before
     * @param invalid refused locally
     * @param rejected refused by the backend
     */
    public record Summary(long rows, long created, long alreadyExists, long invalid, long rejected) {
        /** Whether every row is registered now or was before. */
        public boolean allDone() {
            return invalid == 0 && rejected == 0;
        }
    }

    /** Hears of the import as it goes. */
    public interface Listener {
        /** The header was read; these columns are not create fields and are ignored. */
        default void started(List<String> ignoredColumns) {
        }

        /** A row's outcome, in file order. */
        void row(RowOutcome outcome);

        /** {@code rows} rows have their outcome. */
        default void progress(long rows) {
        }
    }

    /**
     * Imports the CSV in {@code in}.
     *
     * @throws UsageException when the file is empty or its header lacks the required columns
     */
    public Summary run(Reader in, Listener listener) throws IOException {
        CsvReader csv = new CsvReader(in);
        Optional<CsvReader.Row> first = csv.next();
        while (first.isPresent() && first.get().isBlank()) {
            first = csv.next();
        }
        if (first.isEmpty()) {
            throw new UsageException("the file is empty: its first line must name the columns, e.g. "
                    + "carrier_code,tracking_number,order_id");
        }
        if (first.get().error().isPresent()) {
            throw new UsageException("line " + first.get().line() + " (the header): " + first.get().error().get());
        }
        ImportRows rows = ImportRows.forHeader(first.get().fields());
        listener.started(rows.ignoredColumns());
        Counter counter = new Counter();
        List<Pending> batch = new ArrayList<>();
        for (Optional<CsvReader.Row> next = csv.next(); next.isPresent(); next = csv.next()) {
            CsvReader.Row row = next.get();
            if (row.isBlank()) {
                continue;
            }
            batch.add(pending(rows, row));
            if (batch.size() == ROWS_PER_CALL) {
                send(batch, listener, counter);
                batch.clear();
            }
        }
        send(batch, listener, counter);
        return new Summary(counter.rows, counter.created, counter.alreadyExists, counter.invalid, counter.rejected);
    }

    private static Pending pending(ImportRows rows, CsvReader.Row row) {
        if (row.error().isPresent()) {
            return new Pending(row.line(), "", "", null, row.error().get());
        }
        String[] raw = rows.rawKey(row.fields());
        try {
            return new Pending(row.line(), raw[0], raw[1], rows.parse(row.fields()), null);
        } catch (ImportRows.InvalidRow e) {
            return new Pending(row.line(), raw[0], raw[1], null, e.getMessage());
        }
    }

    private void send(List<Pending> batch, Listener listener, Counter counter) {
        List<NewShipment> shipments = batch.stream().filter(p -> p.shipment != null).map(p -> p.shipment).toList();
        List<ItemOutcome<Shipment>> outcomes = shipments.isEmpty() ? List.of() : register.registerAll(shipments);
        int next = 0;
        for (Pending p : batch) {
            RowOutcome outcome;
            if (p.shipment == null) {
                outcome = new RowOutcome(p.line, p.carrier, p.number, Result.INVALID, Optional.of(p.invalid));
            } else {
                ItemOutcome<Shipment> o = outcomes.get(next++);
                Result result = o.isAccepted() ? Result.CREATED
                        : o.isRejectedFor(RejectionReason.ALREADY_EXISTS) ? Result.ALREADY_EXISTS : Result.REJECTED;
                // Found on repeat: the backend processed a request whose answer was lost, so this import most likely
                // created it; counted as created, with a reason so that --json tells it apart.
                Optional<String> reason = o.foundOnRepeat() ? Optional.of(FOUND_ON_REPEAT)
                        : o.rejection().map(r -> result == Result.ALREADY_EXISTS ? r.message() : Render.rejection(r));
                outcome = new RowOutcome(p.line, p.carrier, p.number, result, reason);
            }
            counter.count(outcome.result());
            listener.row(outcome);
        }
        listener.progress(counter.rows);
    }

    /** A row read, waiting for its outcome. */
    private record Pending(int line, String carrier, String number, NewShipment shipment, String invalid) {
    }

    private static final class Counter {
        long rows;
        long created;
        long alreadyExists;
        long invalid;
        long rejected;

        void count(Result result) {
            rows++;
            switch (result) {
                case CREATED -> created++;
                case ALREADY_EXISTS -> alreadyExists++;
                case INVALID -> invalid++;
                case REJECTED -> rejected++;
            }
        }
    }
}
