package io.parcelport.cli;

import io.parcelport.adapter.aftership.AfterShipBackend;
import io.parcelport.adapter.aftership.AfterShipConfig;
import io.parcelport.adapter.inmemory.InMemoryBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreBackend;
import io.parcelport.adapter.trackingmore.TrackingMoreConfig;
import io.parcelport.adapter.trackingmorev4.TrackingMoreV4Backend;
import io.parcelport.adapter.trackingmorev4.TrackingMoreV4Config;
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
import java.util.function.Supplier;
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
            case TRACKINGMORE_V4 -> useCasesOver(trackingMoreV4(choice, environment, waits));
            case AFTERSHIP -> useCasesOver(afterShip(choice, environment,
                    waits instanceof WaitNotices notices ? notices.about("AfterShip") : waits));
        };
    }

    /** The secrets of {@code environment} that messages must never show. */
    public static List<String> secrets(Function<String, String> environment) {
        List<String> secrets = new ArrayList<>();
        Optional.ofNullable(environment.apply(TrackingMoreConfig.API_KEY_VARIABLE)).ifPresent(secrets::add);
        Optional.ofNullable(environment.apply(AfterShipConfig.API_KEY_VARIABLE)).ifPresent(secrets::add);
        return secrets;
    }

    /** Every use case over {@code backend}; closing them stops the services' threads, then closes the backend. */
    public static ParcelportUseCases useCasesOver(TrackingBackend backend) {
        return Parcelport.builder(backend).alsoClose(backend).build();
    }

    private static TrackingMoreBackend trackingMore(BackendChoice choice, Function<String, String> environment,
            PacingListener waits) {
        TrackingMoreConfig.Builder config = TrackingMoreConfig.builder().listener(waits);
        apiKey(() -> config.apiKeyFromEnvironment(environment), TrackingMoreConfig.API_KEY_VARIABLE, "TrackingMore");
        choice.deadline().ifPresent(config::deadline);
        if (choice.insecureHttp()) {
            config.allowInsecureHttp();
        }
        return built(choice, () -> config.baseUri(choice.baseUrl().orElseThrow()),
                () -> config.baseUriFromEnvironment(environment), () -> TrackingMoreBackend.create(config.build()));
    }

    private static TrackingMoreV4Backend trackingMoreV4(BackendChoice choice, Function<String, String> environment,
            PacingListener waits) {
        TrackingMoreV4Config.Builder config = TrackingMoreV4Config.builder().listener(waits);
        apiKey(() -> config.apiKeyFromEnvironment(environment), TrackingMoreV4Config.API_KEY_VARIABLE,
                "TrackingMore");
        choice.deadline().ifPresent(config::deadline);
        if (choice.insecureHttp()) {
            config.allowInsecureHttp();
        }
        return built(choice, () -> config.baseUri(choice.baseUrl().orElseThrow()),
                () -> config.baseUriFromEnvironment(environment), () -> TrackingMoreV4Backend.create(config.build()));
    }

    private static AfterShipBackend afterShip(BackendChoice choice, Function<String, String> environment,
            PacingListener waits) {
        AfterShipConfig.Builder config = AfterShipConfig.builder().listener(waits);
        // fromEnvironment reads the key and, when set, AFTERSHIP_BASE_URL; --base-url then overrides the latter.
        apiKey(() -> config.fromEnvironment(environment), AfterShipConfig.API_KEY_VARIABLE, "AfterShip");
        choice.deadline().ifPresent(config::deadline);
        if (choice.insecureHttp()) {
            config.allowInsecureHttp();
        }
        return built(choice, () -> config.baseUri(choice.baseUrl().orElseThrow()), () -> { },
                () -> AfterShipBackend.create(config.build()));
    }

    // A missing or unusable key is a usage error naming the variable to set, never showing the value.
    private static void apiKey(Runnable read, String variable, String vendor) {
        try {
            read.run();
        } catch (IllegalStateException e) {
            throw new UsageException(variable + " is not set: export your " + vendor
                    + " API key (any non-empty value works with the emulator)", e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(variable + " is not a usable API key: " + e.getMessage(), e);
        }
    }

    // The option wins over the variable; each refusal names the one the user has to fix (the configurations' own
    // messages already name the variable).
    private static <T> T built(BackendChoice choice, Runnable fromOption, Runnable fromEnvironment,
            Supplier<T> create) {
        String prefix = choice.baseUrl().isPresent() ? "--base-url: " : "";
        try {
            if (choice.baseUrl().isPresent()) {
                fromOption.run();
            } else {
                fromEnvironment.run();
            }
            return create.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // The library names its Java switch; a person at the terminal needs the option.
            throw new UsageException(prefix + String.valueOf(e.getMessage()).replace("allowInsecureHttp()",
                    "--allow-insecure-http"), e);
        }
    }
}
