package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.adapter.inmemory.ManualClock;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reference 5.9 (a number never seen answers the carrier's results at once, and a repeated call the same shipment,
 * moved on) and issue 11's "answers keep what the client sent" (free text back exactly as sent), over real HTTP.
 */
class EmulatorRealtimeAndEchoTest extends SharedEmulatorTest {
    private static final ManualClock CLOCK = ManualClock.at(Instant.parse("2025-03-03T08:00:00Z"));

    @RegisterExtension
    static final EmulatorExtension EMULATOR = EmulatorExtension.withOptions(
            EmulatorOptions.builder().port(0).clock(CLOCK).build());

    private static final String SENT = "{\"tracking_number\":\"LS912989618CN\",\"carrier_code\":\"china-ems\","
            + "\"order_create_time\":\"2017/8/27 16:51\",\"title\":\"  Blue mug, 2 pcs \",\"customer_name\":\"Ann\","
            + "\"comment\":\"leave at door\",\"order_id\":\" 0042\",\"logistics_channel\":\"EMS ePacket\","
            + "\"destination_code\":\"us\",\"customer_email\":\"a@example.com, b@example.com\","
            + "\"customer_phone\":\"+1 (555) 010-0000\"}";

    private static final List<String> FREE_TEXT = List.of("order_create_time", "title", "customer_name", "comment",
            "order_id", "logistics_channel", "destination_code", "customer_email", "customer_phone");

    private static JsonObject realtimeItem(V2Client.Reply reply) {
        assertThat(reply.meta()).isEqualTo(200);
        return reply.dataObject().getJsonArray("items").getJsonObject(0);
    }

    private static void assertAsSent(String what, JsonObject tracking, JsonObject sent) {
        for (String field : FREE_TEXT) {
            if (tracking.containsKey(field)) {
                assertThat(tracking.get(field)).as("%s: %s", what, field).isEqualTo(sent.get(field));
            }
        }
    }

    private static JsonObject sent() {
        return jakarta.json.Json.createReader(new java.io.StringReader(SENT)).readObject();
    }

    @Test
    void aNumberNeverSeenAnswersTheCarriersResultsInTheSameCall() {
        JsonObject item = realtimeItem(client.post("/trackings/realtime",
                "{\"tracking_number\":\"RE113184005HK\",\"carrier_code\":\"hong-kong-post\"}"));

        assertThat(item.getString("status")).isNotEqualTo("pending");
        assertThat(item.getJsonObject("origin_info").getJsonArray("trackinfo")).isNotEmpty();
        assertThat(item.get("lastEvent").getValueType()).isEqualTo(JsonValue.ValueType.STRING);
        assertThat(item.get("lastUpdateTime").getValueType()).isEqualTo(JsonValue.ValueType.STRING);
        assertThat(client.get("/trackings/hong-kong-post/RE113184005HK").dataObject().getString("id"))
                .as("registered too").isEqualTo(item.getString("id"));
    }

    @Test
    void repeatingTheCallAnswersTheSameShipmentMovedOnAsTimePasses() {
        String body = "{\"tracking_number\":\"RE113184005HK\",\"carrier_code\":\"hong-kong-post\"}";
        JsonObject first = realtimeItem(client.post("/trackings/realtime", body));

        CLOCK.advance(Duration.ofDays(120));
        JsonObject later = realtimeItem(client.post("/trackings/realtime", body));

        assertThat(later.getString("id")).isEqualTo(first.getString("id"));
        assertThat(later.getString("created_at")).isEqualTo(first.getString("created_at"));
        int before = first.getJsonObject("origin_info").getJsonArray("trackinfo").size()
                + (first.isNull("destination_info") ? 0
                : first.getJsonObject("destination_info").getJsonArray("trackinfo").size());
        int after = later.getJsonObject("origin_info").getJsonArray("trackinfo").size()
                + (later.isNull("destination_info") ? 0
                : later.getJsonObject("destination_info").getJsonArray("trackinfo").size());
        assertThat(after).isGreaterThan(before);
        assertThat(client.get("/trackings/get").dataObject().getString("total")).isEqualTo("1");
    }

