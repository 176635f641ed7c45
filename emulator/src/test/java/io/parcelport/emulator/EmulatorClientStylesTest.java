package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests written the way real v2 clients in several languages send them (issue 11), over real HTTP: the body is
 * read as JSON whatever the Content-Type says (PHP's curl with a JSON string in POSTFIELDS labels it
 * {@code application/x-www-form-urlencoded}; some clients send none, or {@code text/plain}, or a charset), numbers may
 * come as strings, a list may come as a GET with a body or a POST with only a query string.
 *
 * <p>Form-encoded {@code key=value} bodies: neither the official PHP SDK nor TrackingMore's example classes send them
 * (both {@code json_encode} their parameters; reference §1 "Request bodies are JSON", and v2's FAQ answers a 4015 with
 * "check if the parameter passing use json format"), so the emulator does not read them: they are malformed (4012).
 */
class EmulatorClientStylesTest extends SharedEmulatorTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = EmulatorExtension.withOptions(EmulatorOptions.builder().port(0).build());

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private JsonObject send(String method, String path, String body, Optional<String> contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.baseUri() + path))
                .timeout(Duration.ofSeconds(10)).header("Trackingmore-Api-Key", V2Client.KEY)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        contentType.ifPresent(t -> b.header("Content-Type", t));
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(200);
            return Json.createReader(new StringReader(r.body())).readObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int meta(JsonObject answer) {
        return answer.getJsonObject("meta").getInt("code");
    }

    private static String create(String number) {
        return "{\"tracking_number\":\"" + number + "\",\"carrier_code\":\"usps\",\"title\":\"Tasse à café ☕\"}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "text/plain", "application/json; charset=utf-8",
            "application/json;charset=UTF-8", "APPLICATION/JSON", "none"})
    void aJsonBodyIsReadWhateverTheContentTypeSays(String contentType) {
        Optional<String> header = contentType.equals("none") ? Optional.empty() : Optional.of(contentType);

        JsonObject created = send("POST", "/trackings/post", create("PK00000000001"), header);

        assertThat(meta(created)).isEqualTo(200);
        assertThat(created.getJsonObject("data").getString("title")).isEqualTo("Tasse à café ☕");
        JsonObject listed = send("POST", "/trackings/get", "{\"numbers\":\"PK00000000001\"}", header);
        assertThat(listed.getJsonObject("data").getString("total")).isEqualTo("1");
    }

    @Test
    void aFormEncodedBodyIsNotReadAsParameters() {
        JsonObject answer = send("POST", "/trackings/post", "tracking_number=PK00000000001&carrier_code=usps",
                Optional.of("application/x-www-form-urlencoded"));

        assertThat(meta(answer)).isEqualTo(4012);
        assertThat(answer.get("data").toString()).isEqualTo("[]");
    }

    @Test
    void numbersMayComeAsStrings() {
        send("POST", "/trackings/post", create("PK00000000001"), Optional.of("application/json"));
        send("POST", "/trackings/post", create("PK00000000002"), Optional.of("application/json"));

        JsonObject put = send("PUT", "/trackings/usps/PK00000000001", "{\"status\":\"7\",\"archived\":\"true\"}",
                Optional.of("application/json"));
        assertThat(meta(put)).isEqualTo(200);
        assertThat(put.getJsonObject("data").getString("status")).isEqualTo("exception");
        assertThat(put.getJsonObject("data").getBoolean("archived")).isTrue();

        JsonObject page = send("POST", "/trackings/get", "{\"page\":\"2\",\"limit\":\"1\"}", Optional.empty());
        assertThat(page.getJsonObject("data").getInt("page")).isEqualTo(2);
        assertThat(page.getJsonObject("data").getInt("limit")).isEqualTo(1);
        assertThat(page.getJsonObject("data").getJsonArray("items")).hasSize(1);

        JsonObject pinned = send("POST", "/trackings/post", "{\"tracking_number\":\"PK00000000003\","
                + "\"carrier_code\":\"usps\",\"auto_correct\":\"1\"}", Optional.empty());
        assertThat(meta(pinned)).isEqualTo(200);
        JsonObject more = send("POST", "/trackings/updatemore", "[{\"tracking_number\":\"PK00000000002\","
                + "\"carrier_code\":\"usps\",\"status\":\"4\"}]", Optional.empty());
        assertThat(more.getJsonObject("data").getJsonArray("trackings").getJsonObject(0).getString("status"))
                .isEqualTo("delivered");
    }

    @Test
    void aListMayComeAsAGetWithAJsonBodyOrAPostWithOnlyAQueryString() {
        send("POST", "/trackings/post", create("PK00000000001"), Optional.empty());
        send("POST", "/trackings/post", create("PK00000000002"), Optional.empty());

        JsonObject getWithBody = send("GET", "/trackings/get", "{\"numbers\":\"PK00000000002\"}",
                Optional.of("application/json"));
        assertThat(getWithBody.getJsonObject("data").getString("total")).isEqualTo("1");

        JsonObject postWithQuery = send("POST", "/trackings/get?numbers=PK00000000001&limit=5", "",
                Optional.of("application/x-www-form-urlencoded"));
        assertThat(postWithQuery.getJsonObject("data").getString("total")).isEqualTo("1");
        assertThat(postWithQuery.getJsonObject("data").getInt("limit")).isEqualTo(5);

        JsonObject emptyFilters = send("POST", "/trackings/get?numbers=&created_at_min=&page=1", null,
                Optional.empty());
        assertThat(emptyFilters.getJsonObject("data").getString("total")).isEqualTo("2");

        JsonObject detect = send("GET", "/carriers/detect", "{\"tracking_number\":\"RN123456789CN\"}",
                Optional.empty());
        assertThat(detect.getJsonArray("data").getJsonObject(0).getString("code")).isEqualTo("china-post");
    }

    @Test
    void javasHttpUrlConnectionTurningAGetIntoAPostIsAnsweredAsTheList() throws IOException {
        send("POST", "/trackings/post", create("PK00000000001"), Optional.empty());
        HttpURLConnection c = (HttpURLConnection) URI.create(emulator.baseUri() + "/trackings/get?page=1&limit=10")
                .toURL().openConnection();
        c.setRequestMethod("GET");
        c.setRequestProperty("Trackingmore-Api-Key", V2Client.KEY);
        c.setRequestProperty("Content-Type", "application/json");
        c.setDoOutput(true); // what makes HttpURLConnection send a POST
        c.setConnectTimeout(5000);
        c.setReadTimeout(10000);
        try (OutputStream out = c.getOutputStream()) {
            out.flush();
        }
        assertThat(c.getResponseCode()).isEqualTo(200);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = c.getInputStream()) {
            in.transferTo(body);
        }
        JsonObject answer = Json.createReader(new StringReader(body.toString(StandardCharsets.UTF_8))).readObject();
        assertThat(answer.getJsonObject("data").getString("total")).isEqualTo("1");
        assertThat(answer.getJsonObject("data").getInt("limit")).isEqualTo(10);
    }

    @Test
    void aDetectionWithAStringNumberStyleBodyAndACharsetAnswers() {
        JsonObject detect = send("POST", "/carriers/detect", "{\"tracking_number\":\"1Z999AA10123456784\"}",
                Optional.of("application/json; charset=UTF-8"));

        assertThat(detect.getJsonArray("data").getJsonObject(0).getString("code")).isEqualTo("ups");
    }
}
