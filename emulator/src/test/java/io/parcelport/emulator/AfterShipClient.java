package io.parcelport.emulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A plain JDK HTTP client for the AfterShip face's tests, sending what the official 2025-07 Node SDK sends
 * (reference §1): {@code as-api-key}, {@code Content-Type: application/json}, its {@code User-Agent} and the same
 * text in {@code aftership-client}; paths and query strings exactly as given.
 */
final class AfterShipClient {
    static final String KEY = "as-test-key";
    static final String USER_AGENT = "tracking-sdk-nodejs/15.0.1 (https://www.aftership.com) axios/1.7.2";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String key;

    AfterShipClient(Emulator emulator) {
        this(emulator.afterShipBaseUrl(), KEY);
    }

    AfterShipClient(String base, String key) {
        this.base = base;
        this.key = key;
    }

    AfterShipClient withKey(String otherKey) {
        return new AfterShipClient(base, otherKey);
    }

    /** One answer: status, headers, and the body as text and (when it is JSON) as an object. */
    record Reply(int status, HttpHeaders headers, String body) {
        JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }

        JsonObject meta() {
            return json().getJsonObject("meta");
        }

        int code() {
            return meta().getInt("code");
        }

        JsonObject data() {
            return json().getJsonObject("data");
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, String body) {
        return send("POST", path, body);
    }

    Reply put(String path, String body) {
        return send("PUT", path, body);
    }

    Reply patch(String path, String body) {
        return send("PATCH", path, body);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    Reply send(String method, String path, String body) {
        try {
            return sendOrFail(method, path, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #send} but lets transport failures through, for the fault tests. */
    Reply sendOrFail(String method, String path, String body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("aftership-client", USER_AGENT);
        if (key != null) {
            b.header("as-api-key", key);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
