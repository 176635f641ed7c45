package io.parcelport.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain JDK HTTP client for the v4 face's tests, sending what the official SDKs send: {@code Tracking-Api-Key},
 * {@code Content-Type} and {@code Accept} of {@code application/json}; paths and query strings exactly as given.
 */
final class V4Client {
    static final String KEY = "test-key";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String key;

    V4Client(Emulator emulator) {
        this(emulator.v4BaseUrl(), KEY);
    }

    V4Client(String base, String key) {
        this.base = base;
        this.key = key;
    }

    V4Client withKey(String otherKey) {
        return new V4Client(base, otherKey);
    }

    V2Client.Reply get(String path) {
        return send("GET", path, null);
    }

    V2Client.Reply post(String path, String body) {
        return send("POST", path, body);
    }

    V2Client.Reply put(String path, String body) {
        return send("PUT", path, body);
    }

    V2Client.Reply delete(String path) {
        return send("DELETE", path, null);
    }

    V2Client.Reply send(String method, String path, String body) {
        try {
            return sendOrFail(method, path, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #send} but lets transport failures through, for the fault tests. */
    V2Client.Reply sendOrFail(String method, String path, String body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (key != null) {
            b.header("Tracking-Api-Key", key);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new V2Client.Reply(r.statusCode(), r.headers().firstValue("Retry-After"), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
