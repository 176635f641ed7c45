package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wire quirks of reference §8 over real HTTP: each as TrackingMore v2 shows it. */
class EmulatorQuirksTest extends SharedEmulatorTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = EmulatorExtension.withOptions(EmulatorOptions.builder().port(0).build());

    private static String create(String number) {
        return "{\"tracking_number\":\"" + number + "\",\"carrier_code\":\"usps\"}";
    }

    @Test
    void businessErrorsComeWithHttp200TheirMetaCodeAndAnEmptyDataArray() {
        client.post("/trackings/post", create("PK00000000001"));

        V2Client.Reply again = client.post("/trackings/post", create("PK00000000001"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().toString())
                .isEqualTo("{\"meta\":{\"code\":4016,\"type\":\"Bad Request\",\"message\":\"Tracking already exists.\"},"
                        + "\"data\":[]}");
    }

    @Test
    void aBatchOfMoreThanFortyAnswers202AndCreatesNothing() {
        String batch = IntStream.rangeClosed(1, 41).mapToObj(i -> create(String.format("PK%011d", i)))
                .collect(Collectors.joining(",", "[", "]"));

        V2Client.Reply reply = client.post("/trackings/batch", batch);

        assertThat(reply.json().toString()).isEqualTo("{\"meta\":{\"code\":202,\"type\":\"Bad Request\","
                + "\"message\":\"The largest number of 40 each operation.\"},\"data\":[]}");
        assertThat(client.get("/trackings/get").dataObject().getString("total")).isEqualTo("0");
    }

    @Test
    void aPartlyRefusedBatchAnswers201WithSubmittedAddedTrackingsAndErrors() {
        client.post("/trackings/post", create("PK00000000001"));

        V2Client.Reply reply = client.post("/trackings/batch", "[" + create("PK00000000001") + ","
                + create("PK00000000002") + ",{\"tracking_number\":\"PK00000000003\",\"carrier_code\":\"no-such\"}]");

        assertThat(reply.meta()).isEqualTo(201);
        JsonObject data = reply.dataObject();
        assertThat(data.getInt("submitted")).isEqualTo(3);
        assertThat(data.getInt("added")).isEqualTo(1);
        assertThat(data.getJsonArray("trackings")).hasSize(1);
        assertThat(data.getJsonArray("trackings").getJsonObject(0).getString("tracking_number"))
                .isEqualTo("PK00000000002");
        JsonArray errors = data.getJsonArray("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.getJsonObject(0).keySet())
                .containsExactlyInAnyOrder("tracking_number", "carrier_code", "code", "message");
        assertThat(errors.getJsonObject(0).getInt("code")).isEqualTo(4016);
        assertThat(errors.getJsonObject(1).getInt("code")).isEqualTo(4015);
        assertThat(errors.getJsonObject(1).getString("carrier_code")).isEqualTo("no-such");
    }

    @Test
    void theListIsAnsweredForGetWithQueryParametersAndForPostWithAJsonBody() {
        for (int i = 1; i <= 3; i++) {
            client.post("/trackings/post", create(String.format("PK%011d", i)));
        }

        JsonObject byGet = client.get("/trackings/get?page=1&limit=2&numbers=PK00000000001,PK00000000003")
                .dataObject();
        JsonObject byPost = client.post("/trackings/get",
                "{\"page\":1,\"limit\":2,\"numbers\":\"PK00000000001,PK00000000003\"}").dataObject();

        assertThat(byGet).isEqualTo(byPost);
        assertThat(byGet.get("total")).as("total is a string").isEqualTo(jakarta.json.Json.createValue("2"));
        assertThat(byGet.get("count").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(byGet.getInt("count")).isEqualTo(2);
        assertThat(byGet.getInt("page")).isEqualTo(1);
        assertThat(byGet.getInt("limit")).isEqualTo(2);
        assertThat(byGet.getJsonArray("items")).extracting(v -> v.asJsonObject().getString("tracking_number"))
                .containsExactly("PK00000000001", "PK00000000003");
    }

    @Test
    void pagesCutTheListAndTheTotalCountsEveryMatch() {
        for (int i = 1; i <= 5; i++) {
            client.post("/trackings/post", create(String.format("PK%011d", i)));
        }

        JsonObject page2 = client.get("/trackings/get?page=2&limit=2").dataObject();

        assertThat(page2.getString("total")).isEqualTo("5");
        assertThat(page2.getInt("count")).isEqualTo(2);
        assertThat(client.get("/trackings/get?page=4&limit=2").dataObject().getInt("count")).isZero();
    }

    @Test
    void aSingleGetTakesAnOptionalLanguageSuffix() {
        client.post("/trackings/post", create("PK00000000001"));

        V2Client.Reply plain = client.get("/trackings/usps/PK00000000001");
        V2Client.Reply english = client.get("/trackings/usps/PK00000000001/en");

        assertThat(plain.meta()).isEqualTo(200);
        assertThat(english.meta()).isEqualTo(200);
        assertThat(plain.dataObject().getString("tracking_number")).isEqualTo("PK00000000001");
        assertThat(english.dataObject().getString("tracking_number")).isEqualTo("PK00000000001");
        assertThat(client.get("/trackings/usps/PK00000000001/english").status()).as("not a language").isEqualTo(404);
    }

    @Test
    void theCarrierListHasAMetaWithOnlyTheCode() {
        V2Client.Reply reply = client.get("/carriers");

        assertThat(reply.json().getJsonObject("meta").toString()).isEqualTo("{\"code\":200}");
        JsonObject usps = reply.json().getJsonArray("data").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("code").equals("usps")).findFirst().orElseThrow();
        assertThat(usps.keySet()).contains("name", "code", "phone", "homepage", "type", "picture");
        assertThat(usps.getString("type")).isEqualTo("globalpost");
    }

    @Test
    void realTimeAnswersAnItemsArrayEvenForOneNumber() {
        V2Client.Reply reply = client.post("/trackings/realtime", create("PK00000000001"));

        assertThat(reply.meta()).isEqualTo(200);
        JsonArray items = reply.dataObject().getJsonArray("items");
        assertThat(items).hasSize(1);
        assertThat(items.getJsonObject(0).getString("tracking_number")).isEqualTo("PK00000000001");
        assertThat(client.get("/trackings/usps/PK00000000001").meta()).as("registered too").isEqualTo(200);
    }

    @Test
    void archivedIsTakenAsTheStringsTrueAndFalseAndStatusAsFourSevenOrEight() {
        client.post("/trackings/post", create("PK00000000001"));

        JsonObject archived = client.put("/trackings/usps/PK00000000001", "{\"archived\":\"true\",\"status\":4}")
                .dataObject();
        assertThat(archived.getBoolean("archived")).isTrue();
        assertThat(archived.getString("status")).isEqualTo("delivered");
        assertThat(client.get("/trackings/get?archived=true").dataObject().getString("total")).isEqualTo("1");
        assertThat(client.get("/trackings/get?archived=false").dataObject().getString("total")).isEqualTo("0");

        assertThat(client.put("/trackings/usps/PK00000000001", "{\"status\":7}").dataObject().getString("status"))
                .isEqualTo("exception");
        assertThat(client.put("/trackings/usps/PK00000000001", "{\"status\":8,\"archived\":\"false\"}")
                .dataObject().getString("status")).isEqualTo("pending");
        assertThat(client.put("/trackings/usps/PK00000000001", "{\"status\":5}").meta()).isEqualTo(4012);
    }

    @Test
    void aSingleDeleteAnswersAnEmptyDataArrayAndABatchDeleteNestsEachItemInMeta() {
        client.post("/trackings/batch", "[" + create("PK00000000001") + "," + create("PK00000000002") + "]");

        V2Client.Reply single = client.delete("/trackings/usps/PK00000000001");
        V2Client.Reply batch = client.post("/trackings/delete", "[" + create("PK00000000002") + ","
                + create("PK00000000009") + "]");

        assertThat(single.json().toString()).isEqualTo(
                "{\"meta\":{\"code\":200,\"type\":\"Success\",\"message\":\"Success\"},\"data\":[]}");
        JsonObject data = batch.dataObject();
        assertThat(data.getInt("submitted")).isEqualTo(2);
        assertThat(data.getInt("delete")).isEqualTo(1);
        assertThat(data.getJsonArray("trackings").getJsonObject(0).getJsonObject("meta")
                .getString("tracking_number")).isEqualTo("PK00000000002");
        assertThat(data.getJsonArray("errors").getJsonObject(0).getInt("code")).isEqualTo(4017);
    }

    @Test
    void manyTrackingsAreChangedAndStoppedWithChangeCounts() {
        client.post("/trackings/batch", "[" + create("PK00000000001") + "," + create("PK00000000002") + "]");

        JsonObject updated = client.post("/trackings/updatemore", "[{\"tracking_number\":\"PK00000000001\","
                + "\"carrier_code\":\"usps\",\"title\":\"teapot\"},{\"tracking_number\":\"PK00000000007\","
                + "\"carrier_code\":\"usps\",\"title\":\"x\"}]").dataObject();
        JsonObject stopped = client.post("/trackings/notupdate", "[" + create("PK00000000002") + "]").dataObject();

        assertThat(updated.getInt("change")).isEqualTo(1);
        assertThat(updated.getJsonArray("trackings").getJsonObject(0).getString("title")).isEqualTo("teapot");
        assertThat(updated.getJsonArray("errors").getJsonObject(0).getInt("code")).isEqualTo(4017);
        assertThat(stopped.getInt("change")).isEqualTo(1);
        assertThat(client.get("/trackings/usps/PK00000000002").dataObject().getBoolean("track_update")).isFalse();
    }

    @Test
    void changingTheCarrierAnswersUsertag() {
        client.post("/trackings/post", create("PK00000000001"));

        V2Client.Reply reply = client.post("/trackings/update", "{\"tracking_number\":\"PK00000000001\","
                + "\"carrier_code\":\"usps\",\"update_carrier_code\":\"ups\"}");

        assertThat(reply.dataObject().toString()).isEqualTo("{\"Usertag\":\"\"}");
        assertThat(client.get("/trackings/ups/PK00000000001").meta()).isEqualTo(200);
        assertThat(client.get("/trackings/usps/PK00000000001").meta()).isEqualTo(4017);
    }

    @Test
    void accountInfoAndStatusCountsHaveTheirDocumentedShapes() {
        client.post("/trackings/post", create("PK00000000001"));

        JsonObject user = client.get("/trackings/getuserinfo").dataObject();
        JsonObject counts = client.get("/trackings/getstatusnumber?created_at_min=0").dataObject();

        assertThat(user.getString("regtime")).as("Unix seconds as a string").matches("\\d+");
        assertThat(user.getJsonNumber("track_number").longValue()).isEqualTo(9_999);
        assertThat(user.getString("email")).isEqualTo(EmulatorOptions.DEFAULT_EMAIL);
        assertThat(counts.keySet()).containsExactlyInAnyOrder("pending", "inforeceived", "notfound", "transit",
                "pickup", "delivered", "undelivered", "exception", "expired");
        assertThat(counts.getInt("pending")).isEqualTo(1);
    }

    @Test
    void remoteAreasTransitTimesAndAirWaybillsAnswerInTheirShapes() {
        JsonObject remote = client.post("/trackings/remote",
                "[{\"country\":\"Japan\",\"postcode\":\"7621094\"},{\"country\":\"DE\",\"postcode\":\"10115\"}]")
                .dataObject();
        JsonArray cost = client.post("/trackings/costtime",
                "[{\"original\":\"CN\",\"destination\":\"US\",\"carrier_code\":\"dhl\"}]").json().getJsonArray("data");
        JsonObject single = client.post("/trackings/aircargo", "{\"track_number\":\"172-28891936\"}").dataObject();
        JsonObject array = client.post("/trackings/aircargo",
                "{\"track_number\":[\"172-28891936\",\"172-28891936\"],\"lang\":\"en\"}").dataObject();

        assertThat(remote.getInt("submitted")).isEqualTo(2);
        assertThat(remote.getJsonArray("remote").getJsonObject(0).getString("two_code")).isEqualTo("JP");
        assertThat(remote.getJsonArray("other")).hasSize(1);
        assertThat(cost.getJsonObject(0).keySet()).contains("carrier_code", "original", "destination", "total",
                "delivered", "range1", "range3", "range4", "range5");
        assertThat(single).isEqualTo(array);
        JsonObject data = single.getJsonObject("172-28891936").getJsonObject("return_data");
        assertThat(data.getString("origin")).isEqualTo("XMN");
        assertThat(data.getInt("piece")).isEqualTo(9);
        assertThat(data.getJsonObject("flight_info").keySet()).contains("CV7493", "C80066");
    }

    @Test
    void detectionNamesTheCarriersOfANumber() {
        V2Client.Reply reply = client.post("/carriers/detect", "{\"tracking_number\":\"RR123456785CN\"}");

        assertThat(reply.meta()).isEqualTo(200);
        assertThat(reply.json().getJsonArray("data")).extracting(v -> v.asJsonObject().getString("code"))
                .contains("china-post");
        assertThat(reply.json().getJsonArray("data").getJsonObject(0).keySet()).containsExactly("name", "code");
    }

    @Test
    void aRequestBodyNestedDeeperThanTheParserAllowsIsAnswered4012NotHungUpOn() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        V2Client.Reply reply = client.post("/trackings/post", deep);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("4012");
    }

    @Test
    void aListPostWithAnEmptyBodyReadsItsFiltersFromTheQueryStringAndEmptyValuesMeanNoFilter() {
        for (int i = 1; i <= 3; i++) {
            client.post("/trackings/post", create(String.format("PK%011d", i)));
        }

        JsonObject emptyBody = client.post("/trackings/get?page=1&limit=2&numbers=PK00000000001,PK00000000003", "")
                .dataObject();
        JsonObject merged = client.post("/trackings/get?numbers=PK00000000001,PK00000000003&created_at_min=",
                "{\"page\":1,\"limit\":2}").dataObject();
        JsonObject unfiltered = client.post("/trackings/get?numbers=&status=", "").dataObject();

        assertThat(emptyBody.getJsonArray("items")).extracting(v -> v.asJsonObject().getString("tracking_number"))
                .containsExactly("PK00000000001", "PK00000000003");
        assertThat(merged).isEqualTo(emptyBody);
        assertThat(unfiltered.getJsonArray("items")).hasSize(3);
    }

    @Test
    void anUpdateWithAnEmptyBodyOrAnEmptyObjectAnswersTheUnchangedTracking() {
        client.post("/trackings/post", create("PK00000000001"));

        V2Client.Reply empty = client.put("/trackings/usps/PK00000000001", "");
        V2Client.Reply emptyObject = client.put("/trackings/usps/PK00000000001", "{}");
        V2Client.Reply unknown = client.put("/trackings/usps/PK00000000009", "{}");

        assertThat(empty.meta()).isEqualTo(200);
        assertThat(empty.json().getJsonObject("data").getString("tracking_number")).isEqualTo("PK00000000001");
        assertThat(emptyObject.meta()).isEqualTo(200);
        assertThat(unknown.meta()).isEqualTo(4017);
    }

    @Test
    void aCreateAnswersTheShortShapeOfTheReferenceExampleNotTheWholeTracking() {
        JsonObject data = client.post("/trackings/post", create("PK00000000001")).dataObject();

        assertThat(data.keySet()).containsExactlyInAnyOrder("id", "tracking_number", "carrier_code", "status",
                "created_at", "customer_email", "customer_name", "order_id", "title");
        assertThat(data.getString("tracking_number")).isEqualTo("PK00000000001");
        assertThat(data.getString("status")).isEqualTo("pending");
    }

    @Test
    void detectionAnswersAGetWithAJsonBodyLikeAPost() {
        V2Client.Reply byGet = client.send("GET", "/carriers/detect", "{\"tracking_number\":\"RR123456785CN\"}");
        V2Client.Reply byPost = client.post("/carriers/detect", "{\"tracking_number\":\"RR123456785CN\"}");

        assertThat(byGet.meta()).isEqualTo(200);
        assertThat(byGet.data()).isEqualTo(byPost.data());
    }
}
