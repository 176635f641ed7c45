package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.adapter.inmemory.ManualClock;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The nine v4 calls (v4 reference §2) over real HTTP: status, envelope and every field. */
class EmulatorV4EndpointsTest extends SharedEmulatorTest {
    private static final ManualClock CLOCK = ManualClock.at(Instant.parse("2025-03-03T08:00:00Z"));

    @RegisterExtension
    static final EmulatorExtension EMULATOR = EmulatorExtension.withOptions(
            EmulatorOptions.builder().port(0).clock(CLOCK).build());

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private static String at(Instant t, int offsetHours) {
        return OFFSET.format(t.atOffset(ZoneOffset.ofHours(offsetHours)));
    }

    private static final String OK = "{\"code\":200,\"message\":\"Request response is successful\"}";

    V4Client v4;

    @BeforeEach
    void v4Client() {
        v4 = new V4Client(emulator);
    }

    static String create(String number, String courier) {
        return "{\"tracking_number\":\"" + number + "\",\"courier_code\":\"" + courier + "\"}";
    }

    private JsonObject created(String number, String courier) {
        V2Client.Reply r = v4.post("/trackings/create", create(number, courier));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.dataObject();
    }

    /** The keys of the observed object, with the 2024-12 fields where this emulator writes them. */
    static List<String> trackingKeys() {
        List<String> keys = new ArrayList<>(Shapes.sampleV4("tracking_object.notfound-amazon.json").keySet());
        keys.add(keys.indexOf("customer_sms") + 1, "recipient_postcode");
        keys.add(keys.indexOf("note") + 1, "label");
        return keys;
    }

    static List<String> legKeys() {
        List<String> keys = new ArrayList<>(Shapes.sampleV4("tracking_object.notfound-amazon.json")
                .getJsonObject("origin_info").keySet());
        keys.add(keys.indexOf("customs_received_date") + 1, "arrived_destination_date");
        return keys;
    }

    static void assertErrorOnly(V2Client.Reply r, int http, int meta) {
        assertThat(r.status()).as(r.body()).isEqualTo(http);
        assertThat(r.meta()).as(r.body()).isEqualTo(meta);
        assertThat(r.json().keySet()).as("an error has meta only").containsExactly("meta");
        assertThat(r.json().getJsonObject("meta").keySet()).containsExactly("code", "message");
    }

    // ---- 2.1 create ----

    @Test
    void createAnswersTheWholeTrackingObjectInTheObservedKeyOrderWithTheSentTextBack() {
        String sent = Shapes.sampleV4("trackings_create.request.sdk-readme.json").toString();
        Instant now = CLOCK.instant();

        V2Client.Reply r = v4.post("/trackings/create", sent);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().keySet()).containsExactly("meta", "data");
        assertThat(r.json().getJsonObject("meta").toString()).isEqualTo(OK);
        JsonObject t = r.dataObject();
        assertThat(new ArrayList<>(t.keySet())).isEqualTo(trackingKeys());
        assertThat(new ArrayList<>(t.getJsonObject("origin_info").keySet())).isEqualTo(legKeys());
        assertThat(new ArrayList<>(t.getJsonObject("destination_info").keySet())).isEqualTo(legKeys());
        assertThat(t.getJsonObject("origin_info").getJsonObject("milestone_date").keySet()).containsExactly(
                "inforeceived_date", "pickup_date", "outfordelivery_date", "delivery_date", "returning_date",
                "returned_date");
        Shapes.coversShape("data", Shapes.sampleV4("tracking_object.notfound-amazon.json"), t);

