package io.parcelport.cli;

import io.parcelport.adapter.inmemory.InMemoryBackend;
import io.parcelport.adapter.inmemory.ManualClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code parcelport} command lines in-process against one in-memory backend that lives across runs (so that a
 * test can create, then get), with captured output and a clock the test controls.
 */
final class Cli {

    static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");

    final ManualClock clock = ManualClock.at(NOW);
    final InMemoryBackend backend;
    final Map<String, String> environment = new HashMap<>();
    boolean terminal;
    /** The terminal's width in cells, as {@code COLUMNS} or the terminal would give it; no limit when 0. */
    int columns;

    /** A backend without demo data. */
    Cli() {
        this(0);
    }

    /** A backend with {@code demoShipments} demo shipments. */
    Cli(int demoShipments) {
        this.backend = InMemoryBackend.builder().clock(clock).demoData(demoShipments, 7).build();
    }

    /**
     * What one run printed and returned.
     *
     * @param code the exit code
     * @param out standard output
     * @param err standard error
     */
    record Result(int code, String out, String err) {
        Map<String, Object> json() {
            return Json.object(out);
        }
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Backends production = ParcelportMain.backends(environment::get);
        // The embedded backend is the test's own; the TrackingMore one is built as in production, from the test's
        // environment, so that configuration errors and transport failures are real.
        Backends backends = choice -> choice.kind() == BackendKind.EMBEDDED ? ParcelportMain.useCasesOver(backend)
                : production.open(choice);
        CliContext context = new CliContext(backends, terminal, ParcelportMain.secrets(environment::get));
        PrintWriter stdout = columns > 0 ? new TerminalWriter(out, () -> columns) : new PrintWriter(out);
        int code = ParcelportMain.execute(context, stdout, new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
