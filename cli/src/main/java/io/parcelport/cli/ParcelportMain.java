package io.parcelport.cli;

import io.parcelport.adapter.inmemory.InMemoryBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreConfig;
import io.parcelport.application.Parcelport;
import io.parcelport.pacing.PacingListener;
import io.parcelport.ports.in.ParcelportUseCases;
import io.parcelport.ports.out.TrackingBackend;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * The composition root of the {@code parcelport} tool: picks the backend, wires the application services over it,
 * and runs the command line.
 *
 * <p>It is the only class of the tool that knows {@link Parcelport}, the in-memory backend and the TrackingMore
 * backend; the commands see only the use cases in {@link ParcelportUseCases}.
 */
public final class ParcelportMain {

    /** How many demo shipments the embedded backend starts with. */
    public static final int DEMO_SHIPMENTS = 120;
    /** The seed of the embedded backend's demo data, so that every run shows the same shipments. */
    public static final long DEMO_SEED = 2025;

    private ParcelportMain() {
    }

    /** Runs {@code parcelport} with {@code args} and exits with its exit code. */
    public static void main(String[] args) {
        Charset charset = Optional.ofNullable(System.console()).map(c -> c.charset()).orElse(StandardCharsets.UTF_8);
        Map<String, String> env = System.getenv();
        PrintWriter out = new TerminalWriter(new TerminalSafeWriter(new OutputStreamWriter(System.out, charset)),
                () -> TerminalWidth.columns(env::get, System.console() != null));
        PrintWriter err = new PrintWriter(new TerminalSafeWriter(new OutputStreamWriter(System.err, charset)), true);
        CliContext context = new CliContext(backends(env::get, new WaitNotices(err)), System.console() != null,
                secrets(env::get));
        int code = execute(context, out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs one command line in-process and closes whatever it opened: what {@link #main} does, minus
     * {@code System.exit}, for tests and embedding.
     */
    public static int execute(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        ParcelportCommand root = new ParcelportCommand(context);
        CommandLine commandLine = commandLine(root, context);
        commandLine.setOut(out);
        commandLine.setErr(err);
        int code = commandLine.execute(args);
        try {
            root.closeUseCases();
        } catch (RuntimeException e) {
            err.println("parcelport: could not close the backend cleanly: " + e.getMessage());
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The picocli command line over {@code root}: converters, error reporting, no @-files. */
    static CommandLine commandLine(ParcelportCommand root, CliContext context) {
        CommandLine commandLine = new CommandLine(root);
        Converters.registerAll(commandLine);
        ErrorReporter reporter = new ErrorReporter(context.secrets());
        commandLine.setParameterExceptionHandler(reporter);
        commandLine.setExecutionExceptionHandler(reporter);
        // "@file" arguments would read files named by the user as options; tracking data never needs it.
        commandLine.setExpandAtFiles(false);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /**
     * The production backends: the embedded in-memory backend with {@value #DEMO_SHIPMENTS} demo shipments, or
     * TrackingMore with the API key from {@code TRACKINGMORE_API_KEY} and, unless {@code --base-url} is given, the
     * base URL from {@code TRACKINGMORE_BASE_URL}, as {@code environment} resolves them.
     */
    public static Backends backends(Function<String, String> environment) {
        return backends(environment, PacingListener.NONE);
    }

    /** The production backends, with {@code waits} hearing every wait and retry of the TrackingMore backend. */
    public static Backends backends(Function<String, String> environment, PacingListener waits) {
        return choice -> switch (choice.kind()) {
            case EMBEDDED -> useCasesOver(InMemoryBackend.builder().demoData(DEMO_SHIPMENTS, DEMO_SEED).build());
            case TRACKINGMORE -> useCasesOver(trackingMore(choice, environment, waits));
        };
    }

    /** The secrets of {@code environment} that messages must never show. */
    public static List<String> secrets(Function<String, String> environment) {
        List<String> secrets = new ArrayList<>();
        Optional.ofNullable(environment.apply(TrackingMoreConfig.API_KEY_VARIABLE)).ifPresent(secrets::add);
        return secrets;
    }

    /** Every use case over {@code backend}; closing them stops the services' threads, then closes the backend. */
    public static ParcelportUseCases useCasesOver(TrackingBackend backend) {
        return Parcelport.builder(backend).alsoClose(backend).build();
    }

    private static TrackingMoreBackend trackingMore(BackendChoice choice, Function<String, String> environment,
            PacingListener waits) {
        TrackingMoreConfig.Builder config = TrackingMoreConfig.builder().listener(waits);
        try {
            config.apiKeyFromEnvironment(environment);
        } catch (IllegalStateException e) {
            throw new UsageException(TrackingMoreConfig.API_KEY_VARIABLE + " is not set: export your TrackingMore "
                    + "API key (any non-empty value works with the emulator)", e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(TrackingMoreConfig.API_KEY_VARIABLE + " is not a usable API key: "
                    + e.getMessage(), e);
        }
        choice.deadline().ifPresent(config::deadline);
        // The option wins over the variable; each refusal names the one the user has to fix (the configuration's own
        // messages already name the variable).
        String prefix = choice.baseUrl().isPresent() ? "--base-url: " : "";
        try {
            if (choice.baseUrl().isPresent()) {
                config.baseUri(choice.baseUrl().get());
            } else {
                config.baseUriFromEnvironment(environment);
            }
            return TrackingMoreBackend.create(config.build());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException(prefix + e.getMessage(), e);
        }
    }
}
