package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool on {@code --backend aftership} against the emulator's AfterShip face with its per-endpoint rate limits on:
 * an import of 85 rows is 85 paced create calls with one report line per row, and what AfterShip does not offer is said
 * plainly.
 */
class AfterShipCommandsTest {

    private static final String KEY = "as-cli-key-0123456789";

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @Test
    void anImportOf85RowsRegistersEveryRowAndReportsEach() throws IOException {
        StringBuilder csv = new StringBuilder("carrier_code,tracking_number,order_id,title\n");
        for (int i = 0; i < 85; i++) {
            csv.append(i % 2 == 0 ? "usps" : "dhl").append(",PPTRANSIT").append(20_000 + i).append(",O-").append(i)
                    .append(",Row ").append(i).append('\n');
        }
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).rateLimits(true).build())) {
            StringWriter err = new StringWriter();
            Cli.Result r = runWithWaits(err, "--base-url", emulator.afterShipBaseUrl(), "--json", "import",
                    file.toString());

            assertThat(r.code()).as(r.err()).isZero();
            Map<String, Object> summary = Json.at(r.json(), "summary");
            assertThat(summary).containsEntry("rows", new BigDecimal(85)).containsEntry("created", new BigDecimal(85))
                    .containsEntry("rejected", BigDecimal.ZERO);
            List<Map<String, Object>> rows = Json.at(r.json(), "rows");
            assertThat(rows).hasSize(85).allSatisfy(row -> assertThat(row).containsEntry("outcome", "created"));
            assertThat(err.toString()).as("paced within AfterShip's limits: no 429 to retry")
                    .doesNotContain("rate limited by AfterShip");
            Cli.Result listed = run("--base-url", emulator.afterShipBaseUrl(), "list", "--all", "--json");
            assertThat(listed.out()).contains("PPTRANSIT20000").contains("PPTRANSIT20084");
            assertThat(r.out() + r.err() + err).doesNotContain(KEY);
        }
    }

    @Test
    void whatAfterShipDoesNotOfferIsSaidPlainlyWithExitCodeOne() {
        try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).build())) {
            for (String[] command : List.of(new String[] {"account"}, new String[] {"air-cargo", "172-28891936"},
                    new String[] {"realtime", "usps", "9400111899562537624326"})) {
                String[] args = new String[command.length + 4];
                args[0] = "--backend";
                args[1] = "aftership";
                args[2] = "--base-url";
                args[3] = emulator.afterShipBaseUrl();
                System.arraycopy(command, 0, args, 4, command.length);

                Cli.Result r = run(args);

                assertThat(r.code()).as("%s: %s", command[0], r.err()).isEqualTo(ExitCode.REFUSED);
                assertThat(r.err()).contains("not offered by the AfterShip 2025-07 backend");
            }
        }
    }

    private Cli.Result run(String... args) {
        cli.environment.put("AFTERSHIP_API_KEY", KEY);
        return cli.run(args);
    }

    // As the tool runs for a person: waits and retries announced on the same stderr.
    private Cli.Result runWithWaits(StringWriter err, String... args) {
        cli.environment.put("AFTERSHIP_API_KEY", KEY);
        StringWriter out = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err);
        CliContext context = new CliContext(ParcelportMain.backends(cli.environment::get,
                new WaitNotices(errWriter)), false, ParcelportMain.secrets(cli.environment::get));
        int code = ParcelportMain.execute(context, new PrintWriter(out), errWriter, args);
        return new Cli.Result(code, out.toString(), err.toString());
    }
}
