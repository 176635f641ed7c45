package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.wire.trackingmore.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks to a receiver on the loopback interface: sent on status changes, signed as reference §6 says. */
class EmulatorWebhooksTest {
    private static final String EMAIL = "merchant@example.com";

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aStatusSetByHandIsPostedSignedWithTheAccountEmail() throws Exception {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).webhookUrl(receiver.uri()).accountEmail(EMAIL)
                .build())) {
            V2Client c = new V2Client(e);
            c.post("/trackings/post", "{\"tracking_number\":\"PK00000000001\",\"carrier_code\":\"usps\"}");
            assertThat(receiver.poll(Duration.ofMillis(300))).as("registering is no change").isEmpty();

            c.put("/trackings/usps/PK00000000001", "{\"status\":4}");

            String body = receiver.poll(Duration.ofSeconds(5)).orElse(null);
            assertThat(body).as("webhook received").isNotNull();
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            assertThat(json.getJsonObject("meta").getInt("code")).isEqualTo(200);
            assertThat(json.getJsonObject("data").getString("tracking_number")).isEqualTo("PK00000000001");
            assertThat(json.getJsonObject("data").getString("status")).isEqualTo("delivered");
            String timeStr = json.getJsonObject("verifyInfo").getString("timeStr");
            String signature = json.getJsonObject("verifyInfo").getString("signature");
            assertThat(Long.parseLong(timeStr)).isCloseTo(Instant.now().getEpochSecond(),
                    org.assertj.core.data.Offset.offset(5L));
            assertThat(signature).isEqualTo(hmacSha256Hex(EMAIL, timeStr)).matches("[0-9a-f]{64}");
            assertThat(WebhookSignature.verify(EMAIL, timeStr, signature)).isTrue();
            assertThat(WebhookSignature.verify("someone@example.com", timeStr, signature)).isFalse();
        }
    }

    @Test
    void simulatedProgressIsNoticedByTheSweepAndPosted() throws Exception {
        // An hour of simulated time every 100 ms: PPDELIVERED moves to transit after one simulated hour.
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).webhookUrl(receiver.uri()).accountEmail(EMAIL)
                .timeScale(36_000).webhookSweep(Duration.ofMillis(100)).build())) {
            new V2Client(e).post("/trackings/post",
                    "{\"tracking_number\":\"PPDELIVERED0001\",\"carrier_code\":\"usps\"}");

            String first = receiver.poll(Duration.ofSeconds(10)).orElse(null);
            assertThat(first).as("a webhook from the sweep").isNotNull();
            assertThat(Json.createReader(new StringReader(first)).readObject().getJsonObject("data")
                    .getString("tracking_number")).isEqualTo("PPDELIVERED0001");
            String last = first;
            int bodies = 1;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!last.contains("\"status\":\"delivered\"") && System.nanoTime() < deadline) {
                String next = receiver.poll(Duration.ofSeconds(1)).orElse(null);
                if (next != null) {
                    last = next;
                    bodies++;
                }
            }
            assertThat(last).contains("\"status\":\"delivered\"");
            // The emulator counts a delivery when the receiver's answer is back, a moment after the body got here.
            while (e.webhooksDelivered() < bodies && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(e.webhooksDelivered()).isGreaterThanOrEqualTo(bodies);
        }
    }

    // Independent of the code under test: HMAC-SHA256(key = e-mail, message = timeStr), lowercase hex.
    private static String hmacSha256Hex(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
