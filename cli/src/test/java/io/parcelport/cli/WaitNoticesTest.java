package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.parcelport.pacing.PacingEvent;
import io.parcelport.pacing.PacingEvent.Kind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class WaitNoticesTest {
    private final StringWriter err = new StringWriter();
    private final WaitNotices notices = new WaitNotices(new PrintWriter(err));

    private static PacingEvent event(Kind kind, String cause, Duration delay) {
        return new PacingEvent("ShipmentTracker.find", 2, 3, kind, cause, delay);
    }

    @Test
    void aRetryAfterA429IsOneLineNamingTheWaitAndTheAttempt() {
        notices.onEvent(event(Kind.RETRY, "RateLimitedException, HTTP 429", Duration.ofSeconds(120)));

        assertThat(err).hasToString("rate limited by TrackingMore; retrying in 120 s (attempt 2 of 3)"
                + System.lineSeparator());
    }

    @Test
    void aCoolDownAServerErrorAndALongRateLimitWaitSayWhyTheyWait() {
        notices.onEvent(event(Kind.COOL_DOWN_WAIT, "cool-down", Duration.ofMillis(117_200)));
        notices.onEvent(event(Kind.RETRY, "BackendUnavailableException, HTTP 500", Duration.ofMillis(1500)));
        notices.onEvent(event(Kind.RATE_LIMIT_WAIT, "client rate limit", Duration.ofSeconds(1)));

        assertThat(err.toString().lines()).containsExactly(
                "cooling down 118 s after TrackingMore's 429 (attempt 2 of 3)",
                "TrackingMore failed (BackendUnavailableException, HTTP 500); retrying in 1.5 s (attempt 2 of 3)",
                "waiting 1.0 s for the client-side rate limit");
    }

    @Test
    void shortRetriesPrintToo() {
        notices.onEvent(event(Kind.RETRY, "TransportException", Duration.ofMillis(250)));

        assertThat(err.toString().lines()).containsExactly(
                "TrackingMore failed (TransportException); retrying in 0.3 s (attempt 2 of 3)");
    }

    @Test
    void shortRateLimitWaitsAreSummarisedOnceTheyAddUpToASecond() {
        for (int i = 0; i < 3; i++) {
            notices.onEvent(event(Kind.RATE_LIMIT_WAIT, "client rate limit", Duration.ofMillis(300)));
        }
        assertThat(err.toString()).isEmpty();

        notices.onEvent(event(Kind.RATE_LIMIT_WAIT, "client rate limit", Duration.ofMillis(300)));
        notices.onEvent(event(Kind.RATE_LIMIT_WAIT, "client rate limit", Duration.ofMillis(300)));

        assertThat(err.toString().lines()).containsExactly(
                "waiting 0.3 s for the client-side rate limit (1.2 s in short waits since the last notice)");
    }

    @Test
    void givingUpPrintsOnlyAWaitItRefused() {
        notices.onEvent(event(Kind.GIVING_UP, "RateLimitedException, HTTP 429", Duration.ZERO));
        notices.onEvent(event(Kind.GIVING_UP, "RateLimitedException, HTTP 429", Duration.ofSeconds(120)));

        assertThat(err.toString().lines()).containsExactly(
                "giving up rather than wait 120 s more: longer than this call may wait (see --deadline)");
    }

    @Test
    void theTrackingMoreBackendOfTheToolReportsItsRetriesToTheListener() throws IOException {
        // A TrackingMore that always answers 429 with "Retry-After: 0", so that the retries cost no real time.
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"meta\":{\"code\":429}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Retry-After", "0");
            exchange.sendResponseHeaders(429, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        List<PacingEvent> heard = new CopyOnWriteArrayList<>();
        try {
            Map<String, String> environment = Map.of("TRACKINGMORE_API_KEY", "cli-test-key");
            CliContext context = new CliContext(ParcelportMain.backends(environment::get, heard::add), false,
                    ParcelportMain.secrets(environment::get));
            StringWriter out = new StringWriter();
            int code = ParcelportMain.execute(context, new PrintWriter(out), new PrintWriter(err),
                    "--base-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/v2", "account");

            assertThat(code).isNotZero();
        } finally {
            server.stop(0);
        }

        assertThat(heard).extracting(PacingEvent::kind).containsExactly(Kind.RETRY, Kind.RETRY, Kind.GIVING_UP);
        assertThat(heard).allSatisfy(e -> assertThat(e.cause()).isEqualTo("RateLimitedException, HTTP 429"));
        assertThat(err.toString()).doesNotContain("cli-test-key");
    }
}
