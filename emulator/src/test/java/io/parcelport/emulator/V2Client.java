package io.parcelport.emulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A plain JDK HTTP client for the emulator's tests: raw requests, answers as status, headers and JSON. */
final class V2Client {
    static final String KEY = "test-key";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String key;

    V2Client(Emulator emulator) {
        this(emulator.baseUri(), KEY);
    }

    V2Client(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    V2Client withKey(String otherKey) {
        return new V2Client(base, otherKey);
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
                .header("Content-Type", "application/json");
        if (key != null) {
            b.header("Trackingmore-Api-Key", key);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Retry-After"), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * One answer.
     *
     * @param status the HTTP status
     * @param retryAfter the Retry-After header
     * @param body the raw body
     */
    record Reply(int status, Optional<String> retryAfter, String body) {
        JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }

        int meta() {
            return json().getJsonObject("meta").getInt("code");
        }

        JsonValue data() {
            return json().get("data");
        }

        JsonObject dataObject() {
            return json().getJsonObject("data");
        }
    }
}
