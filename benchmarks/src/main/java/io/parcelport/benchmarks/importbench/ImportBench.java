package io.parcelport.benchmarks.importbench;

import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Bounded memory of {@code parcelport import}: generates a CSV of N rows (streamed to a temporary file), starts an
 * emulator on 127.0.0.1 in this JVM, runs the CLI's import in a child JVM under a small heap and reports wall time,
 * rows per second and the child's peak heap. Not a unit test: run on demand (it takes minutes for 1,000,000 rows).
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -Xmx4g -cp "benchmarks/target/parcelport-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*" \
 *     io.parcelport.benchmarks.importbench.ImportBench [rows=1000000] [xmx=64m]
 * </pre>
 *
 * <p>The emulator's own rate limits are off (its default) and its quota is raised to the row count; the adapter's
 * client-side limits leave creates unpaced (only real-time and list calls are limited). The emulator keeps every
 * shipment in this JVM's heap, hence the large {@code -Xmx} of the parent, not of the child under test.
 */
public final class ImportBench {
    private static final String[] CARRIERS = {"usps", "ups", "fedex", "dhl", "china-post", "royal-mail"};

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        String xmx = args.length > 1 ? args[1] : "64m";
        Path csv = Files.createTempFile("parcelport-import-bench", ".csv");
        try {
            generate(csv, rows);
            System.out.printf("generated %,d rows (%,d bytes) in %s%n", rows, Files.size(csv), csv);
            try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).quota(rows * 2 + 10)
                    .threads(4).build())) {
                run(emulator, csv, rows, xmx);
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    // Row i is a distinct, valid key on one of a few carriers; order ids and titles make each row a realistic size.
    static void generate(Path csv, long rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("carrier_code,tracking_number,order_id,title\n");
            for (long i = 0; i < rows; i++) {
                out.write(CARRIERS[(int) (i % CARRIERS.length)]);
                out.write(",BENCH");
                out.write(String.format("%012d", i));
                out.write(",ORDER-");
                out.write(Long.toString(i));
                out.write(",\"Parcel ");
                out.write(Long.toString(i));
                out.write(", bench\"\n");
            }
        }
    }

    private static void run(Emulator emulator, Path csv, long rows, String xmx) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + xmx, "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), PeakHeapMain.class.getName(),
                "--backend", "trackingmore", "--base-url", emulator.baseUrl(), "import", csv.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TRACKINGMORE_API_KEY", "bench-key");
        Path stdout = Files.createTempFile("parcelport-import-bench", ".out");
        Path stderr = Files.createTempFile("parcelport-import-bench", ".err");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        long began = System.nanoTime();
        Process child = builder.start();
        if (!child.waitFor(2, TimeUnit.HOURS)) {
            child.destroyForcibly();
            throw new IllegalStateException("import did not finish within 2 hours");
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        List<String> err = Files.readAllLines(stderr);
        List<String> out = Files.readAllLines(stdout);
        long peak = err.stream().filter(l -> l.startsWith(PeakHeapMain.PREFIX))
                .mapToLong(l -> Long.parseLong(l.substring(PeakHeapMain.PREFIX.length()))).findFirst().orElse(-1);
        out.stream().filter(l -> !l.startsWith("line ")).limit(20).forEach(l -> System.out.println("  | " + l));
        err.stream().filter(l -> !l.startsWith(PeakHeapMain.PREFIX)).limit(20)
                .forEach(l -> System.out.println("  ! " + l));
        System.out.printf("import of %,d rows under -Xmx%s: exit %d, %.1f s wall, %,.0f rows/s, peak heap %.1f MB%n",
                rows, xmx, child.exitValue(), seconds, rows / seconds, peak / 1048576.0);
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
    }
}
