package io.parcelport.adapter.trackingmore;

import static io.parcelport.adapter.trackingmore.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.parcelport.domain.shipment.ShipmentKey;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/** The API key never shows: not in logs (at every level), messages, stack traces, toString() or thread names. */
class SecretsTest {

    @Test
    void aFailingCallLogsNothingThatContainsTheKey() {
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        List<String> logged = new ArrayList<>();
        Handler capture = capturing(logged);
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        Throwable failure;
        try (ReplayServer server = new ReplayServer()) {
            server.answerAlways(ReplayServer.Answer.ok("{\"meta\":{\"code\":4001,\"type\":\"Unauthorized\","
                    + "\"message\":\"Invalid API key " + API_KEY + "\"},\"data\":[]}"));
            server.answer(ReplayServer.Answer.json(500, "<html>" + API_KEY + "</html>"));
            FakeTime time = new FakeTime();
            try (TrackingMoreBackend backend = Fixtures.backend(server, time)) {
                failure = catchThrowable(() -> backend.shipments().find(ShipmentKey.of("ups", "1Z999AA10123456784")));
            }
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
            root.removeHandler(capture);
            root.setLevel(rootLevel);
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));

        assertThat(failure).isInstanceOf(io.parcelport.ports.UnauthorizedException.class);
        assertThat(trace.toString()).doesNotContain(API_KEY).contains("***");
        assertThat(String.join("\n", logged)).doesNotContain(API_KEY);
        assertThat(logged).isNotEmpty(); // the retry after the 500 was logged, so logging was really captured
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain(API_KEY);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().contains(API_KEY));
    }

    @Test
    void toStringsMaskTheKey() {
        TrackingMoreConfig config = TrackingMoreConfig.builder().apiKey(API_KEY).build();
        try (TrackingMoreBackend backend = TrackingMoreBackend.create(config)) {
            assertThat(config.toString()).doesNotContain(API_KEY).contains("apiKey=***");
            assertThat(backend.toString()).doesNotContain(API_KEY);
            assertThat(new ApiKeyFilter(API_KEY, "ua").toString()).doesNotContain(API_KEY);
        }
    }

    @Test
    void aRefusedKeyIsNotEchoed() {
        String bad = "secret-with-newline\r\nX-Injected: 1";
        assertThatThrownBy(() -> TrackingMoreConfig.builder().apiKey(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secret-with-newline");
    }

    @Test
    void raisingTheHttpClientsLogLevelsAfterTheBackendIsBuiltStillLogsNoKey() {
        List<String> logged = new ArrayList<>();
        Handler capture = capturing(logged);
        List<Logger> raised = new ArrayList<>();
        try (ReplayServer server = new ReplayServer()) {
            server.answerAlways(ReplayServer.Answer.ok(ShipmentTrackerEndpointsTest.listItemAsSingle()));
            try (TrackingMoreBackend backend = Fixtures.backend(server, new FakeTime())) {
                // What an application may do at run time, long after the backend exists.
                for (String name : List.of("org.apache.http", "org.apache.http.headers", "org.apache.http.wire",
                        "org.jboss.resteasy")) {
                    Logger logger = Logger.getLogger(name);
                    raised.add(logger);
                    logger.setLevel(Level.ALL);
                    logger.addHandler(capture);
                }
                backend.shipments().find(ShipmentKey.of("bestex", "3502339401241"));
                backend.shipments().find(ShipmentKey.of("bestex", "3502339401241"));
            }
        } finally {
            for (Logger logger : raised) {
                logger.removeHandler(capture);
                logger.setLevel(null);
            }
        }

        assertThat(String.join("\n", logged)).doesNotContain(API_KEY);
    }

    // Every record, formatted as a console handler would print it, so a key in a parameter or a stack trace shows too.
    private static Handler capturing(List<String> logged) {
        SimpleFormatter formatter = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        return capture;
    }
}
