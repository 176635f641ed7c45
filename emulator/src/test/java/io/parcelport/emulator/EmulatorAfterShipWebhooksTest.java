package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.parcelport.wire.aftership.WebhookSignature;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AfterShip webhooks (reference §6): the body keys, the headers, and the base64 HMAC-SHA256 of the raw body. */
class EmulatorAfterShipWebhooksTest {
    /** One delivery: raw body and headers. */
    private record Delivery(byte[] body, Map<String, String> headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
    private HttpServer receiver;
    private URI hook;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
                received.add(new Delivery(body, headers));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private static String hmacBase64(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    @Test
    void aCompletionIsPostedInAfterShipsShapeSignedWithTheSecret() throws Exception {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).afterShipWebhookUrl(hook)
                .afterShipWebhookSecret("s3cret").build())) {
            AfterShipClient as = new AfterShipClient(e);
            String id = as.post("/trackings", "{\"tracking_number\":\"PK00000000001\",\"slug\":\"usps\"}").data()
                    .getString("id");
            assertThat(received.poll(300, TimeUnit.MILLISECONDS)).as("registering is no change").isNull();

            as.post("/trackings/" + id + "/mark-as-completed", "{\"reason\":\"DELIVERED\"}");

            Delivery d = received.poll(10, TimeUnit.SECONDS);
            assertThat(d).as("webhook received").isNotNull();
            assertThat(d.headers().get("aftership-hmac-sha256")).isEqualTo(hmacBase64("s3cret", d.body()));
            assertThat(WebhookSignature.verify("s3cret", d.body(), d.headers().get("aftership-hmac-sha256")))
                    .isTrue();
            assertThat(WebhookSignature.verify("other", d.body(), d.headers().get("aftership-hmac-sha256")))
                    .isFalse();
            assertThat(d.headers().get("as-webhook-version")).isEqualTo("2025-07");
            assertThat(d.headers().get("Content-Type")).isEqualTo("application/json");
            assertThat(d.headers().get("User-Agent")).startsWith("AfterShipTrackingWebhook/");
            JsonObject json = EmulatorAfterShipEndpointsTest.jsonOf(d.text());
            assertThat(json.keySet()).containsExactly("event", "event_id", "is_tracking_first_tag", "msg", "ts");
            assertThat(json.getString("event")).isEqualTo("tracking_update");
            assertThat(json.getString("event_id")).matches("[0-9a-f-]{36}");
            assertThat(json.getBoolean("is_tracking_first_tag")).isTrue();
            assertThat(json.getJsonObject("msg").getString("id")).isEqualTo(id);
            assertThat(json.getJsonObject("msg").getString("tag")).isEqualTo("Delivered");
            assertThat(json.getJsonObject("msg").getString("subtag")).isEqualTo("Delivered_001");
            assertThat(json.getJsonNumber("ts").longValue()).isPositive();
        }
    }

    @Test
    void withoutASecretTheAccountEmailSignsAndV2WebhooksGoOnToTheirOwnUrl() throws Exception {
        try (Emulator e = Emulator.start(EmulatorOptions.builder().port(0).afterShipWebhookUrl(hook)
                .accountEmail("shop@example.com").build())) {
            V2Client v2 = new V2Client(e);
            v2.post("/trackings/post", "{\"tracking_number\":\"PK00000000002\",\"carrier_code\":\"usps\"}");
            v2.put("/trackings/usps/PK00000000002", "{\"status\":4}");
            Delivery d = received.poll(10, TimeUnit.SECONDS);
            assertThat(d).isNotNull();
            assertThat(d.headers().get("aftership-hmac-sha256")).isEqualTo(hmacBase64("shop@example.com", d.body()));
            assertThat(EmulatorAfterShipEndpointsTest.jsonOf(d.text()).getJsonObject("msg")
                    .getString("tracking_number")).isEqualTo("PK00000000002");
        }
    }

    @Test
    void theSecretIsNeverShown() {
        EmulatorOptions options = EmulatorOptions.builder().port(0).afterShipWebhookUrl(hook)
                .afterShipWebhookSecret("very-secret-value").build();
        assertThat(options.toString()).doesNotContain("very-secret-value");
        assertThat(EmulatorArgs.parse(java.util.List.of("--aftership-webhook-url", hook.toString(),
                "--aftership-webhook-secret", "from-flag"), Map.of()).afterShipWebhookSecret()).isEqualTo("from-flag");
    }
}
