package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The emulator driven as the official Java SDK drives TrackingMore v4 (v4 reference §1, [SDK-J] {@code RequestHelper}
 * and {@code JsonUtils}): base {@code .../v4}, headers {@code Tracking-Api-Key}, {@code Content-Type} and
 * {@code Accept} of {@code application/json}, JSON bodies, and query strings built by joining {@code key=value} pairs
 * without encoding, so an ISO time's {@code +} goes out raw. Every answer is parsed as the SDK parses it, whatever the
 * HTTP status: the envelope, keyed on {@code meta.code}.
 */
class EmulatorV4JavaSdkStyleTest extends SharedEmulatorTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = EmulatorExtension.withOptions(EmulatorOptions.builder().port(0).build());

    private static final String KEY = "sdk-api-key";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One call as the SDK makes it; the status and the parsed envelope. */
    private record Sdk(int status, JsonObject envelope) {
        int code() {
            return envelope.getJsonObject("meta").getInt("code");
        }
    }

    private Sdk call(String method, String pathAndQuery, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.v4BaseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Tracking-Api-Key", KEY)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        try (JsonReader r = Json.createReader(new StringReader(response.body()))) {
            return new Sdk(response.statusCode(), r.readObject());
        }
    }

    @Test
    void theJavaSdksNineCallsAsItSendsThem() throws Exception {
        // CreateTracking, with the README's body.
        Sdk created = call("POST", "/trackings/create", "{\"tracking_number\":\"9400111899562537624326\","
                + "\"courier_code\":\"usps\",\"order_number\":\"\",\"customer_name\":\"\",\"title\":\"\","
                + "\"language\":\"en\",\"note\":\"test Order\"}");
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.code()).isEqualTo(200);
        String id = created.envelope().getJsonObject("data").getString("id");

        // BatchCreateTrackings.
        Sdk batch = call("POST", "/trackings/batch", "[{\"tracking_number\":\"9400111899562537680047\","
                + "\"courier_code\":\"usps\"},{\"tracking_number\":\"9400111899562537680048\",\"courier_code\":\"usps\"}]");
        assertThat(batch.code()).isEqualTo(200);
        assertThat(batch.envelope().getJsonObject("data").getJsonArray("success")).hasSize(2);

        // GetTrackingResults: JsonUtils.convertToQueryString joins the values as they are, '+' and ',' included.
        Sdk listed = call("GET", "/trackings/get?tracking_numbers=9400111899562537624326,9400111899562537680047"
                + "&created_date_min=2000-01-01T00:00:00+00:00&pages_amount=1&items_amount=100", null);
        assertThat(listed.code()).isEqualTo(200);
        assertThat(listed.envelope().getJsonArray("data")).hasSize(2);
        Sdk none = call("GET", "/trackings/get?created_date_max=2000-01-01T00:00:00+00:00", null);
        assertThat(none.envelope().getJsonArray("data")).isEmpty();

        // UpdateTrackingByID, with the README's body.
        Sdk updated = call("PUT", "/trackings/update/" + id,
                "{\"customer_name\":\"New name\",\"note\":\"New test order note\"}");
        assertThat(updated.code()).isEqualTo(200);
        assertThat(updated.envelope().getJsonObject("data").getString("note")).isEqualTo("New test order note");

        // RetrackTrackingByID: not expired, so refused; the SDK reads the error stream as the same envelope.
        Sdk retrack = call("POST", "/trackings/retrack/" + id, null);
        assertThat(retrack.status()).isEqualTo(400);
        assertThat(retrack.code()).isEqualTo(4113);
        assertThat(retrack.envelope().getJsonObject("meta").getString("message"))
                .isEqualTo("Retrack is not allowed. You can only retrack an expired tracking.");

        // getAllCouriers and detect.
        assertThat(call("GET", "/couriers/all", null).envelope().getJsonArray("data")).isNotEmpty();
        Sdk detected = call("POST", "/couriers/detect", "{\"tracking_number\":\"9400111899562537624326\"}");
        assertThat(detected.envelope().getJsonArray("data").getJsonObject(0).getString("courier_code"))
                .isEqualTo("usps");

        // CreateAnAirWayBill with the README's waybill; the README reads getFlightInfo().get("TK0721").
        Sdk awb = call("POST", "/awb", "{\"awb_number\":\"235-69030430\"}");
        assertThat(awb.code()).isEqualTo(200);
        assertThat(awb.envelope().getJsonObject("data").getJsonObject("flight_info").getJsonObject("TK0721")
                .getString("depart_station")).isEqualTo("IST");

        // DeleteTrackingByID.
        Sdk deleted = call("DELETE", "/trackings/delete/" + id, null);
        assertThat(deleted.code()).isEqualTo(200);
        assertThat(deleted.envelope().getJsonObject("data").getString("id")).isEqualTo(id);
        assertThat(call("DELETE", "/trackings/delete/" + id, null).code()).isEqualTo(4102);
    }

    @Test
    void aWrongKeyIsReadAsTheSdkReadsEveryError() throws Exception {
        try (Emulator keyed = Emulator.start(EmulatorOptions.builder().port(0).apiKey("the-only-key").build())) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(keyed.v4BaseUrl()
                    + "/trackings/get")).header("Tracking-Api-Key", KEY).header("Accept", "application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).isEqualTo("{\"meta\":{\"code\":401,\"message\":\"Authentication failed. Please check"
                    + " your API key.\"}}");
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/json"));
        }
    }
}
