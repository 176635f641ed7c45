package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every meta code the emulator answers with, each provoked over real HTTP (reference §2). */
class EmulatorErrorCodesTest extends SharedEmulatorTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = EmulatorExtension.withOptions(EmulatorOptions.builder().port(0)
            .apiKey(V2Client.KEY).build());

    @Test
    void unknownPathsAre404WithMeta404() {
        V2Client.Reply reply = client.get("/trackings/a/b/c/d/e");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.meta()).isEqualTo(404);
        assertThat(client.get("/nothing").meta()).isEqualTo(404);
        assertThat(new V2Client(java.net.URI.create(emulator.baseUrl().replace("/v2", "/v3")), V2Client.KEY)
                .get("/trackings/get").meta()).isEqualTo(404);
    }

    @Test
    void wrongMethodsAre405WithMeta405() {
        V2Client.Reply reply = client.get("/trackings/post");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.meta()).isEqualTo(405);
        assertThat(client.delete("/carriers").meta()).isEqualTo(405);
        assertThat(client.put("/trackings/usps/PK00000000001/en", "{}").meta()).isEqualTo(405);
    }

    @Test
    void malformedJsonIs4012() {
        assertThat(client.post("/trackings/post", "{\"tracking_number\":").meta()).isEqualTo(4012);
        assertThat(client.post("/trackings/batch", "not json").meta()).isEqualTo(4012);
        assertThat(client.post("/trackings/batch", "{}").meta()).as("an object where an array belongs")
                .isEqualTo(4012);
        assertThat(client.post("/trackings/post", "").meta()).as("no body").isEqualTo(4012);
    }

    @Test
    void aMissingOrUnknownApiKeyIs4001() {
        V2Client.Reply missing = client.withKey(null).get("/trackings/get");
        V2Client.Reply unknown = client.withKey("someone-else").get("/trackings/get");

        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.meta()).isEqualTo(4001);
        assertThat(missing.data().toString()).isEqualTo("[]");
        assertThat(unknown.meta()).isEqualTo(4001);
        assertThat(client.withKey(" ").get("/carriers").meta()).isEqualTo(4001);
    }

    @Test
    void anyNonEmptyKeyIsAcceptedWhenNoneIsConfigured() {
        try (Emulator open = Emulator.start(EmulatorOptions.builder().port(0).build())) {
            assertThat(new V2Client(open).withKey("whatever").get("/trackings/get").meta()).isEqualTo(200);
            assertThat(new V2Client(open).withKey(null).get("/trackings/get").meta()).isEqualTo(4001);
        }
    }

    @Test
    void aDuplicateIs4016AndAnUnknownTrackingIs4017() {
        String body = "{\"tracking_number\":\"PK00000000001\",\"carrier_code\":\"usps\"}";
        client.post("/trackings/post", body);

        assertThat(client.post("/trackings/post", body).meta()).isEqualTo(4016);
        assertThat(client.get("/trackings/usps/PK00000000009").meta()).isEqualTo(4017);
        assertThat(client.put("/trackings/usps/PK00000000009", "{\"title\":\"x\"}").meta()).isEqualTo(4017);
        assertThat(client.delete("/trackings/usps/PK00000000009").meta()).isEqualTo(4017);
    }

    @Test
    void aBadCarrierIs4015ABadNumber4014AndAMissingNumber4013() {
        assertThat(client.post("/trackings/post", "{\"tracking_number\":\"PK00000000001\","
                + "\"carrier_code\":\"no-such-carrier\"}").meta()).isEqualTo(4015);
        assertThat(client.post("/trackings/post", "{\"tracking_number\":\"PK00000000001\","
                + "\"carrier_code\":\"US PS\"}").meta()).isEqualTo(4015);
        assertThat(client.post("/trackings/post", "{\"tracking_number\":\"PK 1\\n\",\"carrier_code\":\"usps\"}")
                .meta()).isEqualTo(4014);
        assertThat(client.post("/trackings/post", "{\"carrier_code\":\"usps\"}").meta()).isEqualTo(4013);
        assertThat(client.post("/trackings/update", "{\"tracking_number\":\"PK00000000001\","
                + "\"carrier_code\":\"usps\",\"update_carrier_code\":\"ups\"}").meta()).isEqualTo(4017);
    }

    @Test
    void anExhaustedQuotaIs4021() {
        try (Emulator broke = Emulator.start(EmulatorOptions.builder().port(0).quota(0).build())) {
            V2Client c = new V2Client(broke);
            assertThat(c.post("/trackings/post", "{\"tracking_number\":\"PK00000000001\",\"carrier_code\":\"usps\"}")
                    .meta()).isEqualTo(4021);
            assertThat(c.post("/trackings/aircargo", "{\"track_number\":\"172-28891936\"}").meta()).isEqualTo(4021);
            V2Client.Reply batch = c.post("/trackings/batch",
                    "[{\"tracking_number\":\"PK00000000001\",\"carrier_code\":\"usps\"}]");
            assertThat(batch.dataObject().getJsonArray("errors").getJsonObject(0).getInt("code")).isEqualTo(4021);
        }
    }

    @Test
    void aNumberNoCarrierMatchesIs4032() {
        assertThat(client.post("/carriers/detect", "{\"tracking_number\":\"ZZZZZ\"}").meta()).isEqualTo(4032);
        assertThat(client.post("/trackings/post", "{\"tracking_number\":\"ZZZZZ\"}").meta())
                .as("no carrier given and none detected").isEqualTo(4032);
    }

    @Test
    void anUnknownStatusFilterIs4033() {
        assertThat(client.get("/trackings/get?status=lost").meta()).isEqualTo(4033);
        assertThat(client.get("/trackings/get?status=delivered").meta()).isEqualTo(200);
    }

    @Test
    void moreThanFortyNumbersOrAPageOverTwoThousandIs202() {
        String numbers = java.util.stream.IntStream.rangeClosed(1, 41).mapToObj(i -> String.format("PK%011d", i))
                .collect(java.util.stream.Collectors.joining(","));

        assertThat(client.get("/trackings/get?numbers=" + numbers).meta()).isEqualTo(202);
        assertThat(client.get("/trackings/get?limit=2001").meta()).isEqualTo(202);
        assertThat(client.get("/trackings/get?limit=2000").meta()).isEqualTo(200);
    }

    @Test
    void enforcedRateLimitsAre429WithRetryAfter() {
        try (Emulator limited = Emulator.start(EmulatorOptions.builder().port(0).rateLimits(true)
                .retryAfter(java.time.Duration.ofSeconds(2)).build())) {
            V2Client c = new V2Client(limited);
            assertThat(c.get("/trackings/get").meta()).isEqualTo(200);
            V2Client.Reply second = c.get("/trackings/get");

            assertThat(second.status()).isEqualTo(429);
            assertThat(second.meta()).isEqualTo(429);
            assertThat(second.retryAfter()).contains("2");
            assertThat(c.withKey("another-account").get("/trackings/get").meta()).as("per key").isEqualTo(200);
            assertThat(c.get("/carriers").meta()).as("other calls are not limited").isEqualTo(200);
            String realtime = "{\"tracking_number\":\"PK00000000001\",\"carrier_code\":\"usps\"}";
            for (int i = 0; i < 3; i++) {
                assertThat(c.post("/trackings/realtime", realtime).meta()).isEqualTo(200);
            }
            assertThat(c.post("/trackings/realtime", realtime).meta()).as("the fourth in a second").isEqualTo(429);
        }
    }
}
