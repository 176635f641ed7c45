package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.adapter.inmemory.Faults;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private String file(String content) throws IOException {
        Path path = dir.resolve("shipments.csv");
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path.toString();
    }

    @Test
    void registersGoodRowsWithEveryColumnAndReportsBadOnesByLine() throws IOException {
        String csv = file("tracking_number,carrier_code,order_id,title,customer_name,customer_email,customer_phone,"
                + "destination_code,tracking_postal_code,tracking_ship_date,tracking_account_number,"
                + "tracking_destination_country,order_create_time,logistics_channel,comment,lang\r\n"
                + "PPDELIVERED0001,usps,A-1,\"Teapot, blue\",Ada,\"a@example.com;b@example.com\",+1,US,10115,"
                + "20250601,ACC,DE,2025/6/1 10:30,express,\"said \"\"fragile\"\"\",en\r\n"
                + ",usps,A-2,,,,,,,,,,,,,\r\n"
                + "PPTRANSIT0001,usps,A-3,,,,,ZZ,,,,,,,,\r\n"
                + "PPTRANSIT0002,dhl,A-4,,,,,,,2025-13-01,,,,,,\r\n"
                + "\r\n"
                + "PPTRANSIT0003,dhl,\"A-5\"x,,,,,,,,,,,,,\r\n");

        Cli.Result r = cli.run("import", csv);

        assertThat(r.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(r.out()).contains("line 3: invalid (usps): tracking_number is empty")
                .contains("line 4: invalid (usps PPTRANSIT0001): destination_code: not an ISO 3166-1")
                .contains("line 5: invalid (dhl PPTRANSIT0002): tracking_ship_date:")
                .contains("line 7: invalid: unexpected 'x' after the closing quote")
                .containsPattern("created\\s+1\\n").containsPattern("invalid\\s+4\\n");
        Map<String, Object> shipment = cli.run("get", "usps", "PPDELIVERED0001", "--json").json();
        assertThat(Json.<String>at(shipment, "shipment", "title")).isEqualTo("Teapot, blue");
        assertThat(Json.<String>at(shipment, "shipment", "comment")).isEqualTo("said \"fragile\"");
        assertThat(Json.<List<String>>at(shipment, "shipment", "customer_emails"))
                .containsExactly("a@example.com", "b@example.com");
        assertThat(Json.<String>at(shipment, "shipment", "carrier_extras", "ship_date")).isEqualTo("2025-06-01");
        assertThat(Json.<String>at(shipment, "shipment", "order_time")).isEqualTo("2025-06-01T10:30");
    }

    @Test
    void reportsDuplicatesAndRowsAlreadyRegisteredAsAlreadyExistingAndExitsZero() throws IOException {
        cli.run("create", "usps", "PPDELIVERED0001");
        String csv = file("carrier_code,tracking_number\nusps,PPDELIVERED0001\nusps,PPDELIVERED0002\n"
                + "usps,PPDELIVERED0002\n");

        Cli.Result r = cli.run("import", csv);

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("line 2: already exists (usps PPDELIVERED0001)")
                .contains("line 4: already exists (usps PPDELIVERED0002)")
                .containsPattern("created\\s+1\\n").containsPattern("already exists\\s+2\\n");
    }

    @Test
    void importsMoreRowsThanOneCallAndOneChunkTakeAndReportsEachRowInJson() throws IOException {
        StringBuilder csv = new StringBuilder("carrier_code,tracking_number,order_id\n");
        int rows = Importer.ROWS_PER_CALL + 95;
        for (int i = 0; i < rows; i++) {
            csv.append(i % 2 == 0 ? "usps" : "dhl").append(",PPTRANSIT").append(10_000 + i).append(",O-").append(i)
                    .append('\n');
        }
        csv.append("usps,PPTRANSIT10000,O-0\n");

        Cli.Result r = cli.run("--json", "import", file(csv.toString()));

        Map<String, Object> doc = r.json();
        assertThat(r.code()).isZero();
        assertThat(Json.<Map<String, Object>>at(doc, "summary")).containsEntry("rows", new BigDecimal(rows + 1))
                .containsEntry("created", new BigDecimal(rows)).containsEntry("already_exists", BigDecimal.ONE)
                .containsEntry("invalid", BigDecimal.ZERO).containsEntry("rejected", BigDecimal.ZERO);
        List<Map<String, Object>> reported = Json.at(doc, "rows");
        assertThat(reported).hasSize(rows + 1);
        assertThat(reported).extracting(row -> ((BigDecimal) row.get("line")).intValue())
                .isSorted().startsWith(2, 3).endsWith(rows + 2);
        assertThat(reported.get(rows)).containsEntry("outcome", "already_exists");
        assertThat(cli.backend.size()).isEqualTo(rows);
    }

    @Test
    void rowsTheBackendRefusesAreRejectedAndTheExitCodeIs1() throws IOException {
        cli.backend.faults(Faults.builder().quotaExhausted(true).build());
        String csv = file("carrier_code,tracking_number\nusps,PPDELIVERED0001\n");

        Cli.Result r = cli.run("import", csv, "--json");

        assertThat(r.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(Json.<String>at(r.json(), "rows", 0, "outcome")).isEqualTo("rejected");
        assertThat(Json.<String>at(r.json(), "rows", 0, "reason")).startsWith("quota exhausted");
    }

    @Test
    void ignoresUnknownColumnsAndSaysWhich() throws IOException {
        Cli.Result r = cli.run("import", file("carrier_code,tracking_number,colour\nusps,PPDELIVERED0001,red\n"));
        Cli.Result json = cli.run("import", file("Carrier_Code,TRACKING_NUMBER,colour\nusps,PPDELIVERED0002,red\n"),
                "--json");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Ignoring columns that are not create fields: colour");
        assertThat(Json.<List<String>>at(json.json(), "ignored_columns")).containsExactly("colour");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsAUsageError() throws IOException {
        Cli.Result r = cli.run("import", file("number,carrier\nX,usps\n"));

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.lines(r.err())).singleElement().asString().contains("tracking_number and carrier_code");
    }

    @Test
    void anEmptyFileAndAMissingFileAreUsageErrors() throws IOException {
        Cli.Result empty = cli.run("import", file(""));
        Cli.Result missing = cli.run("import", dir.resolve("nope.csv").toString());

        assertThat(empty.code()).isEqualTo(ExitCode.USAGE);
        assertThat(empty.err()).contains("the file is empty");
        assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void drawsAProgressBarOnStderrOnlyOnATerminal() throws IOException {
        String csv = file("carrier_code,tracking_number\nusps,PPDELIVERED0001\nusps,PPDELIVERED0002\n");
        cli.terminal = true;

        Cli.Result terminal = cli.run("import", csv);
        Cli.Result json = cli.run("import", csv, "--json");
        cli.terminal = false;
        Cli.Result piped = cli.run("import", csv);

        assertThat(terminal.err()).contains("Importing [").contains("100%  2/2").contains("\r");
        assertThat(terminal.out()).doesNotContain("\r");
        assertThat(json.err()).isEmpty();
        assertThat(piped.err()).isEmpty();
    }

    @Test
    void listsAtMostFiftyRefusedRowsInText() throws IOException {
        StringBuilder csv = new StringBuilder("carrier_code,tracking_number\n");
        for (int i = 0; i < 60; i++) {
            csv.append("usps,\n");
        }

        Cli.Result r = cli.run("import", file(csv.toString()));

        assertThat(r.out().lines().filter(l -> l.startsWith("line "))).hasSize(ImportCommand.MAX_LISTED);
        assertThat(r.out()).contains("... and 10 more rows not created");
    }

    @Test
    void aDirectoryIsAUsageErrorNotACrash() {
        Cli.Result r = cli.run("import", dir.toString());

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("is a directory");
    }

    @Test
    void aFileThatIsNotUtf8IsAUsageErrorThatSaysWhatWasImported() throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "tracking_number,carrier_code,title\nPPTRANSIT0001,usps,caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        Cli.Result r = cli.run("import", latin1.toString());

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("is not UTF-8 text");
    }
}
