package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.adapter.inmemory.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The AfterShip face's per-endpoint limits with their {@code X-RateLimit-*} headers, its quota answer, and the fault
 * modes in AfterShip bodies. The clock is a {@link ManualClock} nobody moves: every call lands in one window.
 */
class EmulatorAfterShipLimitsAndFaultsTest {
    private static final Instant NOW = Instant.parse("2025-03-03T08:00:00Z");

    private static EmulatorOptionsBuilder limited() {
        return EmulatorOptions.builder().port(0).rateLimits(true).clock(ManualClock.at(NOW));
    }

    @Test
    void everyCountedAnswerCarriesTheHeadersAndTheFourthDetectInASecondIs429() {
        try (Emulator e = Emulator.start(limited().build())) {
            AfterShipClient as = new AfterShipClient(e);
            for (int i = 0; i < 3; i++) {
                AfterShipClient.Reply r = as.post("/couriers/detect", "{\"tracking_number\":\"1ZK7898C1317272039\"}");
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.header("X-RateLimit-Limit")).contains("3");
                assertThat(r.header("X-RateLimit-Remaining")).contains(Integer.toString(2 - i));
                assertThat(r.header("X-RateLimit-Reset")).contains(Long.toString(NOW.getEpochSecond() + 1));
            }
            AfterShipClient.Reply fourth = as.post("/couriers/detect", "{\"tracking_number\":\"1ZK7898C1317272039\"}");
            EmulatorAfterShipEndpointsTest.assertError(fourth, 429, 429, "TooManyRequests");
            assertThat(fourth.header("X-RateLimit-Remaining")).contains("0");
            assertThat(fourth.header("Retry-After")).isEmpty();

            // Per endpoint and per key: the list has its own 6, another key its own 3.
            AfterShipClient.Reply list = as.get("/trackings");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.header("X-RateLimit-Limit")).contains("6");
            assertThat(list.header("X-RateLimit-Remaining")).contains("5");
            assertThat(as.withKey("other").post("/couriers/detect", "{\"tracking_number\":\"1ZK7898C1317272039\"}")
                    .status()).isEqualTo(200);
        }
    }

    @Test
    void eachEndpointHasTheReferencesLimit() {
        try (Emulator e = Emulator.start(limited().build())) {
            AfterShipClient as = new AfterShipClient(e);
            assertThat(as.post("/trackings", "{\"tracking_number\":\"PPTRANSIT0001\",\"slug\":\"usps\"}")
                    .header("X-RateLimit-Limit")).contains("20");
            assertThat(as.get("/trackings/0123456789abcdef0123456789abcdef").header("X-RateLimit-Limit"))
                    .contains("5");
            assertThat(as.get("/couriers").header("X-RateLimit-Limit")).contains("5");
            assertThat(as.post("/estimated-delivery-date/predict-batch", "{}").header("X-RateLimit-Limit"))
                    .contains("20");
            assertThat(as.post("/estimated-delivery-date/predict", "{}").header("X-RateLimit-Limit")).contains("5");
            for (int i = 0; i < 5; i++) {
                as.get("/trackings/0123456789abcdef0123456789abcdef");
            }
            EmulatorAfterShipEndpointsTest.assertError(as.put("/trackings/0123456789abcdef0123456789abcdef", "{}"),
                    404, 4004, "NotFound");
        }
    }

    @Test
    void withoutRateLimitsThereAreNoHeadersAndNoRefusals() {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).clock(ManualClock.at(NOW)).build())) {
            AfterShipClient as = new AfterShipClient(e);
            for (int i = 0; i < 5; i++) {
                AfterShipClient.Reply r = as.post("/couriers/detect", "{\"tracking_number\":\"1ZK7898C1317272039\"}");
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.header("X-RateLimit-Limit")).isEmpty();
            }
        }
    }

    @Test
    void anExhaustedQuotaIs403Forbidden() {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).quota(0).build())) {
            AfterShipClient.Reply r = new AfterShipClient(e).post("/trackings",
                    "{\"tracking_number\":\"PPTRANSIT0001\",\"slug\":\"usps\"}");
            EmulatorAfterShipEndpointsTest.assertError(r, 403, 403, "Forbidden");
            assertThat(r.meta().getString("message")).contains("quota");
        }
    }

    @Test
    void serverErrorsAre500And503InternalError() {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).serverErrors(1, 0).build())) {
            EmulatorAfterShipEndpointsTest.assertError(new AfterShipClient(e).get("/trackings"), 500, 500,
                    "InternalError");
        }
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).serverErrors(0, 1).build())) {
            EmulatorAfterShipEndpointsTest.assertError(new AfterShipClient(e).get("/trackings"), 503, 503,
                    "InternalError");
        }
    }

    @Test
    void anInjected429SaysWhenToComeBackInTheResetHeader() {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).clock(ManualClock.at(NOW))
                .rateLimited(1, Duration.ofSeconds(9)).build())) {
            AfterShipClient.Reply r = new AfterShipClient(e).get("/couriers");
            EmulatorAfterShipEndpointsTest.assertError(r, 429, 429, "TooManyRequests");
            assertThat(r.header("X-RateLimit-Reset")).contains(Long.toString(NOW.getEpochSecond() + 9));
            assertThat(r.header("X-RateLimit-Remaining")).contains("0");
            assertThat(r.header("X-RateLimit-Limit")).contains("5");
        }
    }

    @Test
    void droppedConnectionsAndTruncatedBodies() throws IOException {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).droppedConnections(1).build())) {
            assertThatThrownBy(() -> new AfterShipClient(e).sendOrFail("GET", "/trackings", null))
                    .isInstanceOf(IOException.class);
        }
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).truncatedBodies(1).build())) {
            AfterShipClient.Reply r = new AfterShipClient(e).sendOrFail("GET", "/trackings", null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).startsWith("{\"meta\":{\"code\":200}");
            assertThatThrownBy(r::json).isInstanceOf(RuntimeException.class);
        }
    }
}
