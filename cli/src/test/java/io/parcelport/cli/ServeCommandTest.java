package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code parcelport serve}: an emulator on a free loopback port that answers v2 and v4 envelopes until stopped, its
 * v2 base URL alone on the first line of output and its v4 base URL on the second.
 */
class ServeCommandTest {
    private static final Pattern BASE_URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/v2");

    @Test
    void servesV2AndV4OnAFreePortPrintsBothUrlsAndFreesThePortWhenStopped() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        CliContext context = new CliContext(ParcelportMain.backends(name -> null), false,
                ParcelportMain.secrets(name -> null));
        Thread serving = new Thread(() -> exit.set(ParcelportMain.execute(context, new PrintWriter(out, true),
                new PrintWriter(err, true), "serve", "--port", "0")), "serve-under-test");
        serving.start();

        String baseUrl = awaitBaseUrl(out);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/trackings/get"))
                .header("Trackingmore-Api-Key", "KEY").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).startsWith("{\"meta\":{\"code\":200").contains("\"total\":\"0\"");
        assertThat(err.toString()).contains("emulator ready in");
        String v4Url = baseUrl.substring(0, baseUrl.length() - "/v2".length()) + "/v4";
        assertThat(Cli.lines(out.toString())).startsWith(baseUrl, v4Url);
        HttpResponse<String> v4 = http.send(HttpRequest.newBuilder(URI.create(v4Url + "/trackings/get"))
                .header("Tracking-Api-Key", "KEY").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(v4.statusCode()).isEqualTo(200);
        assertThat(v4.body()).isEqualTo("{\"meta\":{\"code\":200,\"message\":\"Request response is successful\"},"
                + "\"data\":[]}");

        serving.interrupt();
        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/trackings/get"))
                .header("Trackingmore-Api-Key", "KEY").GET().build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void aBadEmulatorOptionIsAUsageError() {
        Cli.Result r = new Cli().run("serve", "--port", "0", "--fail-500", "2");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.lines(r.err())).singleElement().asString().startsWith("parcelport serve: ");
        assertThat(r.out()).isEmpty();
    }

    private static String awaitBaseUrl(StringWriter out) throws InterruptedException {
        // Polls the captured output: the command prints the URL once the server listens (a few ms, far less than
        // this bound, which only guards against a hang).
        for (int i = 0; i < 200; i++) {
            Matcher m = BASE_URL.matcher(out.toString());
            if (m.find()) {
                return m.group();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no base URL; output: " + out);
    }
}
