package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    // The demo's own backend: demo data as production has it.
    private final Cli cli = new Cli(ParcelportMain.DEMO_SHIPMENTS);

    @Test
    void runsTheTourToCompletionInEverySection() {
        long start = System.nanoTime();
        Cli.Result r = cli.run("demo");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("1. Import a CSV file").contains("2. Shipments on their way")
                .contains("3. Shipments per status").contains("4. One shipment's timeline")
                .contains("5. Air cargo").contains("Next")
                .containsPattern("created\\s+44\\n").contains("line 47: invalid")
                .contains("Air waybill 172-28891936").contains("CV7493").contains("C80066");
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void printsTheTourAsOneJsonDocument() {
        Map<String, Object> doc = cli.run("demo", "--json").json();

        assertThat(doc).containsKeys("import", "list", "counts", "timeline", "air_cargo");
        assertThat(Json.<String>at(doc, "timeline", "status")).isEqualTo("delivered");
        assertThat(Json.<List<Object>>at(doc, "air_cargo", "flight_legs")).hasSize(2);
        assertThat(Json.<List<Object>>at(doc, "import", "not_created")).hasSize(2);
    }

    @Test
    void runsOnTheEmbeddedBackendWhateverTheOptionsSay() {
        Cli.Result r = cli.run("demo", "--backend", "trackingmore");

        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("always runs on the embedded backend");
    }

    @Test
    void theDemoFileIsValidCsvWithMoreRowsThanOneChunk() throws Exception {
        String csv = DemoCommand.demoCsv();
        CsvReader reader = new CsvReader(new java.io.StringReader(csv));
        int rows = 0;
        while (reader.next().isPresent()) {
            rows++;
        }

        assertThat(rows - 1).isGreaterThan(40);
    }
}
