package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each endpoint's answer against its reference sample (reference §5 and samples/): the same keys where the sample is a
 * whole short shape, at least the sample's keys where it is a tracking object (§4 lists more), and the same JSON
 * types (string-vs-number included) wherever both sides have a value.
 */
class EmulatorAnswerShapesTest extends SharedEmulatorTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = EmulatorExtension.withOptions(EmulatorOptions.builder().port(0).build());

    private static String create(String number, String carrier) {
        return "{\"tracking_number\":\"" + number + "\",\"carrier_code\":\"" + carrier + "\"}";
    }

    @Test
    void createAnswersTheNineKeysOfTheObservedAnswer() {
        JsonObject answer = client.post("/trackings/post", create("8000311584581", "turkey-post")).json();

        Shapes.sameShape("create", Shapes.sample("trackings_post.response.observed-2017.json"), answer);
    }

    @Test
    void anExistingTrackingAnswersTheObservedErrorShape() {
        client.post("/trackings/post", create("8000311584581", "turkey-post"));

        JsonObject answer = client.post("/trackings/post", create("8000311584581", "turkey-post")).json();

        assertThat(answer).isEqualTo(Shapes.sample("trackings_post.response.error-4016-already-exists.json"));
    }

    @Test
    void batchAnswersAddedItemsInTheShortShapeAndErrorsAsObserved() {
        client.post("/trackings/post", create("8000311584582221", "turkey-post"));

        JsonObject answer = client.post("/trackings/batch", "[" + create("RH051844173TR", "turkey-post") + ","
                + create("RH051844187TR", "turkey-post") + "," + create("8000311584582221", "turkey-post") + "]")
                .json();

        Shapes.sameShape("batch", Shapes.sample("trackings_batch.response.partial-success-201.json"), answer);
    }

    @Test
    void aBatchOverFortyAnswersTheObservedRefusal() {
        String items = IntStream.rangeClosed(1, 41).mapToObj(i -> create(String.format("PK%011d", i), "usps"))
                .collect(Collectors.joining(",", "[", "]"));

        assertThat(client.post("/trackings/batch", items).json())
                .isEqualTo(Shapes.sample("trackings_batch.response.error-202-over-40.json"));
    }

    @Test
    void theListAnswersTheObservedPageWithTotalAsAString() {
        client.post("/trackings/realtime", create("3502339401241", "bestex"));
        client.post("/trackings/post", create("51837622007298", "bestex"));

        JsonObject answer = client.get("/trackings/get?page=1&limit=4").json();

        Shapes.coversShape("list", Shapes.sample("trackings_get.response.bestex-list.json"), answer);
        assertThat(answer.getJsonObject("data").get("total").getValueType()).isEqualTo(JsonValue.ValueType.STRING);
        assertThat(answer.getJsonObject("data").get("count").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
    }

    @Test
    void singleGetAnswersATrackingObjectOfTheObservedShape() {
        client.post("/trackings/realtime", create("3502339401241", "bestex"));

        JsonObject tracking = client.get("/trackings/bestex/3502339401241").dataObject();

        JsonObject sampleItem = Shapes.sample("trackings_get.response.bestex-list.json").getJsonObject("data")
                .getJsonArray("items").getJsonObject(0);
        Shapes.coversShape("tracking", sampleItem, tracking);
    }

    @Test
    void realTimeAnswersItemsOfTheObservedShape() {
        JsonObject answer = client.post("/trackings/realtime", create("LS912989618CN", "china-ems")).json();

        JsonObject sample = Shapes.sample("trackings_realtime.response.china-ems-with-destination.json");
        // The sample has a destination leg; this parcel may not have one yet (destination_info null is §4's shape).
        Shapes.coversShape("realtime", sample, answer);
    }

    @Test
    void updateAnswersATrackingAndChangeCarrierTheDocumentedUsertag() {
        client.post("/trackings/post", create("LK664578623CN", "china-ems"));

        JsonObject put = client.put("/trackings/china-ems/LK664578623CN", "{\"title\":\"t\"}").dataObject();
        JsonObject sampleItem = Shapes.sample("trackings_get.response.bestex-list.json").getJsonObject("data")
                .getJsonArray("items").getJsonObject(0);
        Shapes.coversShape("put", sampleItem, put);

        JsonObject changed = client.post("/trackings/update", "{\"tracking_number\":\"LK664578623CN\","
                + "\"carrier_code\":\"china-ems\",\"update_carrier_code\":\"usps\"}").json();
        Shapes.sameShape("update", Shapes.sample("trackings_update.response.doc.json"), changed);
    }

    @Test
    void singleDeleteAnswersTheDocumentedEmptyArray() {
        client.post("/trackings/post", create("LK664578623CN", "china-ems"));

        assertThat(client.delete("/trackings/china-ems/LK664578623CN").json())
                .isEqualTo(Shapes.sample("trackings_single_delete.response.doc.json"));
    }

    @Test
    void batchDeleteAndStopUpdatingAnswerTheDocumentedBeginnings() {
        client.post("/trackings/post", create("1Z97X17XYW06605211", "ups"));
        client.post("/trackings/post", create("83041096445", "wishpost"));
        String both = "[" + create("1Z97X17XYW06605211", "ups") + "," + create("83041096445", "wishpost") + "]";

        JsonObject stopped = client.post("/trackings/notupdate", both).dataObject();
        assertThat(stopped.getInt("submitted")).isEqualTo(2);
        assertThat(stopped.getInt("change")).isEqualTo(2);
        assertThat(stopped.getJsonArray("trackings").getJsonObject(0).getString("tracking_number"))
                .isEqualTo("1Z97X17XYW06605211");

        JsonObject deleted = client.post("/trackings/delete", both).dataObject();
        assertThat(deleted.getInt("submitted")).isEqualTo(2);
        assertThat(deleted.getInt("delete")).isEqualTo(2);
        assertThat(deleted.getJsonArray("trackings").getJsonObject(0).getJsonObject("meta")
                .getString("tracking_number")).isEqualTo("1Z97X17XYW06605211");
    }

    @Test
    void userInfoAnswersTheDocumentedKeysWithRegtimeAsAString() {
        JsonObject answer = client.get("/trackings/getuserinfo").json();

        Shapes.sameShape("userinfo", Shapes.sample("trackings_getuserinfo.response.doc-normalized.json"), answer);
        assertThat(answer.getJsonObject("data").get("regtime").getValueType()).isEqualTo(JsonValue.ValueType.STRING);
    }

    @Test
    void statusNumberAnswersACountPerStatusWord() {
        JsonObject data = client.get("/trackings/getstatusnumber").dataObject();

        // [TS] TypeTotal, from the docs: the eight v2 words, each an int.
        assertThat(data.keySet()).contains("pending", "notfound", "transit", "pickup", "delivered", "undelivered",
                "exception", "expired");
        data.values().forEach(v -> assertThat(v.getValueType()).isEqualTo(JsonValue.ValueType.NUMBER));
    }

    @Test
    void carriersAndDetectionAnswerTheDocumentedShapes() {
        JsonObject carriers = client.get("/carriers").json();
        Shapes.coversShape("carriers", Shapes.sample("carriers.response.doc.json"), carriers);
        assertThat(carriers.getJsonObject("meta").keySet()).containsExactly("code");

        JsonObject detected = client.post("/carriers/detect", "{\"tracking_number\":\"RN123456789CN\"}").json();
        Shapes.sameShape("detect", Shapes.sample("carriers_detect.response.doc.json"), detected);
    }
}
