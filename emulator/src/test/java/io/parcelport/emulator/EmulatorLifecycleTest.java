package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starting, serving many clients at once, resetting, stopping (close and SIGTERM), and reading options. */
class EmulatorLifecycleTest {

    @Test
    void startsQuicklyOnAFreePortAndReportsItsBaseUrl() {
        long began = System.nanoTime();
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).demoData(200, 7).build())) {
            Duration measured = Duration.ofNanos(System.nanoTime() - began);
            // Printed, not asserted: timings on a shared machine are for reading, not for failing builds.
            System.out.println("emulator start (200 demo shipments, in-process): " + measured.toMillis()
                    + " ms; reported " + e.startupTime().toMillis() + " ms");
            assertThat(e.port()).isPositive();
            assertThat(e.baseUrl()).isEqualTo("http://127.0.0.1:" + e.port() + "/v2");
            assertThat(new V2Client(e).get("/trackings/get").dataObject().getString("total")).isEqualTo("200");
        }
    }

    @Test
    void itsServerSendsAnswersWithoutWaitingForAcknowledgements() {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).build())) {
            // Set before the JDK's server reads it: without it, every answer waited ~40 ms for a delayed ACK.
            assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
        }
    }

    @Test
    void closeStopsServingAndMayBeRepeated() {
        Emulator e = Emulator.start(EmulatorOptions.builder().port(0).build());
        V2Client client = new V2Client(e);
        assertThat(client.get("/carriers").meta()).isEqualTo(200);

        e.close();
        e.close();

        assertThatThrownBy(() -> client.sendOrFail("GET", "/carriers", null)).isInstanceOf(IOException.class);
    }

    @Test
    void aTakenPortIsReportedAsSuch() {
        try (Emulator first = Emulator.start(EmulatorOptions.builder().port(0).build())) {
            assertThatThrownBy(() -> Emulator.start(EmulatorOptions.builder().port(first.port()).build()))
                    .isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void servesConcurrentClients() throws Exception {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).threads(8).build())) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    String body = "{\"tracking_number\":\"" + String.format("PK%011d", i)
                            + "\",\"carrier_code\":\"usps\"}";
                    answers.add(pool.submit(() -> new V2Client(e).post("/trackings/post", body).meta()));
                }
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo(200);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(new V2Client(e).get("/trackings/get").dataObject().getString("total")).isEqualTo("64");
        }
    }

    @Test
    void resetForgetsShipmentsAndSpentQuota() {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).quota(10).build())) {
            V2Client c = new V2Client(e);
            c.post("/trackings/post", "{\"tracking_number\":\"PK00000000001\",\"carrier_code\":\"usps\"}");

            e.reset();

            assertThat(c.get("/trackings/get").dataObject().getString("total")).isEqualTo("0");
            assertThat(c.get("/trackings/getuserinfo").dataObject().getInt("track_number")).isEqualTo(10);
        }
    }

    @Test
    void mainPrintsItsBaseUrlAndRefusesBadOptionsWithExitCodeTwo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int bad = EmulatorMain.run(List.of("--port", "eighty"), Map.of(), print(out), print(err), false);
        int help = EmulatorMain.run(List.of("--help"), Map.of(), print(out), print(err), false);

        assertThat(bad).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port: not a number: 'eighty'");
        assertThat(help).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--webhook-url URL");
    }

    @Test
    void flagsWinOverEnvironmentVariables() {
        EmulatorOptions options = EmulatorArgs.parse(
                List.of("--port", "0", "--api-key", "k1", "--fail-500=0.25", "--latency", "10-20", "--rate-limits"),
                Map.of("PARCELPORT_EMULATOR_PORT", "9999", "PARCELPORT_EMULATOR_QUOTA", "77",
                        "PARCELPORT_EMULATOR_API_KEYS", "k2,k3", "PARCELPORT_EMULATOR_DEMO_DATA", "5",
                        "PARCELPORT_EMULATOR_WEBHOOK_URL", "http://127.0.0.1:1/hook"));

        assertThat(options.port()).isZero();
        assertThat(options.quota()).isEqualTo(77);
        assertThat(options.apiKeys()).containsExactlyInAnyOrder("k1", "k2", "k3");
        assertThat(options.demoCount()).isEqualTo(5);
        assertThat(options.faults().serverErrorShare()).isEqualTo(0.25);
        assertThat(options.faults().minLatency()).isEqualTo(Duration.ofMillis(10));
        assertThat(options.faults().maxLatency()).isEqualTo(Duration.ofMillis(20));
        assertThat(options.rateLimits()).isTrue();
        assertThat(options.webhookUrl()).contains(URI.create("http://127.0.0.1:1/hook"));
        assertThatThrownBy(() -> EmulatorArgs.parse(List.of("--colour", "red"), Map.of()))
                .hasMessageContaining("unknown option --colour");
    }

    @Test
    void aProcessStopsCleanlyOnSigterm() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long began = System.nanoTime();
        Process process = new ProcessBuilder(emulatorCommand(java)).redirectErrorStream(false).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String url = lines.readLine();
            Duration toUrl = Duration.ofNanos(System.nanoTime() - began);
            System.out.println("emulator process: JVM start to base URL printed " + toUrl.toMillis() + " ms");
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/v2");
            assertThat(lines.readLine()).as("the v4 URL, next").isEqualTo(url.replace("/v2", "/v4"));
            assertThat(new V2Client(URI.create(url), "k").get("/trackings/get").meta()).isEqualTo(200);

            process.destroy(); // SIGTERM

            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("stopped").isTrue();
            assertThat(process.exitValue()).isIn(0, 143);
            assertThatThrownBy(() -> new V2Client(URI.create(url), "k").sendOrFail("GET", "/carriers", null))
                    .isInstanceOf(IOException.class);
        } finally {
            process.destroyForcibly();
        }
    }

    /** The command that starts EmulatorMain on this JVM's own paths, "--port 0" included. */
    private static List<String> emulatorCommand(String java) {
        List<String> command = new ArrayList<>(List.of(java));
        Module module = EmulatorMain.class.getModule();
        String classPath = System.getProperty("java.class.path", "");
        if (module.isNamed()) {
            // Tests running on the module path: the emulator starts as the module it is, its other jars (a JSON-P
            // provider, say) being on the class path beside it.
            command.addAll(List.of("--module-path", System.getProperty("jdk.module.path")));
            if (!classPath.isEmpty()) {
                command.addAll(List.of("-cp", classPath));
            }
            command.addAll(List.of("-m", module.getName() + "/" + EmulatorMain.class.getName()));
        } else {
            command.addAll(List.of("-cp", classPath, EmulatorMain.class.getName()));
        }
        command.addAll(List.of("--port", "0"));
        return command;
    }

    private static PrintStream print(ByteArrayOutputStream into) {
        return new PrintStream(into, true, StandardCharsets.UTF_8);
    }
}
