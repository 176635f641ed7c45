package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.adapter.inmemory.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * v4's rate limits (10 calls a second per key, 3 creates a second), its quota code, and the v2 face's fault modes in
 * v4 envelopes. The emulator's clock is a {@link ManualClock} that nobody moves, so every call arrives in the same
 * instant and the counts do not depend on how fast the machine is.
 */
class EmulatorV4LimitsAndFaultsTest {

    private static EmulatorOptionsBuilder limited() {
        return EmulatorOptions.builder().port(0).rateLimits(true)
                .clock(ManualClock.at(Instant.parse("2025-03-03T08:00:00Z")));
    }

    private static String create(int i) {
        return "{\"tracking_number\":\"PK" + String.format("%011d", i) + "\",\"courier_code\":\"usps\"}";
    }

    @Test
    void theEleventhV4CallInASecondIs429WithRetryAfterPerKey() {
        try (Emulator e = Emulator.start(limited().build())) {
            V4Client v4 = new V4Client(e);
            for (int i = 0; i < 10; i++) {
                assertThat(v4.get(i % 2 == 0 ? "/trackings/get" : "/couriers/all").status()).as("call %d", i)
                        .isEqualTo(200);
            }

            V2Client.Reply eleventh = v4.get("/trackings/get");

            EmulatorV4EndpointsTest.assertErrorOnly(eleventh, 429, 429);
            assertThat(eleventh.json().getJsonObject("meta").getString("message"))
                    .isEqualTo("Exceeded API request limits, please try again later.");
            assertThat(eleventh.retryAfter()).as("v2's default wait").contains("120");
            assertThat(v4.withKey("another-account").get("/trackings/get").status()).as("per key").isEqualTo(200);
            assertThat(new V2Client(e).get("/carriers").meta()).as("the v2 face counts apart").isEqualTo(200);
            EmulatorV4EndpointsTest.assertErrorOnly(v4.withKey(null).get("/trackings/get"), 401, 401);
        }
    }

    @Test
    void theFourthCreateInASecondIs429() {
        try (Emulator e = Emulator.start(limited().retryAfter(Duration.ofSeconds(7)).build())) {
            V4Client v4 = new V4Client(e);
            for (int i = 1; i <= 3; i++) {
                assertThat(v4.post("/trackings/create", create(i)).status()).isEqualTo(200);
            }

            V2Client.Reply fourth = v4.post("/trackings/create", create(4));

            EmulatorV4EndpointsTest.assertErrorOnly(fourth, 429, 429);
            assertThat(fourth.retryAfter()).contains("7");
            assertThat(v4.get("/trackings/get").status()).as("other calls still pass").isEqualTo(200);
            assertThat(EmulatorV4EndpointsTest.numbers(v4.get("/trackings/get"))).hasSize(3);
        }
    }

    @Test
    void noQuotaLeftIsHttp400Meta4190() {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).quota(0).build())) {
            V4Client v4 = new V4Client(e);

            EmulatorV4EndpointsTest.assertErrorOnly(v4.post("/trackings/create", create(1)), 400, 4190);
            V2Client.Reply batch = v4.post("/trackings/batch", "[" + create(2) + "]");
            assertThat(batch.status()).isEqualTo(200);
            assertThat(batch.dataObject().getJsonArray("error").getJsonObject(0).getInt("errorCode")).isEqualTo(4190);
            EmulatorV4EndpointsTest.assertErrorOnly(v4.post("/awb", "{\"awb_number\":\"172-28891936\"}"), 400,
                    4190);
        }
    }

    @Test
    void serverErrorsAre500Meta511AndUnavailable503Meta512() {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).serverErrors(1, 0).build())) {
            EmulatorV4EndpointsTest.assertErrorOnly(new V4Client(e).get("/trackings/get"), 500, 511);
        }
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).serverErrors(0, 1).build())) {
            EmulatorV4EndpointsTest.assertErrorOnly(new V4Client(e).get("/trackings/get"), 503, 512);
        }
    }

    @Test
    void injected429sCarryRetryAfter() {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0)
                .rateLimited(1, Duration.ofSeconds(9)).build())) {
            V2Client.Reply r = new V4Client(e).get("/couriers/all");

            EmulatorV4EndpointsTest.assertErrorOnly(r, 429, 429);
            assertThat(r.retryAfter()).contains("9");
        }
    }

    @Test
    void droppedConnectionsAndTruncatedBodies() {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).droppedConnections(1).build())) {
            assertThatThrownBy(() -> new V4Client(e).sendOrFail("GET", "/trackings/get", null))
                    .isInstanceOf(IOException.class);
        }
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).truncatedBodies(1).build())) {
            V2Client.Reply r = new V4Client(e).get("/trackings/get");

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).startsWith("{\"meta\":").doesNotEndWith("}");
        }
    }
}
