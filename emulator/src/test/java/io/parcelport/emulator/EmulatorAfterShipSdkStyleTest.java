package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests shaped as the official 2025-07 Node SDK sends them (reference §1): its four headers, the optional AES
 * signature with its {@code date}, query parameters sorted by key with RFC 3986 escaping, and no body on the calls
 * that have none.
 */
class EmulatorAfterShipSdkStyleTest {
    private static Emulator emulator;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        emulator = Emulator.start(EmulatorOptions.builder().port(0).build());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static HttpRequest.Builder sdk(String pathAndQuery) {
        // The SDK's domain is the server's root; it adds the versioned prefix itself.
        String domain = "http://127.0.0.1:" + emulator.port();
        return HttpRequest.newBuilder(URI.create(domain + "/tracking/2025-07" + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("as-api-key", "sdk-key")
                .header("Content-Type", "application/json")
                .header("User-Agent", AfterShipClient.USER_AGENT)
                .header("aftership-client", AfterShipClient.USER_AGENT);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signedCreateThenSortedEscapedListThenBodilessCalls() throws Exception {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        HttpResponse<String> created = send(sdk("/trackings")
                .header("date", date)
                .header("as-signature-hmac-sha256", "c2lnbmF0dXJlLW5vdC1jaGVja2Vk")
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"usps\",\"tracking_number\":\"PK00000000001\","
                        + "\"title\":\"A & B\"}")).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("as-api-version")).contains("2025-07");
        String id = EmulatorAfterShipEndpointsTest.jsonOf(created.body()).getJsonObject("data").getString("id");

        HttpResponse<String> listed = send(sdk("/trackings?created_at_min=2000-01-01T00%3A00%3A00%2B00%3A00"
                + "&fields=slug%2Ctracking_number%2Ctitle&limit=10&tracking_numbers=PK00000000001%2CPK00000000002")
                .GET().build());
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        var data = EmulatorAfterShipEndpointsTest.jsonOf(listed.body()).getJsonObject("data");
        assertThat(data.getJsonObject("pagination").getInt("total")).isEqualTo(1);
        assertThat(data.getJsonArray("trackings").getJsonObject(0).getString("title")).isEqualTo("A & B");

        HttpResponse<String> retrack = send(sdk("/trackings/" + id + "/retrack")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(retrack.statusCode()).as(retrack.body()).isEqualTo(400);
        assertThat(EmulatorAfterShipEndpointsTest.jsonOf(retrack.body()).getJsonObject("meta").getInt("code"))
                .isEqualTo(4013);

        HttpResponse<String> emptyUpdate = send(sdk("/trackings/" + id)
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(emptyUpdate.statusCode()).isEqualTo(200);

        HttpResponse<String> deleted = send(sdk("/trackings/" + id).DELETE().build());
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(EmulatorAfterShipEndpointsTest.jsonOf(deleted.body()).getJsonObject("data").getString("id"))
                .isEqualTo(id);
    }

    @Test
    void couriersWithTheSdksBooleanQuery() throws Exception {
        HttpResponse<String> r = send(sdk("/couriers?active=true&slug=ups%2Cfedex").GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        var data = EmulatorAfterShipEndpointsTest.jsonOf(r.body()).getJsonObject("data");
        assertThat(data.getInt("total")).isEqualTo(2);
    }
}
