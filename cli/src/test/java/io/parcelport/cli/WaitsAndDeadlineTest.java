package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tool as a user runs it against TrackingMore: waits announced on stderr as they start, the {@code --deadline}
 * option, and the base URL from {@code TRACKINGMORE_BASE_URL}; no assertion depends on how long anything took.
 */
class WaitsAndDeadlineTest {

    private static final String KEY = "tm-waits-key-0123456789";

    private final Map<String, String> environment = new HashMap<>(Map.of("TRACKINGMORE_API_KEY", KEY));

    /** Runs as {@link ParcelportMain#main} does: the waits go to the same stderr as the messages. */
    private Cli.Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err);
        CliContext context = new CliContext(ParcelportMain.backends(environment::get, new WaitNotices(errWriter)),
                false, ParcelportMain.secrets(environment::get));
        int code = ParcelportMain.execute(context, new PrintWriter(out), errWriter, args);
        return new Cli.Result(code, out.toString(), err.toString());
    }

    @Test
    void everyRetryIsAnnouncedAndTheDeadlineEndsTheCall() {
        // Every request answered 429 with "Retry-After: 1": one retry fits in 1.5 s, the next would not.
        try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0)
                .rateLimited(1.0, Duration.ofSeconds(1)).build())) {
            environment.put("TRACKINGMORE_BASE_URL", emulator.baseUri().toString());

            Cli.Result r = run("--backend", "trackingmore", "--deadline", "1500ms", "account");

            assertThat(r.code()).isEqualTo(ExitCode.BACKEND_FAILURE);
            assertThat(Cli.lines(r.err())).anySatisfy(line -> assertThat(line)
                    .matches("rate limited by TrackingMore; retrying in [0-9.]+ s \\(attempt 2 of 3\\)"));
            assertThat(Cli.lines(r.err())).anySatisfy(line -> assertThat(line)
                    .startsWith("giving up rather than wait ").endsWith("(see --deadline)"));
            assertThat(r.err() + r.out()).doesNotContain(KEY);
        }
    }

    @Test
    void theBaseUrlComesFromTheEnvironmentAndTheOptionWinsOverIt() {
        try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).build())) {
            environment.put("TRACKINGMORE_BASE_URL", emulator.baseUri().toString());
            assertThat(run("--backend", "trackingmore", "account").code()).isZero();

            environment.put("TRACKINGMORE_BASE_URL", "ftp://127.0.0.1/v2");
            Cli.Result r = run("--base-url", emulator.baseUri().toString(), "account");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).isEmpty();
        }
    }

    @Test
    void aBaseUrlVariableThatWouldSendTheKeyInClearIsAUsageErrorNamingIt() {
        environment.put("TRACKINGMORE_BASE_URL", "http://tracking.example.com/v2");

        Cli.Result r = run("--backend", "trackingmore", "account");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.lines(r.err())).singleElement().asString()
                .contains("TRACKINGMORE_BASE_URL").contains("plain http to tracking.example.com");
        assertThat(r.err()).doesNotContain(KEY);
    }

    @Test
    void aBadDeadlineIsAUsageErrorNamingTheValue() {
        for (String bad : new String[] {"soon", "30", "0s", "-5s", "99999999999999h"}) {
            Cli.Result r = run("--backend", "trackingmore", "--deadline", bad, "account");

            assertThat(r.code()).as(bad).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).as(bad).contains("--deadline").contains("'" + bad + "'");
        }
    }

    @Test
    void aDeadlineForTheEmbeddedBackendIsAUsageError() {
        Cli.Result r = run("--deadline", "30s", "account");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--deadline applies to --backend trackingmore");
    }

    @Test
    void deadlinesReadAsANumberAndAUnitOrIso8601() {
        assertThat(Converters.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Converters.duration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Converters.duration("1.5m")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Converters.duration(" 2 h ")).isEqualTo(Duration.ofHours(2));
        assertThat(Converters.duration("PT30S")).isEqualTo(Duration.ofSeconds(30));
    }
}
