package io.parcelport.cli;

import io.parcelport.ports.in.ParcelportUseCases;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.Rejection;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The base of every subcommand: the use cases, the output streams and the {@code --json} switch, taken from the
 * top-level command. A subcommand implements {@link #run()} and returns an {@link ExitCode}.
 */
@Command(mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false)
public abstract class CliCommand implements Callable<Integer> {

    @ParentCommand
    private ParcelportCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try {
            if (root.wide() && out() instanceof TerminalWriter terminal) {
                terminal.unlimited();
            }
            return run();
        } finally {
            out().flush();
            err().flush();
        }
    }

    /** Does the work; returns the exit code. */
    protected abstract int run() throws Exception;

    /** The use cases over the backend the global options chose. */
    protected ParcelportUseCases useCases() {
        return root.useCases();
    }

    /** The use cases over a fresh embedded backend. */
    protected ParcelportUseCases embeddedUseCases() {
        return root.embeddedUseCases();
    }

    /** Whether to print JSON instead of text. */
    protected boolean json() {
        return root.json();
    }

    /** The backend the global options chose. */
    protected BackendChoice choice() {
        return root.choice();
    }

    /** Whether standard output is a terminal. */
    protected boolean terminal() {
        return root.context().terminal();
    }

    /** Standard output. */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error. */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A JSON writer on standard output. */
    protected JsonWriter jsonOut() {
        return new JsonWriter(out());
    }

    /**
     * Reports the outcome of a one-item command: when accepted, {@code done} and the result as text, or
     * {@code {"outcome": done, name: result}} as JSON, exit 0; when rejected, a line on stderr (and
     * {@code {"outcome": "rejected", "rejection": ...}} as JSON), exit 1.
     */
    protected <T> int report(ItemOutcome<T> outcome, String done, String name, BiConsumer<PrintWriter, T> text,
            BiConsumer<JsonWriter, T> asJson) {
        if (outcome.isAccepted()) {
            T value = outcome.value().orElseThrow();
            if (json()) {
                JsonWriter json = jsonOut().beginObject().field("outcome", done.toLowerCase(java.util.Locale.ROOT)
                        .replace(' ', '_'));
                json.name(name);
                asJson.accept(json, value);
                json.endObject().finish();
            } else {
                text.accept(out(), value);
            }
            return ExitCode.OK;
        }
        return refused(outcome.rejection().orElseThrow());
    }

    /** Shows {@code value}: as JSON when asked, as text otherwise; exit 0. */
    protected <T> int show(T value, BiConsumer<JsonWriter, T> asJson, BiConsumer<PrintWriter, T> asText) {
        if (json()) {
            JsonWriter json = jsonOut();
            asJson.accept(json, value);
            json.finish();
        } else {
            asText.accept(out(), value);
        }
        return ExitCode.OK;
    }

    /** Writes the JSON answer {@code {"outcome": outcome, "rejection": ...}}. */
    protected void rejectionJson(String outcome, Rejection rejection) {
        JsonWriter json = jsonOut().beginObject().field("outcome", outcome);
        json.name("rejection");
        JsonViews.rejection(json, rejection);
        json.endObject().finish();
    }

    /** Reports a refusal: one line on stderr, and the rejection as JSON when asked; exit 1. */
    protected int refused(Rejection rejection) {
        if (json()) {
            rejectionJson("rejected", rejection);
        }
        err().println("parcelport " + spec.name() + ": " + Render.rejection(rejection));
        return ExitCode.REFUSED;
    }
}
