package io.parcelport.cli;

import io.parcelport.ports.in.ParcelportUseCases;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code parcelport} command: the global options and the list of subcommands.
 *
 * <p>Global options are {@link ScopeType#INHERIT inherited}: picocli copies them onto every subcommand with the same
 * binding, so {@code parcelport --json list} and {@code parcelport list --json} both set the fields below. A new
 * subcommand is one class extending {@link CliCommand}, listed in {@code subcommands} here.
 */
@Command(name = "parcelport", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Parcel and air-cargo tracking from the command line.",
            "Runs on an embedded in-memory backend with demo data unless told otherwise: "
                + "--backend trackingmore uses TrackingMore v2 with the key in TRACKINGMORE_API_KEY, "
                + "--base-url (or TRACKINGMORE_BASE_URL) points it elsewhere (e.g. an emulator on 127.0.0.1)."},
        footer = {"", "Exit codes: 0 done, 1 refused (not found, rejected items, an operation the backend does not offer),"
            + " 2 usage error, 3 backend failure.",
            "Shell completion for bash and zsh: source <(parcelport generate-completion)"},
        subcommands = {
            CarriersCommand.class,
            CreateCommand.class,
            GetCommand.class,
            UpdateCommand.class,
            DeleteCommand.class,
            ImportCommand.class,
            ListCommand.class,
            RealtimeCommand.class,
            ChangeCarrierCommand.class,
            StopCommand.class,
            AccountCommand.class,
            CountsCommand.class,
            RemoteAreaCommand.class,
            TransitTimeCommand.class,
            AirCargoCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            HelpCommand.class,
            AutoComplete.GenerateCompletion.class,
        })
public final class ParcelportCommand implements Callable<Integer> {

    private final CliContext context;
    private ParcelportUseCases opened;
    private ParcelportUseCases embedded;

    @Spec
    private CommandSpec spec;

    @Option(names = "--backend", scope = ScopeType.INHERIT, paramLabel = "embedded|trackingmore",
            description = "The backend: embedded (in memory, demo data; the default) or trackingmore "
                    + "(key from TRACKINGMORE_API_KEY).")
    private BackendKind backend;

    @Option(names = "--base-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Where the TrackingMore v2 API is (default https://api.trackingmore.com/v2); "
                    + "implies --backend trackingmore.")
    private URI baseUrl;

    @Option(names = "--deadline", scope = ScopeType.INHERIT, paramLabel = "TIME",
            description = "The longest one TrackingMore call may take, waits and retries included, e.g. 30s or 2m "
                    + "(default 5m); a wait that would pass it fails the call instead.")
    private Duration deadline;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Print machine-readable JSON instead of tables.")
    private boolean json;

    @Option(names = "--wide", scope = ScopeType.INHERIT,
            description = "Print tables whole instead of fitting them to the terminal's width (COLUMNS, else the "
                    + "terminal's size, else 80 columns; output that is not a terminal is never cut).")
    private boolean wide;

    /** The command over {@code context}. */
    public ParcelportCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** Without a subcommand: the usage help on stderr, and a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** Whether to print JSON. */
    boolean json() {
        return json;
    }

    /** Whether to print tables whole. */
    boolean wide() {
        return wide;
    }

    /** The context the composition root gave. */
    CliContext context() {
        return context;
    }

    /** The backend the options ask for. */
    BackendChoice choice() {
        BackendKind kind = backend != null ? backend : baseUrl != null ? BackendKind.TRACKINGMORE
                : BackendKind.EMBEDDED;
        return new BackendChoice(kind, Optional.ofNullable(baseUrl), Optional.ofNullable(deadline));
    }

    /** The use cases over the chosen backend, opened on first use (so --help never needs a backend). */
    ParcelportUseCases useCases() {
        if (opened == null) {
            opened = context.backends().open(choice());
        }
        return opened;
    }

    /** The use cases over a fresh embedded backend, whatever the options say (for the demo). */
    ParcelportUseCases embeddedUseCases() {
        if (embedded == null) {
            embedded = context.backends().open(BackendChoice.EMBEDDED);
        }
        return embedded;
    }

    /** Closes what was opened. */
    void closeUseCases() {
        try {
            if (opened != null) {
                opened.close();
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