        assertThat(t.getString("id")).matches("[0-9a-f]{32}");
        assertThat(t.getString("tracking_number")).isEqualTo("9400111899562537624326");
        assertThat(t.getString("courier_code")).isEqualTo("usps");
        assertThat(t.getString("order_number")).as("sent as \"\"").isEmpty();
        assertThat(t.getString("customer_name")).isEmpty();
        assertThat(t.getString("title")).isEmpty();
        assertThat(t.getString("note")).isEqualTo("test Order");
        assertThat(t.getString("created_at")).isEqualTo(OFFSET.format(now.atOffset(ZoneOffset.UTC)));
        assertThat(t.getString("update_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
        assertThat(t.getString("archived")).isEqualTo("tracking");
        assertThat(t.getString("source")).isEqualTo("API");
        assertThat(t.get("updating").getValueType()).isIn(JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE);
        assertThat(t.getJsonNumber("transit_time").isIntegral()).isTrue();
        assertThat(t.getString("origin_country")).matches("[A-Z]{2}");
        for (String k : List.of("service_code", "weight", "weight_kg", "product_type", "pieces", "dimension",
                "previously", "destination_track_number", "exchange_number", "scheduled_delivery_date",
                "scheduled_address", "status_info", "order_date", "recipient_postcode", "label", "tracking_key",
                "tracking_origin_country", "destination_state", "destination_city", "origin_state", "origin_city")) {
            assertThat(t.isNull(k)).as(k).isTrue();
        }
        assertThat(t.getString("delivery_status")).isIn(EmulatorV4EndpointsTest.statusWords());
    }

    static List<String> statusWords() {
        return List.of("pending", "notfound", "inforeceived", "transit", "pickup", "undelivered", "delivered",
                "exception", "expired");
    }

    @Test
    void createIsRealTimeTheEventsComeNewestFirstInV4Shape() {
        CLOCK.advance(Duration.ZERO);
        created("PPDELIVERED0001", "usps");
        CLOCK.advance(Duration.ofHours(4));

        JsonObject t = v4.get("/trackings/get?tracking_numbers=PPDELIVERED0001").data().asJsonArray()
                .getJsonObject(0);

        assertThat(t.getString("delivery_status")).isEqualTo("delivered");
        assertThat(t.getString("substatus")).isEqualTo("delivered001");
        JsonArray events = t.getJsonObject("origin_info").getJsonArray("trackinfo");
        assertThat(events).hasSize(3);
        JsonObject newest = events.getJsonObject(0);
        assertThat(newest.keySet()).containsExactly("checkpoint_date", "checkpoint_delivery_status",
                "checkpoint_delivery_substatus", "tracking_detail", "location", "country_iso2", "state", "city",
                "zip", "raw_status");
        assertThat(newest.getString("checkpoint_date")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
        assertThat(newest.getString("checkpoint_delivery_status")).isEqualTo("delivered");
        assertThat(newest.getString("checkpoint_date"))
                .isGreaterThan(events.getJsonObject(2).getString("checkpoint_date"));
        assertThat(t.getString("latest_checkpoint_time")).isEqualTo(newest.getString("checkpoint_date"));
        assertThat(t.getString("latest_event")).isEqualTo(newest.getString("tracking_detail") + ", "
                + newest.getString("location") + ", " + newest.getString("checkpoint_date").replace('T', ' '));
        assertThat(t.getJsonObject("origin_info").getJsonObject("milestone_date").getString("delivery_date"))
                .isEqualTo(newest.getString("checkpoint_date"));
        assertThat(t.getBoolean("updating")).as("delivered: no longer refreshed").isFalse();
    }

    @Test
    void aSecondCreateOfTheSameTrackingIsHttp400Meta4101WithoutData() {
        created("9400111899562537624326", "usps");

        V2Client.Reply again = v4.post("/trackings/create", create("9400111899562537624326", "usps"));

        assertErrorOnly(again, 400, 4101);
        assertThat(again.json().toString()).isEqualTo(
                Shapes.sampleV4("error.4101.CONSTRUCTED-from-readme-table.json").toString());
    }

    @Test
    void createRefusesAMissingOrBadNumberOrCourierAndABadBody() {
        assertErrorOnly(v4.post("/trackings/create", "{\"courier_code\":\"usps\"}"), 400, 4111);
        assertErrorOnly(v4.post("/trackings/create", create("A B", "usps")), 400, 4110);
        assertErrorOnly(v4.post("/trackings/create", "{\"tracking_number\":\"9400111899562537624326\"}"), 400,
                4120);
        assertErrorOnly(v4.post("/trackings/create", create("9400111899562537624326", "no such!")), 400, 4120);
        assertErrorOnly(v4.post("/trackings/create", create("9400111899562537624326", "no-such-courier")), 400,
                4120);
        assertErrorOnly(v4.post("/trackings/create", "{not json"), 400, 400);
        assertErrorOnly(v4.post("/trackings/create", "[]"), 400, 400);
        assertErrorOnly(v4.post("/trackings/create", ""), 400, 400);
        assertErrorOnly(v4.post("/trackings/create", "{\"tracking_number\":\"9400111899562537624326\","
                + "\"courier_code\":\"usps\",\"destination_country_iso2\":\"XX\"}"), 400, 400);
    }

    // ---- 2.2 batch ----

    @Test
    void batchAnswersSuccessAndErrorWithCamelCaseErrorFields() {
        created("9400111899562537680047", "usps");
        String batch = "[" + create("9400111899562537680047", "usps") + "," + create("9400111899562537680048", "usps")
                + "," + create("9400111899562537680048", "usps") + ",{\"courier_code\":\"usps\"}]";

        V2Client.Reply r = v4.post("/trackings/batch", batch);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().getJsonObject("meta").toString()).isEqualTo(OK);
        JsonObject data = r.dataObject();
        assertThat(data.keySet()).containsExactly("success", "error");
        JsonArray success = data.getJsonArray("success");
        assertThat(success).hasSize(1);
        assertThat(success.getJsonObject(0).keySet()).containsExactly("id", "tracking_number", "courier_code");
        assertThat(success.getJsonObject(0).getString("tracking_number")).isEqualTo("9400111899562537680048");
        assertThat(success.getJsonObject(0).getString("id")).matches("[0-9a-f]{32}");
        JsonArray error = data.getJsonArray("error");
        assertThat(error).hasSize(3);
        JsonObject existing = error.getJsonObject(0);
        assertThat(existing.keySet()).containsExactly("id", "tracking_number", "courier_code", "errorCode",
                "errorMessage");
        assertThat(existing.getInt("errorCode")).isEqualTo(4101);
        assertThat(existing.getString("errorMessage")).isEqualTo("Tracking No. already exists.");
        assertThat(error.getJsonObject(1).getInt("errorCode")).as("twice in one call").isEqualTo(4101);
        assertThat(error.getJsonObject(2).keySet()).containsExactly("tracking_number", "courier_code", "errorCode",
                "errorMessage");
        assertThat(error.getJsonObject(2).getInt("errorCode")).isEqualTo(4111);
        JsonObject sample = Shapes.sampleV4("trackings_batch.response.CONSTRUCTED-from-sdk-model.json")
                .getJsonObject("data");
        Shapes.sameShape("success[0]", sample.getJsonArray("success").getJsonObject(0), success.getJsonObject(0));
        Shapes.sameShape("error[0]", sample.getJsonArray("error").getJsonObject(0), existing);
    }

    @Test
    void theReadmeBatchCreatesBoth() {
        V2Client.Reply r = v4.post("/trackings/batch",
                Shapes.sampleV4Text("trackings_batch.request.sdk-readme.json"));

        assertThat(r.dataObject().getJsonArray("success")).hasSize(2);
        assertThat(r.dataObject().getJsonArray("error")).isEmpty();
        assertThat(v4.get("/trackings/get").data().asJsonArray()).hasSize(2);
    }

    @Test
    void aBatchOfMoreThanFortyIsHttp400Meta4103AndCreatesNothing() {
        String batch = IntStream.rangeClosed(1, 41).mapToObj(i -> create(String.format("PK%011d", i), "usps"))
                .collect(Collectors.joining(",", "[", "]"));

        V2Client.Reply r = v4.post("/trackings/batch", batch);

        assertErrorOnly(r, 400, 4103);
        assertThat(r.json().toString()).isEqualTo(
                Shapes.sampleV4("error.4103.CONSTRUCTED-from-readme-table.json").toString());
        assertThat(v4.get("/trackings/get").data().asJsonArray()).isEmpty();
        assertErrorOnly(v4.post("/trackings/batch", "{}"), 400, 400);
    }

    // ---- 2.3 list ----

    @Test
    void theListIsABareArrayPagedFromOneToAnEmptyPage() {
        String batch = IntStream.rangeClosed(1, 5).mapToObj(i -> create(String.format("PK%011d", i), "usps"))
                .collect(Collectors.joining(",", "[", "]"));
        v4.post("/trackings/batch", batch);

        V2Client.Reply first = v4.get("/trackings/get?pages_amount=1&items_amount=2");
        V2Client.Reply third = v4.get("/trackings/get?pages_amount=3&items_amount=2");
        V2Client.Reply past = v4.get("/trackings/get?pages_amount=4&items_amount=2");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().getJsonObject("meta").toString()).isEqualTo(OK);
        assertThat(first.data().getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
        assertThat(first.data().asJsonArray()).hasSize(2);
        assertThat(first.data().asJsonArray().getJsonObject(0).getString("tracking_number"))
                .isEqualTo("PK00000000001");
        assertThat(third.data().asJsonArray()).hasSize(1);
        assertThat(past.status()).isEqualTo(200);
        assertThat(past.json().toString()).isEqualTo("{\"meta\":" + OK + ",\"data\":[]}");
        assertThat(v4.get("/trackings/get").data().asJsonArray()).as("default page size 100").hasSize(5);
        assertThat(new ArrayList<>(first.data().asJsonArray().getJsonObject(0).keySet())).isEqualTo(trackingKeys());
    }

    @Test
    void theListFiltersByNumbersCourierStatusArchiveAndDates() {
        Instant t0 = CLOCK.instant();
        created("PPDELIVERED0001", "usps");
        created("PPTRANSIT0001", "fedex");
        created("PPNOTFOUND0001", "usps");
        CLOCK.advance(Duration.ofHours(4));

        assertThat(numbers(v4.get("/trackings/get?tracking_numbers=PPTRANSIT0001,PPNOTFOUND0001")))
                .containsExactlyInAnyOrder("PPTRANSIT0001", "PPNOTFOUND0001");
        assertThat(numbers(v4.get("/trackings/get?courier_code=fedex"))).containsExactly("PPTRANSIT0001");
        assertThat(numbers(v4.get("/trackings/get?courier_code=usps&items_amount=1&pages_amount=2")))
                .containsExactly("PPNOTFOUND0001");
        assertThat(numbers(v4.get("/trackings/get?delivery_status=delivered"))).containsExactly("PPDELIVERED0001");
        assertThat(numbers(v4.get("/trackings/get?created_date_min=" + at(t0, 0).replace("+", "%2B")
                + "&created_date_max=" + at(t0, 1).replace("+", "%2B")))).as("both ends included").hasSize(3);
        assertThat(numbers(v4.get("/trackings/get?created_date_min="
                + at(t0.plusSeconds(1), 0).replace("+", "%2B")))).isEmpty();
        assertThat(numbers(v4.get("/trackings/get?updated_date_min="
                + t0.plus(Duration.ofMinutes(30)).toString()))).hasSize(3);
        assertThat(numbers(v4.get("/trackings/get?archived_status=archived"))).isEmpty();
        assertThat(numbers(v4.get("/trackings/get?archived_status=tracking"))).hasSize(3);
        assertThat(numbers(v4.get("/trackings/get?lang=en&archived_status=all"))).hasSize(3);
    }

    @Test
    void aRawPlusInADateFilterIsReadAsPlus() {
        Instant t0 = CLOCK.instant();
        created("PK00000000001", "usps");

        // A raw '+' (decoded to a space) must be read as the offset's sign: +02:00, two hours ahead of UTC.
        String before = at(t0.minusSeconds(60), 2);
        String after = at(t0.plusSeconds(60), 2);
        assertThat(before).contains("+02:00");
        assertThat(numbers(v4.get("/trackings/get?created_date_min=" + before))).hasSize(1);
        assertThat(numbers(v4.get("/trackings/get?created_date_min=" + after))).isEmpty();
        assertThat(numbers(v4.get("/trackings/get?created_date_max=" + after))).hasSize(1);
        assertThat(numbers(v4.get("/trackings/get?created_date_max=" + before))).isEmpty();
    }

    @Test
    void everySdksWayOfWritingTheQueryStringReadsTheSame() {
        Instant t0 = CLOCK.instant();
        created("PK00000000001", "usps");
        created("PK00000000002", "usps");
        String min = at(t0.minusSeconds(60), 0);

        // Java and Python: values as they are; PHP (http_build_query) and Go (url.Values): percent-encoded, Go sorted.
        String raw = "tracking_numbers=PK00000000001,PK00000000002&created_date_min=" + min;
        String php = "tracking_numbers=PK00000000001%2CPK00000000002&created_date_min="
                + min.replace(":", "%3A").replace("+", "%2B");
        String go = "created_date_min=" + min.replace(":", "%3A").replace("+", "%2B")
                + "&items_amount=10&pages_amount=1&tracking_numbers=PK00000000001%2CPK00000000002";
        for (String query : List.of(raw, php, go)) {
            assertThat(numbers(v4.get("/trackings/get?" + query))).as(query)
                    .containsExactly("PK00000000001", "PK00000000002");
        }
    }

    @Test
    void theListRefusesBadParametersWithAClear400() {
        V2Client.Reply tooBig = v4.get("/trackings/get?items_amount=2001");
        assertErrorOnly(tooBig, 400, 400);
        assertThat(tooBig.json().getJsonObject("meta").getString("message")).contains("items_amount", "2000");
        assertThat(v4.get("/trackings/get?items_amount=2000").status()).isEqualTo(200);
        assertErrorOnly(v4.get("/trackings/get?items_amount=-1"), 400, 400);
        assertErrorOnly(v4.get("/trackings/get?pages_amount=-1"), 400, 400);
        assertThat(v4.get("/trackings/get?pages_amount=0&items_amount=0&courier_code=&delivery_status=").status())
                .as("0 and blank are unset, as an SDK that sends every field sends them").isEqualTo(200);
        assertErrorOnly(v4.get("/trackings/get?pages_amount=one"), 400, 400);
        assertErrorOnly(v4.get("/trackings/get?delivery_status=lost"), 400, 400);
        assertErrorOnly(v4.get("/trackings/get?created_date_min=yesterday"), 400, 400);
        assertErrorOnly(v4.get("/trackings/get?archived_status=maybe"), 400, 400);
        String fortyOne = IntStream.rangeClosed(1, 41).mapToObj(i -> "N" + i).collect(Collectors.joining(","));
        assertErrorOnly(v4.get("/trackings/get?tracking_numbers=" + fortyOne), 400, 4103);
    }

    static List<String> numbers(V2Client.Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.data().asJsonArray().stream().map(v -> v.asJsonObject().getString("tracking_number")).toList();
    }

    // ---- 2.4 update ----

    @Test
    void updateAnswersTheUpdateTrackingEchoAndKeepsTheChanges() {
        String id = created("9400111899562537624326", "usps").getString("id");

        V2Client.Reply r = v4.put("/trackings/update/" + id, "{\"customer_name\":\"New name\","
                + "\"note\":\"New test order note\",\"customer_sms\":\"+1 555 0100\",\"order_number\":\" A-1 \","
                + "\"label\":\"1,2\",\"archived_status\":\"archived\",\"destination_country_iso2\":\"de\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonObject echo = r.dataObject();
        assertThat(echo.keySet()).containsExactly("id", "tracking_number", "courier_code", "courier_code_new",
                "order_number", "order_date", "order_id", "destination_country", "origin_country",
                "tracking_postal_code", "tracking_ship_date", "tracking_courier_account",
                "tracking_destination_country", "tracking_origin_country", "tracking_key", "customer_name",
                "customer_email", "customer_sms", "recipient_postcode", "title", "logistics_channel", "note", "label",
                "archived_status");
        assertThat(echo.getString("id")).isEqualTo(id);
        assertThat(echo.getString("courier_code")).isEqualTo("usps");
        assertThat(echo.isNull("courier_code_new")).isTrue();
        assertThat(echo.getString("customer_name")).isEqualTo("New name");
        assertThat(echo.getString("note")).isEqualTo("New test order note");
        assertThat(echo.getString("customer_sms")).isEqualTo("+1 555 0100");
        assertThat(echo.getString("order_number")).isEqualTo(" A-1 ");
        assertThat(echo.getString("label")).isEqualTo("1,2");
        assertThat(echo.getString("archived_status")).isEqualTo("archived");
        assertThat(echo.getString("destination_country")).isEqualTo("de");

        JsonObject listed = v4.get("/trackings/get?archived_status=archived").data().asJsonArray().getJsonObject(0);
        assertThat(listed.getString("archived")).isEqualTo("archived");
        assertThat(listed.getString("note")).isEqualTo("New test order note");
        assertThat(listed.getString("customer_name")).isEqualTo("New name");
    }

    @Test
    void blankFieldsOfAnUpdateChangeNothing() {
        String id = v4.post("/trackings/create", "{\"tracking_number\":\"9400111899562537624326\","
                + "\"courier_code\":\"usps\",\"note\":\"keep\",\"title\":\"Mug\"}").dataObject().getString("id");

        // As an SDK that sends every field of its model sends an update of the customer's name alone.
        V2Client.Reply r = v4.put("/trackings/update/" + id, "{\"courier_code_new\":\"\",\"customer_name\":\"Ann\","
                + "\"note\":\"\",\"title\":\"\",\"archived_status\":\"\",\"destination_country_iso2\":\"\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.dataObject().getString("customer_name")).isEqualTo("Ann");
        assertThat(r.dataObject().getString("note")).isEqualTo("keep");
        assertThat(r.dataObject().getString("title")).isEqualTo("Mug");
        assertThat(r.dataObject().isNull("courier_code_new")).isTrue();
        assertThat(r.dataObject().getString("archived_status")).isEqualTo("tracking");
    }

    @Test
    void updateWithCourierCodeNewMovesTheTrackingToANewId() {
        String id = created("9400111899562537624326", "usps").getString("id");

        JsonObject echo = v4.put("/trackings/update/" + id, "{\"courier_code_new\":\"fedex\",\"title\":\"Mug\"}")
                .dataObject();

        assertThat(echo.getString("courier_code")).isEqualTo("usps");
        assertThat(echo.getString("courier_code_new")).isEqualTo("fedex");
        assertThat(echo.getString("title")).isEqualTo("Mug");
        String newId = echo.getString("id");
        assertThat(numbers(v4.get("/trackings/get?courier_code=fedex"))).containsExactly("9400111899562537624326");
        assertThat(v4.put("/trackings/update/" + newId, "{}").status()).isEqualTo(200);
        assertErrorOnly(v4.put("/trackings/update/" + id, "{}"), 400, 4102);
        assertErrorOnly(v4.put("/trackings/update/" + newId, "{\"courier_code_new\":\"no such\"}"), 400, 4120);
    }

    @Test
    void updateOfAnUnknownOrMalformedIdIs4102Or4112AndABadValue400() {
        String id = created("9400111899562537624326", "usps").getString("id");

        assertErrorOnly(v4.put("/trackings/update/" + "0".repeat(32), "{\"title\":\"x\"}"), 400, 4102);
        assertErrorOnly(v4.put("/trackings/update/not-an-id", "{\"title\":\"x\"}"), 400, 4112);
        assertErrorOnly(v4.put("/trackings/update/" + id, "{\"archived_status\":\"maybe\"}"), 400, 400);
        assertErrorOnly(v4.put("/trackings/update/" + id, "[1]"), 400, 400);
        assertThat(v4.put("/trackings/update/" + id, null).status()).as("no body: nothing to change").isEqualTo(200);
    }

    // ---- 2.5 delete ----

    @Test
    void deleteAnswersTheTrackingAsItWasAndForgetsIt() {
        JsonObject made = created("9400111899562537624326", "usps");
        String id = made.getString("id");

        V2Client.Reply r = v4.delete("/trackings/delete/" + id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().getJsonObject("meta").toString()).isEqualTo(OK);
        JsonObject gone = r.dataObject();
        assertThat(new ArrayList<>(gone.keySet())).isEqualTo(trackingKeys());
        assertThat(gone.getString("id")).isEqualTo(id);
        assertThat(gone.getString("tracking_number")).isEqualTo("9400111899562537624326");
        assertThat(v4.get("/trackings/get").data().asJsonArray()).isEmpty();
        assertErrorOnly(v4.delete("/trackings/delete/" + id), 400, 4102);
        assertErrorOnly(v4.delete("/trackings/delete/xyz"), 400, 4112);
    }

    // ---- 2.6 retrack ----

    @Test
    void onlyAnExpiredTrackingMayBeRetracked() {
        String transit = created("PPTRANSIT0001", "fedex").getString("id");
        String expiring = created("PPEXPIRES0001", "fedex").getString("id");

        assertErrorOnly(v4.post("/trackings/retrack/" + transit, null), 400, 4113);
        assertErrorOnly(v4.post("/trackings/retrack/" + expiring, null), 400, 4113);
        CLOCK.advance(Duration.ofDays(31));

        V2Client.Reply r = v4.post("/trackings/retrack/" + expiring, null);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.dataObject().getString("delivery_status")).isEqualTo("expired");
        assertThat(r.dataObject().getString("id")).isEqualTo(expiring);
        assertErrorOnly(v4.post("/trackings/retrack/" + "f".repeat(32), null), 400, 4102);
    }

    // ---- 2.7, 2.8 couriers ----

    @Test
    void theCourierListHasEveryCourierField() {
        V2Client.Reply r = v4.get("/couriers/all");

        assertThat(r.status()).isEqualTo(200);
        JsonArray all = r.data().asJsonArray();
        assertThat(all).isNotEmpty();
        JsonObject usps = all.stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("courier_code").equals("usps")).findFirst().orElseThrow();
        assertThat(usps.keySet()).containsExactly("courier_name", "courier_code", "courier_country_iso2",
                "courier_url", "courier_phone", "courier_type", "default_language", "support_language",
                "courier_logo", "tracking_required_fields", "optional_fields");
        assertThat(usps.getString("courier_name")).isEqualTo("USPS");
        assertThat(usps.getString("courier_url")).startsWith("https://");
        assertThat(usps.getJsonArray("support_language")).isNotEmpty();
    }

    @Test
    void detectAnswersCandidatesOr4121() {
        V2Client.Reply r = v4.post("/couriers/detect",
                Shapes.sampleV4("couriers_detect.request.sdk-readme.json").toString());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().asJsonArray().getJsonObject(0).getString("courier_code")).isEqualTo("usps");
        assertErrorOnly(v4.post("/couriers/detect", "{\"tracking_number\":\"ZZZ\"}"), 400, 4121);
        assertErrorOnly(v4.post("/couriers/detect", "{}"), 400, 4111);
    }

