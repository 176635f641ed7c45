package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One server, one set of shipments: what one face creates, changes or deletes, the other sees. */
class EmulatorV4CrossFaceTest extends SharedEmulatorTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = EmulatorExtension.withOptions(EmulatorOptions.builder().port(0).build());

    V4Client v4;

    @BeforeEach
    void v4Client() {
        v4 = new V4Client(emulator);
    }

    private JsonObject v4Listed(String number) {
        V2Client.Reply r = v4.get("/trackings/get?tracking_numbers=" + number);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.data().asJsonArray()).hasSize(1);
        return r.data().asJsonArray().getJsonObject(0);
    }

    @Test
    void createdThroughV2ReadUpdatedAndDeletedThroughV4() {
        V2Client.Reply made = client.post("/trackings/post", "{\"tracking_number\":\"9400111899562537624326\","
                + "\"carrier_code\":\"usps\",\"title\":\" Blue mug \",\"comment\":\"leave at door\","
                + "\"customer_phone\":\"+1 (555) 010-0000\",\"order_create_time\":\"2017/8/27 16:51\","
                + "\"customer_email\":[\"a@example.com\",\"b@example.com\"],\"destination_code\":\"US\"}");
        assertThat(made.meta()).as(made.body()).isEqualTo(200);
        String id = made.dataObject().getString("id");

        JsonObject seen = v4Listed("9400111899562537624326");
        assertThat(seen.getString("id")).as("the v2 id is the v4 id").isEqualTo(id);
        assertThat(seen.getString("courier_code")).isEqualTo("usps");
        assertThat(seen.getString("title")).isEqualTo(" Blue mug ");
        assertThat(seen.getString("note")).isEqualTo("leave at door");
        assertThat(seen.getString("customer_sms")).isEqualTo("+1 (555) 010-0000");
        assertThat(seen.getString("order_date")).isEqualTo("2017/8/27 16:51");
        assertThat(seen.getString("customer_email")).isEqualTo("a@example.com,b@example.com");
        assertThat(seen.getString("destination_country")).isEqualTo("US");

        V2Client.Reply updated = v4.put("/trackings/update/" + id, "{\"customer_name\":\"Ann\",\"note\":\"ring twice\","
                + "\"archived_status\":\"archived\"}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);

        JsonObject v2 = client.get("/trackings/usps/9400111899562537624326").dataObject();
        assertThat(v2.getString("customer_name")).isEqualTo("Ann");
        assertThat(v2.getString("comment")).as("v4's note is v2's comment").isEqualTo("ring twice");
        assertThat(v2.getBoolean("archived")).isTrue();

        V2Client.Reply deleted = v4.delete("/trackings/delete/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.dataObject().getString("note")).isEqualTo("ring twice");
        assertThat(client.get("/trackings/usps/9400111899562537624326").meta()).isEqualTo(4017);
    }

    @Test
    void createdThroughV4ReadUpdatedAndDeletedThroughV2() {
        V2Client.Reply made = v4.post("/trackings/create", "{\"tracking_number\":\"9400111899562537624326\","
                + "\"courier_code\":\"usps\",\"title\":\"Mug\",\"note\":\"fragile\",\"customer_sms\":\"555\","
                + "\"order_id\":\" 0042\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        String id = made.dataObject().getString("id");

        JsonObject v2 = client.get("/trackings/usps/9400111899562537624326").dataObject();
        assertThat(v2.getString("id")).isEqualTo(id);
        assertThat(v2.getString("title")).isEqualTo("Mug");
        assertThat(v2.getString("comment")).isEqualTo("fragile");
        assertThat(v2.getString("customer_phone")).isEqualTo("555");
        assertThat(v2.getString("order_id")).isEqualTo(" 0042");

        assertThat(client.put("/trackings/usps/9400111899562537624326", "{\"title\":\"Cup\",\"customer_phone\":\"777\"}")
                .meta()).isEqualTo(200);
        JsonObject seen = v4Listed("9400111899562537624326");
        assertThat(seen.getString("title")).isEqualTo("Cup");
        assertThat(seen.getString("customer_sms")).as("v2's customer_phone is v4's customer_sms").isEqualTo("777");

        assertThat(v4.post("/trackings/create", "{\"tracking_number\":\"9400111899562537624326\","
                + "\"courier_code\":\"usps\"}").meta()).as("exists, whichever face made it").isEqualTo(4101);
        assertThat(client.delete("/trackings/usps/9400111899562537624326").meta()).isEqualTo(200);
        assertThat(v4.get("/trackings/get").data().asJsonArray()).isEmpty();
        assertThat(v4.put("/trackings/update/" + id, "{\"title\":\"x\"}").meta()).isEqualTo(4102);
        assertThat(v4.delete("/trackings/delete/" + id).meta()).isEqualTo(4102);
    }

    @Test
    void aCourierChangedThroughV4IsTheV2KeyToo() {
        String id = v4.post("/trackings/create", "{\"tracking_number\":\"9400111899562537624326\","
                + "\"courier_code\":\"usps\",\"note\":\"keep me\"}").dataObject().getString("id");

        v4.put("/trackings/update/" + id, "{\"courier_code_new\":\"fedex\"}");

        assertThat(client.get("/trackings/usps/9400111899562537624326").meta()).isEqualTo(4017);
        JsonObject moved = client.get("/trackings/fedex/9400111899562537624326").dataObject();
        assertThat(moved.getString("comment")).as("the free text follows the move").isEqualTo("keep me");
    }

    @Test
    void demoShipmentsAreListedOnBothFacesWithTheSameIds() {
        try (Emulator demo = Emulator.start(EmulatorOptions.builder().port(0).demoData(30, 5).build())) {
            JsonObject v2Page = new V2Client(demo).get("/trackings/get?limit=30").dataObject();
            var v4Page = new V4Client(demo).get("/trackings/get?items_amount=30").data().asJsonArray();

            assertThat(v4Page).hasSize(30);
            assertThat(v4Page.stream().map(v -> v.asJsonObject().getString("id")).toList())
                    .isEqualTo(v2Page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id"))
                            .toList());
            String id = v4Page.getJsonObject(7).getString("id");
            assertThat(new V4Client(demo).put("/trackings/update/" + id, "{}").status()).isEqualTo(200);
        }
    }
}
