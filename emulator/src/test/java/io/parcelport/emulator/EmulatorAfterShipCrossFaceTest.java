package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One server, one set of shipments: what the AfterShip face creates, v2 and v4 see, and the reverse. */
class EmulatorAfterShipCrossFaceTest {
    private static Emulator emulator;
    private static AfterShipClient afterShip;
    private static V2Client v2;
    private static V4Client v4;

    @BeforeAll
    static void start() {
        emulator = Emulator.start(EmulatorOptions.builder().port(0).build());
        afterShip = new AfterShipClient(emulator);
        v2 = new V2Client(emulator);
        v4 = new V4Client(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.reset();
    }

    private static JsonObject v4Listed(String number) {
        V2Client.Reply r = v4.get("/trackings/get?tracking_numbers=" + number);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.data().asJsonArray()).hasSize(1);
        return r.data().asJsonArray().getJsonObject(0);
    }

    @Test
    void createdThroughAfterShipReadThroughV2AndV4UnderTheSameId() {
        AfterShipClient.Reply made = afterShip.post("/trackings", "{\"tracking_number\":\"PPTRANSIT0001\","
                + "\"slug\":\"usps\",\"title\":\"Blue mug\",\"order_id\":\"O-1\",\"note\":\"door\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String id = made.data().getString("id");

        JsonObject seenV4 = v4Listed("PPTRANSIT0001");
        assertThat(seenV4.getString("id")).as("the AfterShip id is the v4 id").isEqualTo(id);
        assertThat(seenV4.getString("courier_code")).isEqualTo("usps");
        assertThat(seenV4.getString("title")).isEqualTo("Blue mug");
        assertThat(seenV4.getString("order_id")).isEqualTo("O-1");
        assertThat(seenV4.getString("note")).isEqualTo("door");
        V2Client.Reply seenV2 = v2.get("/trackings/usps/PPTRANSIT0001");
        assertThat(seenV2.meta()).as(seenV2.body()).isEqualTo(200);
        assertThat(seenV2.dataObject().getString("id")).isEqualTo(id);
        assertThat(seenV2.dataObject().getString("title")).isEqualTo("Blue mug");
        assertThat(seenV2.dataObject().getString("order_id")).isEqualTo("O-1");

        AfterShipClient.Reply deleted = afterShip.delete("/trackings/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(v4.get("/trackings/get?tracking_numbers=PPTRANSIT0001").data().asJsonArray()).isEmpty();
    }

    @Test
    void createdThroughV2AndV4ReadChangedAndCompletedThroughAfterShip() {
        V2Client.Reply made = v2.post("/trackings/post", "{\"tracking_number\":\"PPTRANSIT0002\","
                + "\"carrier_code\":\"usps\",\"title\":\"Red mug\"}");
        String id = made.dataObject().getString("id");
        AfterShipClient.Reply read = afterShip.get("/trackings/" + id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.data().getString("tracking_number")).isEqualTo("PPTRANSIT0002");
        assertThat(read.data().getString("title")).isEqualTo("Red mug");

        afterShip.put("/trackings/" + id, "{\"title\":\"Green mug\"}");
        assertThat(v2.get("/trackings/usps/PPTRANSIT0002").dataObject().getString("title")).isEqualTo("Green mug");

        AfterShipClient.Reply done = afterShip.post("/trackings/" + id + "/mark-as-completed",
                "{\"reason\":\"DELIVERED\"}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(v4Listed("PPTRANSIT0002").getString("delivery_status")).isEqualTo("delivered");
        assertThat(v2.get("/trackings/usps/PPTRANSIT0002").dataObject().getString("status")).isEqualTo("delivered");

        V2Client.Reply v4made = v4.post("/trackings/create", "{\"tracking_number\":\"PPTRANSIT0003\","
                + "\"courier_code\":\"usps\"}");
        String v4id = v4made.dataObject().getString("id");
        JsonObject listed = afterShip.get("/trackings?tracking_numbers=PPTRANSIT0003").data();
        assertThat(listed.getJsonArray("trackings").getJsonObject(0).getString("id")).isEqualTo(v4id);
        assertThat(afterShip.get("/trackings").data().getJsonObject("pagination").getInt("total")).isEqualTo(2);
    }
}
