package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.adapter.inmemory.Faults;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The global options in either position, and the exit-code policy with its one-line messages. */
class GlobalOptionsAndExitCodesTest {

    private static final String KEY = "tm-secret-key-0123456789";

    private final Cli cli = new Cli(9);

    @Test
    void jsonIsAcceptedBeforeAndAfterTheSubcommand() {
        Cli.Result before = cli.run("--json", "counts");
        Cli.Result after = cli.run("counts", "--json");

        assertThat(before.code()).isZero();
        assertThat(before.out()).isEqualTo(after.out());
        assertThat(before.json()).containsKey("total");
    }

    @Test
    void backendIsAcceptedBeforeAndAfterTheSubcommand() {
        assertThat(cli.run("--backend", "embedded", "account").code()).isZero();
        assertThat(cli.run("account", "--backend", "EMBEDDED").code()).isZero();
    }

    @Test
    void everyCommandHasHelpAndTheTopLevelListsThemAll() {
        Cli.Result help = cli.run("--help");

        assertThat(help.code()).isZero();
        for (String command : new String[] {"carriers", "create", "get", "update", "delete", "import", "list",
            "realtime", "change-carrier", "stop", "account", "counts", "remote-area", "transit-time", "air-cargo",
            "demo"}) {
            assertThat(help.out()).contains("  " + command + " ");
            Cli.Result sub = cli.run(command, "--help");
            assertThat(sub.code()).as(command).isZero();
            assertThat(sub.out()).as(command).startsWith("Usage: parcelport " + command).contains("--json");
        }
    }

    @Test
    void noSubcommandIsAUsageError() {
        Cli.Result r = cli.run();

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("Usage: parcelport");
    }

    @Test
    void anUnknownCommandIsAUsageErrorOnOneLine() {
        Cli.Result r = cli.run("frobnicate");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.lines(r.err())).singleElement().asString().startsWith("parcelport: Unmatched")
                .contains("frobnicate").contains("see 'parcelport --help'");
    }

    @Test
    void aMissingParameterIsAUsageError() {
        Cli.Result r = cli.run("get", "usps");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.lines(r.err())).singleElement().asString().contains("NUMBER")
                .contains("see 'parcelport get --help'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void malformedValuesAreUsageErrorsThatNameTheValue() {
        Cli.Result carrier = cli.run("get", "Not A Carrier!", "X1");
        Cli.Result status = cli.run("list", "--status", "lost-in-space");
        Cli.Result country = cli.run("remote-area", "QQ", "12345");
        Cli.Result date = cli.run("list", "--created-from", "yesterday");
        Cli.Result archived = cli.run("update", "usps", "X1", "--archived", "maybe");
        Cli.Result backend = cli.run("--backend", "shipbob", "account");

        for (Cli.Result r : new Cli.Result[] {carrier, status, country, date, archived, backend}) {
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(Cli.lines(r.err())).hasSize(1);
        }
        assertThat(carrier.err()).contains("carrier code");
        assertThat(status.err()).contains("lost-in-space").contains("in-transit");
        assertThat(country.err()).contains("QQ");
        assertThat(date.err()).contains("yesterday");
        assertThat(archived.err()).contains("maybe");
        assertThat(backend.err()).contains("shipbob").contains("trackingmore-v4");
    }

    @Test
    void aBackendFailureExitsWith3AndOneLineNamingTheOperation() {
        cli.backend.faults(Faults.builder().failureRate(Faults.Operation.ACCOUNT, 1.0).build());

        Cli.Result r = cli.run("account");
        Cli.Result json = cli.run("account", "--json");

        assertThat(r.code()).isEqualTo(ExitCode.BACKEND_FAILURE);
        assertThat(Cli.lines(r.err())).singleElement().asString()
                .startsWith("parcelport account: backend failure: TrackingAccount.info");
        assertThat(json.code()).isEqualTo(ExitCode.BACKEND_FAILURE);
        assertThat(json.out()).isEmpty();
    }

    @Test
    void anExhaustedQuotaIsABackendFailure() {
        cli.backend.faults(Faults.builder().quotaExhausted(true).build());

        Cli.Result r = cli.run("create", "usps", "PPDELIVERED0001");

        assertThat(r.code()).isEqualTo(ExitCode.BACKEND_FAILURE);
        assertThat(r.err()).contains("backend failure");
    }

    @Test
    void trackingMoreWithoutAnApiKeyIsAUsageError() {
        Cli.Result r = cli.run("account", "--backend", "trackingmore");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.lines(r.err())).singleElement().asString().contains("TRACKINGMORE_API_KEY is not set");
    }

    @Test
    void aBaseUrlForTheEmbeddedBackendIsAUsageError() {
        Cli.Result r = cli.run("account", "--backend", "embedded", "--base-url", "http://127.0.0.1:9/v2");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--base-url applies to --backend trackingmore");
    }

    @Test
    void anUnreachableTrackingMoreIsABackendFailureAndTheKeyIsNeverPrinted() throws Exception {
        cli.environment.put("TRACKINGMORE_API_KEY", KEY);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        // --base-url alone implies --backend trackingmore.
        Cli.Result r = cli.run("--base-url", "http://127.0.0.1:" + port + "/v2", "account");

        assertThat(r.code()).isEqualTo(ExitCode.BACKEND_FAILURE);
        assertThat(Cli.lines(r.err())).singleElement().asString().contains("backend failure");
        assertThat(r.err() + r.out()).doesNotContain(KEY);
    }

    @Test
    void aSecretInAnyMessageIsBlankedOut() {
        ErrorReporter reporter = new ErrorReporter(java.util.List.of(KEY));
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine commandLine = new picocli.CommandLine(new ParcelportCommand(
                new CliContext(choice -> { throw new UsageException("x"); }, false, java.util.List.of())));
        commandLine.setErr(new java.io.PrintWriter(err));

        int code = reporter.handleExecutionException(new UsageException("bad key " + KEY), commandLine, null);

        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("bad key ****").doesNotContain(KEY);
    }

    @Test
    void versionIsPrinted() {
        Cli.Result r = cli.run("--version");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("parcelport ");
    }
}
