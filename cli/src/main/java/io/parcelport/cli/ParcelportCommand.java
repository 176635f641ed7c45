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
                + "--backend trackingmore uses TrackingMore v2 and --backend trackingmore-v4 TrackingMore v4, both "
                + "with the key in TRACKINGMORE_API_KEY; --backend aftership uses AfterShip with AFTERSHIP_API_KEY; "
                + "--base-url (or TRACKINGMORE_BASE_URL / AFTERSHIP_BASE_URL) points them elsewhere (e.g. the "
                + "emulator on 127.0.0.1). A command the chosen backend does not offer says so and exits with 1."},
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

    @Option(names = "--backend", scope = ScopeType.INHERIT,
            paramLabel = "embedded|trackingmore|trackingmore-v4|aftership",
            description = "The backend: embedded (in memory, demo data; the default), trackingmore (v2) or "
                    + "trackingmore-v4 (key from TRACKINGMORE_API_KEY), or aftership (key from AFTERSHIP_API_KEY).")
    private BackendKind backend;

    @Option(names = "--base-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Where the backend's API is, e.g. http://127.0.0.1:PORT/v2, /v4 or /tracking/2025-07 on the "
                    + "emulator (default: the vendor's own); without --backend, a path ending in /v4 implies trackingmore-v4, "
                    + "one with /tracking/ aftership, any other trackingmore (v2).")
    private URI baseUrl;

    @Option(names = "--deadline", scope = ScopeType.INHERIT, paramLabel = "TIME",
            description = "The longest one TrackingMore call may take, waits and retries included, e.g. 30s or 2m "
                    + "(default 5m); a wait that would pass it fails the call instead.")
    private Duration deadline;

    @Option(names = "--allow-insecure-http", scope = ScopeType.INHERIT,
            description = "Let --base-url use plain http to a host that is not 127.0.0.1 or localhost; the API key "
                    + "then crosses the network in clear text.")
    private boolean insecureHttp;

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
        BackendKind kind = backend != null ? backend : baseUrl != null ? impliedBy(baseUrl) : BackendKind.EMBEDDED;
        return new BackendChoice(kind, Optional.ofNullable(baseUrl), Optional.ofNullable(deadline), insecureHttp);
    }

    // A base URL alone names its API by its path, as the emulator prints them: /v4, /tracking/<version>, else v2.
    private static BackendKind impliedBy(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
        if (path.endsWith("/v4")) {
            return BackendKind.TRACKINGMORE_V4;
        }
        return path.contains("/tracking/") ? BackendKind.AFTERSHIP : BackendKind.TRACKINGMORE;
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