    @Test
    void freeTextComesBackExactlyAsSentFromCreateGetListAndUpdate() {
        JsonObject created = client.post("/trackings/post", SENT).dataObject();
        assertAsSent("create", created, sent());
        assertThat(created.getString("title")).isEqualTo("  Blue mug, 2 pcs ");

        JsonObject got = client.get("/trackings/china-ems/LS912989618CN").dataObject();
        assertAsSent("get", got, sent());
        assertThat(got.getString("order_create_time")).isEqualTo("2017/8/27 16:51");
        assertThat(got.getString("customer_email")).isEqualTo("a@example.com, b@example.com");
        assertAsSent("list", client.get("/trackings/get").dataObject().getJsonArray("items").getJsonObject(0),
                sent());

        JsonObject put = client.put("/trackings/china-ems/LS912989618CN",
                "{\"title\":\"Red mug \",\"customer_email\":[\"c@example.com\"]}").dataObject();
        assertThat(put.getString("title")).isEqualTo("Red mug ");
        assertThat(put.get("customer_email").toString()).isEqualTo("[\"c@example.com\"]");
        assertThat(put.getString("order_create_time")).as("unchanged, as sent").isEqualTo("2017/8/27 16:51");

        JsonObject more = client.post("/trackings/updatemore", "[{\"tracking_number\":\"LS912989618CN\","
                + "\"carrier_code\":\"china-ems\",\"order_id\":\"A-7 \"}]").dataObject();
        assertThat(more.getJsonArray("trackings").getJsonObject(0).getString("order_id")).isEqualTo("A-7 ");
    }

    @Test
    void freeTextComesBackAsSentFromRealTimeAndBatch() {
        JsonObject item = realtimeItem(client.post("/trackings/realtime", "{\"tracking_number\":\"LS912989618CN\","
                + "\"carrier_code\":\"china-ems\",\"order_create_time\":\"2017/8/27 16:51\",\"order\":\"SO 12\"}"));
        assertThat(item.getString("order_create_time")).isEqualTo("2017/8/27 16:51");
        assertThat(item.getString("order_id")).isEqualTo("SO 12");

        JsonObject batch = client.post("/trackings/batch", "[{\"tracking_number\":\"RH051844173TR\","
                + "\"carrier_code\":\"turkey-post\",\"title\":\" x \",\"order_id\":12345}]").dataObject();
        JsonObject added = batch.getJsonArray("trackings").getJsonObject(0);
        assertThat(added.getString("title")).isEqualTo(" x ");
        assertThat(added.getString("order_id")).as("a number sent comes back as v2's text").isEqualTo("12345");
    }

    @Test
    void aDeletedAndReaddedTrackingShowsOnlyWhatTheNewCreateSent() {
        client.post("/trackings/post", SENT);
        client.delete("/trackings/china-ems/LS912989618CN");

        JsonObject again = client.post("/trackings/post",
                "{\"tracking_number\":\"LS912989618CN\",\"carrier_code\":\"china-ems\"}").dataObject();

        assertThat(again.isNull("title")).isTrue();
        assertThat(client.get("/trackings/china-ems/LS912989618CN").dataObject().isNull("order_create_time"))
                .isTrue();
    }

    @Test
    void aChangeOfCarrierKeepsWhatWasSent() {
        client.post("/trackings/post", SENT);

        assertThat(client.post("/trackings/update", "{\"tracking_number\":\"LS912989618CN\","
                + "\"carrier_code\":\"china-ems\",\"update_carrier_code\":\"usps\"}").meta()).isEqualTo(200);

        assertAsSent("after the change", client.get("/trackings/usps/LS912989618CN").dataObject(), sent());
    }
}
