package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.wire.aftership.TrackingObject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every AfterShip 2025-07 endpoint of the emulator: status, envelope, fields and headers (reference §2, §3, §7). */
class EmulatorAfterShipEndpointsTest {
    private static Emulator emulator;
    private static AfterShipClient client;

    @BeforeAll
    static void start() {
        emulator = Emulator.start(EmulatorOptions.builder().port(0).build());
        client = new AfterShipClient(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.reset();
    }

    static String sample(String name) throws IOException {
        try (var in = EmulatorAfterShipEndpointsTest.class.getResourceAsStream("/samples-aftership/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonObject create(String number, String slug) {
        AfterShipClient.Reply r = client.post("/trackings",
                "{\"tracking_number\":\"" + number + "\",\"slug\":\"" + slug + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.data();
    }

    @Test
    void baseUrlIsTheVersionedPathOnTheSamePort() {
        assertThat(emulator.afterShipBaseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port() + "/tracking/2025-07");
        assertThat(emulator.afterShipBaseUri().getPath()).isEqualTo("/tracking/2025-07");
    }

    @Test
    void createAnswersTheWholeTrackingObjectWithTheSdkSampleFieldsEchoed() throws IOException {
        AfterShipClient.Reply r = client.post("/trackings", sample("create_tracking.request.sdk-2025-01-test-ts.json"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.code()).isEqualTo(201);
        assertThat(r.meta().containsKey("message")).isFalse();
        assertThat(r.header("as-api-version")).contains("2025-07");
        JsonObject t = r.data();
        assertThat(t.keySet()).containsExactlyElementsOf(TrackingObject.FIELDS);
        assertThat(t.getString("id")).matches("[0-9a-f]{32}");
        assertThat(t.getString("tracking_number")).isEqualTo("1ZK7898C1317272039");
        assertThat(t.getString("slug")).isEqualTo("ups");
        assertThat(t.getString("title")).isEqualTo("Title Name");
        assertThat(t.getString("order_id")).isEqualTo("ID 1234");
        assertThat(t.getString("order_id_path")).isEqualTo("http://www.aftership.com/order_id=1234");
        assertThat(t.getJsonObject("custom_fields").getString("product_name")).isEqualTo("iPhone Case");
        assertThat(t.getString("tag")).isEqualTo("Pending");
        assertThat(t.getBoolean("active")).isTrue();
        assertThat(t.getString("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
        assertThat(t.getString("updated_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
        assertThat(t.getJsonArray("checkpoints")).isNotNull();
        assertThat(t.getJsonArray("customers")).isEmpty();
        assertThat(t.getString("source")).isEqualTo("api");
        assertThat(t.getJsonObject("first_mile").getString("slug")).isEqualTo("ups");
        assertThat(t.get("last_mile")).isEqualTo(JsonValue.NULL);
        assertThat(t.getBoolean("return_to_sender")).isFalse();
        assertThat(t.getInt("failed_delivery_attempts")).isZero();
    }

    @Test
    void createKeepsCustomersAndCountriesAsSentInAlpha3() {
        AfterShipClient.Reply r = client.post("/trackings", "{\"tracking_number\":\"PPTRANSIT0001\",\"slug\":\"usps\","
                + "\"destination_country_region\":\"USA\",\"origin_country_region\":\"CHN\",\"note\":\"n\","
                + "\"order_number\":\"#1001\",\"shipment_tags\":[\"vip\"],\"customers\":[{\"role\":\"buyer\","
                + "\"name\":\"Ann\",\"email\":\"ann@example.com\",\"phone_number\":\"+15550100\"}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonObject t = r.data();
        assertThat(t.getString("destination_country_region")).isEqualTo("USA");
        assertThat(t.getString("courier_destination_country_region")).isEqualTo("USA");
        assertThat(t.getString("origin_country_region")).isEqualTo("CHN");
        assertThat(t.getString("note")).isEqualTo("n");
        assertThat(t.getString("order_number")).isEqualTo("#1001");
        assertThat(t.getJsonArray("shipment_tags").getString(0)).isEqualTo("vip");
        JsonObject c = t.getJsonArray("customers").getJsonObject(0);
        assertThat(c.getString("name")).isEqualTo("Ann");
        assertThat(c.getString("email")).isEqualTo("ann@example.com");
        assertThat(c.getString("role")).isEqualTo("buyer");
    }

    @Test
    void createWithoutSlugDetectsTheCourier() {
        AfterShipClient.Reply r = client.post("/trackings", "{\"tracking_number\":\"1ZK7898C1317272039\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.data().getString("slug")).isEqualTo("ups");
    }

    @Test
    void createWithAChosenIdIsAddressedByIt() {
        AfterShipClient.Reply r = client.post("/trackings",
                "{\"id\":\"my-order_42\",\"tracking_number\":\"PPTRANSIT0002\",\"slug\":\"usps\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.data().getString("id")).isEqualTo("my-order_42");
        assertThat(client.get("/trackings/my-order_42").data().getString("tracking_number"))
                .isEqualTo("PPTRANSIT0002");
        String backendId = new V4Client(emulator).get("/trackings/get?tracking_numbers=PPTRANSIT0002").data()
                .asJsonArray().getJsonObject(0).getString("id");
        assertThat(backendId).matches("[0-9a-f]{32}");
        assertThat(client.get("/trackings/" + backendId).data().getString("id")).isEqualTo("my-order_42");
        AfterShipClient.Reply again = client.post("/trackings",
                "{\"id\":\"my-order_42\",\"tracking_number\":\"PPTRANSIT0003\",\"slug\":\"usps\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.code()).isEqualTo(4015);
    }

    @Test
    void createRefusalsCarryAfterShipCodes() {
        create("PPTRANSIT0004", "usps");
        assertError(client.post("/trackings", "{\"tracking_number\":\"PPTRANSIT0004\",\"slug\":\"usps\"}"), 400, 4003,
                "BadRequest");
        assertError(client.post("/trackings", "{\"slug\":\"usps\"}"), 400, 4007, "BadRequest");
        assertError(client.post("/trackings", "{\"tracking_number\":\"AB\",\"slug\":\"usps\"}"), 400, 4005,
                "BadRequest");
        assertError(client.post("/trackings", "{\"tracking_number\":\"PPTRANSIT0005\",\"slug\":\"no-such-courier\"}"),
                400, 4010, "BadRequest");
        assertError(client.post("/trackings", "{\"tracking_number\":\"ZZZZ\"}"), 400, 4012, "BadRequest");
        assertError(client.post("/trackings", "{not json"), 400, 4001, "BadRequest");
        assertError(client.post("/trackings", ""), 400, 4001, "BadRequest");
    }

    static void assertError(AfterShipClient.Reply r, int status, int code, String type) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.code()).as(r.body()).isEqualTo(code);
        assertThat(r.meta().getString("type")).isEqualTo(type);
        assertThat(r.meta().getString("message")).isNotBlank();
        assertThat(r.data()).isEmpty();
        assertThat(r.header("as-api-version")).contains("2025-07");
    }

    @Test
    void missingOrUnknownKeyIsTheOfficial401Body() throws IOException {
        AfterShipClient.Reply missing = client.withKey(null).get("/trackings");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.json()).isEqualTo(jsonOf(sample("error.401.legacy-sdk-java-fixture.json")));
        try (Emulator keyed = Emulator.start(EmulatorOptions.builder().port(0).apiKey("good")
                .build())) {
            AfterShipClient.Reply wrong = new AfterShipClient(keyed.afterShipBaseUrl(), "bad").get("/couriers");
            assertError(wrong, 401, 401, "Unauthorized");
            assertThat(new AfterShipClient(keyed.afterShipBaseUrl(), "good").get("/couriers").status())
                    .isEqualTo(200);
        }
    }

    static JsonObject jsonOf(String text) {
        try (var r = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            return r.readObject();
        }
    }

    @Test
    void unknownPathsWrongMethodsAndOtherVersionsAre404() {
        assertError(client.get("/nothing-here"), 404, 404, "NotFound");
        assertError(client.send("PATCH", "/trackings", "{}"), 404, 404, "NotFound");
        assertError(new AfterShipClient(emulator.afterShipBaseUrl().replace("2025-07", "2025-01"),
                AfterShipClient.KEY).get("/trackings"), 404, 404, "NotFound");
    }

    @Test
    void getByIdAnswersTheTrackingAndProjectsFields() {
        String id = create("PPTRANSIT0006", "usps").getString("id");
        AfterShipClient.Reply r = client.get("/trackings/" + id);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.data().getString("id")).isEqualTo(id);
        assertThat(r.data().keySet()).containsExactlyElementsOf(TrackingObject.FIELDS);
        JsonObject projected = client.get("/trackings/" + id + "?fields=slug,tracking_number&lang=en").data();
        assertThat(projected.keySet()).containsExactlyInAnyOrder("id", "slug", "tracking_number");
    }

    @Test
    void unknownAndMalformedIds() {
        assertError(client.get("/trackings/0123456789abcdef0123456789abcdef"), 404, 4004, "NotFound");
        assertError(client.get("/trackings/bad%20id!"), 400, 4015, "BadRequest");
        assertError(client.put("/trackings/0123456789abcdef0123456789abcdef", "{}"), 404, 4004, "NotFound");
        assertError(client.delete("/trackings/0123456789abcdef0123456789abcdef"), 404, 4004, "NotFound");
        assertError(client.post("/trackings/0123456789abcdef0123456789abcdef/retrack", null), 404, 4004, "NotFound");
    }

    @Test
    void updateChangesDetailsAndKeepsTheIdWhenTheCourierChanges() {
        String id = create("PPTRANSIT0007", "usps").getString("id");
        AfterShipClient.Reply r = client.put("/trackings/" + id, "{\"title\":\"New\",\"note\":\"hello\","
                + "\"order_number\":\"X-1\",\"custom_fields\":{\"a\":\"b\"}}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.data().getString("title")).isEqualTo("New");
        assertThat(r.data().getString("note")).isEqualTo("hello");
        assertThat(r.data().getString("order_number")).isEqualTo("X-1");
        assertThat(r.data().getJsonObject("custom_fields").getString("a")).isEqualTo("b");
        AfterShipClient.Reply moved = client.put("/trackings/" + id, "{\"slug\":\"fedex\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.data().getString("slug")).isEqualTo("fedex");
        assertThat(moved.data().getString("id")).isEqualTo(id);
        assertThat(client.get("/trackings/" + id).data().getString("slug")).isEqualTo("fedex");
        assertError(client.put("/trackings/" + id, "{\"slug\":\"no-such-courier\"}"), 400, 4010, "BadRequest");
    }

    @Test
    void deleteAnswersTheTrackingAsItWasThenItIsGone() {
        String id = create("PPTRANSIT0008", "usps").getString("id");
        AfterShipClient.Reply r = client.delete("/trackings/" + id);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().getString("id")).isEqualTo(id);
        assertThat(r.data().keySet()).containsExactlyElementsOf(TrackingObject.FIELDS);
        assertError(client.get("/trackings/" + id), 404, 4004, "NotFound");
    }

    @Test
    void markAsCompletedSetsTheDocumentedTagsAndRetrackIsOnceForInactiveTrackings() {
        String id = create("PPTRANSIT0009", "usps").getString("id");
        assertError(client.post("/trackings/" + id + "/retrack", null), 400, 4013, "BadRequest");
        AfterShipClient.Reply done = client.post("/trackings/" + id + "/mark-as-completed",
                "{\"reason\":\"RETURNED_TO_SENDER\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.data().getString("tag")).isEqualTo("Exception");
        assertThat(done.data().getString("subtag")).isEqualTo("Exception_011");
        assertThat(done.data().getBoolean("return_to_sender")).isTrue();
        JsonObject last = done.data().getJsonArray("checkpoints").getJsonObject(
                done.data().getJsonArray("checkpoints").size() - 1);
        assertThat(last.getString("source")).isEqualTo("user");
        assertThat(last.keySet()).containsExactlyElementsOf(TrackingObject.CHECKPOINT_FIELDS);

        String other = create("PPTRANSIT0010", "usps").getString("id");
        JsonObject lost = client.post("/trackings/" + other + "/mark-as-completed", "{\"reason\":\"LOST\"}").data();
        assertThat(lost.getString("subtag")).isEqualTo("Exception_013");
        JsonObject delivered = client.post("/trackings/" + other + "/mark-as-completed",
                "{\"reason\":\"DELIVERED\"}").data();
        assertThat(delivered.getString("tag")).isEqualTo("Delivered");
        assertThat(delivered.getString("subtag")).isEqualTo("Delivered_001");
        assertError(client.post("/trackings/" + other + "/mark-as-completed", "{\"reason\":\"EATEN\"}"), 400, 4008,
                "BadRequest");
        assertError(client.post("/trackings/" + other + "/mark-as-completed", "{}"), 400, 4009, "BadRequest");

        AfterShipClient.Reply retracked = client.post("/trackings/" + id + "/retrack", null);
        assertThat(retracked.status()).as(retracked.body()).isEqualTo(200);
        assertThat(retracked.data().getBoolean("active")).isTrue();
        assertThat(retracked.data().getString("tag")).isNotEqualTo("Exception");
        client.post("/trackings/" + id + "/mark-as-completed", "{\"reason\":\"LOST\"}");
        assertError(client.post("/trackings/" + id + "/retrack", null), 400, 4016, "BadRequest");
    }

    @Test
    void listPagesWithCursorsToTheEnd() {
        for (int i = 0; i < 7; i++) {
            create("PPTRANSIT01" + (10 + i), "usps");
        }
        Set<String> seen = new HashSet<>();
        String path = "/trackings?limit=3";
        int pages = 0;
        while (true) {
            AfterShipClient.Reply r = client.get(path);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonObject pagination = r.data().getJsonObject("pagination");
            assertThat(pagination.getInt("total")).isEqualTo(7);
            r.data().getJsonArray("trackings").forEach(t -> seen.add(t.asJsonObject().getString("id")));
            pages++;
            if (!pagination.getBoolean("has_next_page")) {
                assertThat(pagination.get("next_cursor")).isEqualTo(JsonValue.NULL);
                break;
            }
            path = "/trackings?limit=3&cursor=" + pagination.getString("next_cursor");
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7);
    }

    @Test
    void listFilters() {
        create("PPTRANSIT0201", "usps");
        create("PPTRANSIT0202", "fedex");
        client.post("/trackings", "{\"tracking_number\":\"PPTRANSIT0203\",\"slug\":\"usps\",\"title\":\"Blue shoes\","
                + "\"order_id\":\"O-9\"}");
        assertThat(numbers("/trackings?slug=fedex")).containsExactly("PPTRANSIT0202");
        assertThat(numbers("/trackings?tracking_numbers=PPTRANSIT0201,PPTRANSIT0203"))
                .containsExactlyInAnyOrder("PPTRANSIT0201", "PPTRANSIT0203");
        assertThat(numbers("/trackings?keyword=shoes")).containsExactly("PPTRANSIT0203");
        assertThat(numbers("/trackings?order_id=O-9")).containsExactly("PPTRANSIT0203");
        assertThat(numbers("/trackings?tag=Pending")).hasSize(3);
        assertThat(numbers("/trackings?tag=Delivered")).isEmpty();
        assertThat(numbers("/trackings?created_at_min=2000-01-01T00:00:00Z")).hasSize(3);
        assertThat(numbers("/trackings?created_at_max=2000-01-01T00:00:00%2B00:00")).isEmpty();
        assertError(client.get("/trackings?created_at_min=yesterday"), 400, 4008, "BadRequest");
        assertError(client.get("/trackings?tag=Lost"), 400, 4008, "BadRequest");
        assertError(client.get("/trackings?limit=0"), 400, 4008, "BadRequest");
        assertError(client.get("/trackings?cursor=not-a-cursor"), 400, 4008, "BadRequest");
        JsonObject projected = client.get("/trackings?fields=slug,tracking_number").data().getJsonArray("trackings")
                .getJsonObject(0);
        assertThat(projected.keySet()).containsExactlyInAnyOrder("id", "slug", "tracking_number");
    }

    private static List<String> numbers(String path) {
        AfterShipClient.Reply r = client.get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.data().getJsonArray("trackings").stream().map(t -> t.asJsonObject().getString("tracking_number"))
                .toList();
    }

    @Test
    void couriersListEveryCourierWithEveryField() {
        AfterShipClient.Reply r = client.get("/couriers");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().getInt("total")).isEqualTo(r.data().getJsonArray("couriers").size()).isPositive();
        JsonObject ups = client.get("/couriers?slug=ups&active=true").data().getJsonArray("couriers").getJsonObject(0);
        assertThat(ups.keySet()).containsExactly("slug", "name", "phone", "other_name", "web_url", "required_fields",
                "optional_fields", "default_language", "support_languages", "service_from_country_regions",
                "credentials");
        assertThat(ups.getString("slug")).isEqualTo("ups");
        assertThat(client.get("/couriers?active=false").data().getInt("total")).isZero();
        assertError(client.get("/couriers?active=maybe"), 400, 4008, "BadRequest");
    }

    @Test
    void detectAnswersTotalAndCouriers() throws IOException {
        AfterShipClient.Reply r = client.post("/couriers/detect", "{\"tracking_number\":\"1ZK7898C1317272039\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.data().getInt("total")).isEqualTo(1);
        assertThat(r.data().getJsonArray("couriers").getJsonObject(0).getString("slug")).isEqualTo("ups");
        AfterShipClient.Reply none = client.post("/couriers/detect", "{\"tracking_number\":\"ZZZZ\"}");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.data().getInt("total")).isZero();
        assertError(client.post("/couriers/detect", "{}"), 400, 4007, "BadRequest");
        assertThat(client.post("/couriers/detect", sample("detect_courier.request.sdk-2025-01-test-ts.json"))
                .status()).isEqualTo(200);
    }

    @Test
    void predictAndPredictBatch() throws IOException {
        AfterShipClient.Reply one = client.post("/estimated-delivery-date/predict", "{\"slug\":\"ups\","
                + "\"origin_address\":{\"country_region\":\"USA\"},\"destination_address\":{\"country_region\":"
                + "\"USA\",\"state\":\"CA\"},\"pickup_time\":\"2025-01-06T10:00:00+00:00\"}");
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.data().getString("estimated_delivery_date")).isEqualTo("2025-01-08");
        assertThat(one.data().getString("estimated_delivery_date_min")).isEqualTo("2025-01-07");
        assertThat(one.data().getString("estimated_delivery_date_max")).isEqualTo("2025-01-09");
        assertThat(one.data().getString("slug")).isEqualTo("ups");
        assertThat(one.data().getString("id")).matches("[0-9a-f]{32}");
        assertError(client.post("/estimated-delivery-date/predict", "{\"slug\":\"ups\"}"), 400, 4009, "BadRequest");
        // The README sample's placeholders are no country: refused, as the SDK says a bad item fails the call.
        assertError(client.post("/estimated-delivery-date/predict-batch",
                sample("predict_batch.request.sdk-2025-01-readme.json")), 400, 4008, "BadRequest");
        AfterShipClient.Reply batch = client.post("/estimated-delivery-date/predict-batch",
                "{\"estimated_delivery_dates\":[{\"slug\":\"ups\",\"origin_address\":{\"country\":\"CHN\"},"
                        + "\"destination_address\":{\"country\":\"USA\",\"postal_code\":\"94105\"}}]}");
        assertThat(batch.status()).as(batch.body()).isEqualTo(200);
        assertThat(batch.data().getJsonArray("estimated_delivery_dates")).hasSize(1);
        String six = "{\"estimated_delivery_dates\":[" + String.join(",", java.util.Collections.nCopies(6,
                "{\"slug\":\"ups\",\"origin_address\":{\"country_region\":\"USA\"},\"destination_address\":"
                        + "{\"country_region\":\"USA\",\"state\":\"CA\"}}")) + "]}";
        assertError(client.post("/estimated-delivery-date/predict-batch", six), 400, 4008, "BadRequest");
    }

    @Test
    void courierConnectionsCrud() {
        AfterShipClient.Reply created = client.post("/courier-connections",
                "{\"courier_slug\":\"ups\",\"credentials\":{\"account\":\"A1\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.data().getString("id");
        assertThat(created.data().keySet()).containsExactly("id", "courier_slug", "credentials", "created_at",
                "updated_at");
        assertThat(client.get("/courier-connections/" + id).data().getString("courier_slug")).isEqualTo("ups");
        JsonObject listed = client.get("/courier-connections?courier_slug=ups&limit=10").data();
        assertThat(listed.getJsonObject("pagination").getInt("total")).isEqualTo(1);
        assertThat(listed.getJsonArray("courier_connections")).hasSize(1);
        JsonObject patched = client.patch("/courier-connections/" + id, "{\"credentials\":{\"account\":\"A2\"}}")
                .data();
        assertThat(patched.getJsonObject("credentials").getString("account")).isEqualTo("A2");
        assertThat(client.delete("/courier-connections/" + id).data().getString("id")).isEqualTo(id);
        assertError(client.get("/courier-connections/" + id), 404, 404, "NotFound");
        assertError(client.post("/courier-connections", "{\"courier_slug\":\"ups\"}"), 400, 4009, "BadRequest");
    }
}