    // ---- 2.9 awb ----

    @Test
    void anAirWaybillAnswersTheSdkModelWithFlightsKeyedByFlightNumber() {
        V2Client.Reply r = v4.post("/awb", "{\"awb_number\":\"172-28891936\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonObject awb = r.dataObject();
        assertThat(awb.keySet()).containsExactly("awb_number", "awb_status", "awb_substatus", "status_number",
                "weight", "piece", "origin", "destination", "flight_way_station", "last_event", "flight_info_new",
                "flight_info", "track_info", "airline_info");
        assertThat(awb.getString("awb_number")).isEqualTo("172-28891936");
        assertThat(awb.getString("awb_status")).isEqualTo("delivered");
        assertThat(awb.getString("piece")).isEqualTo("9");
        assertThat(awb.getString("origin")).isEqualTo("XMN");
        JsonObject firstFlight = awb.getJsonArray("flight_info_new").getJsonObject(0);
        assertThat(firstFlight.keySet()).containsExactlyInAnyOrder("flight_number", "depart_station",
                "arrival_station", "plan_depart_time", "depart_time", "plan_arrival_time", "arrival_time", "piece",
                "weight", "status");
        assertThat(awb.getJsonObject("flight_info").getJsonObject("CV7493").keySet()).containsExactly(
                "plan_depart_time", "depart_time", "depart_station", "plan_arrival_time", "arrival_time",
                "arrival_station");
        assertThat(awb.getJsonArray("track_info").getJsonObject(0).keySet()).containsExactly("plan_date",
                "actual_date", "event", "station", "flight_number", "status", "piece", "weight", "checkpoint_status",
                "checkpoint_substatus");
        assertThat(awb.getJsonObject("airline_info").keySet()).containsExactly("name", "url", "track_url",
                "trackpage_url");
    }

    @Test
    void theNodeSdksDoubleSlashReachesTheAirWaybillCall() {
        assertThat(v4.post("//awb", "{\"awb_number\":\"172 28891936\"}").status()).isEqualTo(200);
    }

    @Test
    void aMalformedWaybillIs4160AndOneNoAirlineKnows4161() {
        assertErrorOnly(v4.post("/awb", "{\"awb_number\":\"17228891\"}"), 400, 4160);
        assertErrorOnly(v4.post("/awb", "{}"), 400, 4160);
        assertErrorOnly(v4.post("/awb", "{\"awb_number\":\"172-28891937\"}"), 400, 4160);
        assertErrorOnly(v4.post("/awb", "{\"awb_number\":\"999-12345675\"}"), 400, 4161);
    }

    // ---- the edge ----

    @Test
    void unknownPathsAre404WrongMethods405AndMissingKeys401() {
        assertErrorOnly(v4.get("/trackings/realtime"), 404, 404);
        assertErrorOnly(v4.get("/nothing/here"), 404, 404);
        assertErrorOnly(v4.get(""), 404, 404);
        V2Client.Reply wrong = v4.get("/trackings/create");
        assertErrorOnly(wrong, 405, 400);
        assertErrorOnly(v4.post("/trackings/get", "{}"), 405, 400);
        assertErrorOnly(v4.withKey(null).get("/trackings/get"), 401, 401);
        assertErrorOnly(new V4Client(emulator.v4BaseUrl(), " ").get("/trackings/get"), 401, 401);
        assertThat(v4.withKey(null).get("/trackings/get").body()).doesNotContain(V4Client.KEY);
    }

    @Test
    void theV2HeaderIsNotTheV4Key() {
        assertErrorOnly(new V2Client(java.net.URI.create(emulator.v4BaseUrl()), "k").get("/trackings/get"), 401,
                401);
    }
}
