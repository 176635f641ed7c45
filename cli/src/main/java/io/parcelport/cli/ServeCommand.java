package io.parcelport.cli;

import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorArgs;
import io.parcelport.emulator.EmulatorOptions;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code parcelport serve}: runs the TrackingMore v2 and v4 emulator on this machine until stopped, printing its v2
 * base URL first (so that scripts can read the port) and its v4 base URL on the next line.
 */
@Command(name = "serve", description = {"Run a TrackingMore v2 and v4 emulator on 127.0.0.1 until Ctrl-C or SIGTERM; "
        + "prints its v2 base URL (http://127.0.0.1:PORT/v2) first and its v4 base URL (http://127.0.0.1:PORT/v4) "
        + "on the next line. Any non-empty Trackingmore-Api-Key (v2) or Tracking-Api-Key (v4) is accepted.",
    "Emulator options (also from PARCELPORT_EMULATOR_* variables): --bind, --api-key, --quota, --demo-data, "
        + "--demo-seed, --rate-limits, --latency, --fail-500, --fail-503, --fail-429, --retry-after, --drop, "
        + "--truncate, --fault-seed, --webhook-url, --account-email, --webhook-sweep, --time-scale, --threads."})
public final class ServeCommand extends CliCommand {

    @Option(names = "--port", paramLabel = "N", description = "The port; 0 for a free one (default 8080).")
    private Integer port;

    @Unmatched
    private List<String> emulatorOptions = new ArrayList<>();

    @Override
    protected int run() throws InterruptedException {
        List<String> args = new ArrayList<>(emulatorOptions);
        if (port != null) {
            args.add("--port");
            args.add(port.toString());
        }
        EmulatorOptions options;
        try {
            options = EmulatorArgs.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UsageException("serve: " + e.getMessage());
        }
        Emulator emulator;
        try {
            emulator = Emulator.start(options);
        } catch (UncheckedIOException e) {
            err().println("parcelport serve: cannot listen on " + options.bindAddress() + ":" + options.port()
                    + ": " + e.getCause().getMessage());
            return ExitCode.BACKEND_FAILURE;
        }
        // The v2 URL stays the first line, alone, as scripts read it; the v4 URL of the same server follows.
        out().println(emulator.baseUrl());
        out().println(emulator.v4BaseUrl());
        out().flush();
        err().println("TrackingMore v2 and v4 emulator ready in " + emulator.startupTime().toMillis()
                + " ms; stop with Ctrl-C or SIGTERM");
        err().flush();
        Thread hook = new Thread(emulator::close, "parcelport-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            emulator.awaitClose();
        } finally {
            // Interrupted (an embedding caller stopping us): free the port now rather than at JVM exit.
            emulator.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting and runs the hook itself
            }
        }
        return ExitCode.OK;
    }
}
