package io.parcelport.adapter.aftership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.wire.aftership.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Webhook bodies signed right, wrong, tampered with or not at all, and what each yields. */
class AfterShipWebhooksTest {
    private static final String SECRET = "whsec-test-secret";
    private static final byte[] BODY = Fixtures.sample("webhook.tracking_update.docs-sample-2026-07-trimmed.json")
            .getBytes(StandardCharsets.UTF_8);

    private final AfterShipWebhooks webhooks = AfterShipWebhooks.create(SECRET);

    @Test
    void aCorrectlySignedBodyReadsAsTheShipmentItReports() {
        Shipment shipment = webhooks.receive(BODY, WebhookSignature.sign(SECRET, BODY));

        assertThat(shipment.key().carrier().value()).isEqualTo("usps");
        assertThat(shipment.deliveryStatus()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        AfterShipWebhooks.Event event = webhooks.receiveEvent(BODY, WebhookSignature.sign(SECRET, BODY));
        assertThat(event.event()).isEqualTo("tracking_update");
        assertThat(event.eventId()).contains("94dadd60-ed26-46d0-aa52-3ced925a50ff");
        assertThat(event.firstOfTag()).isTrue();
    }

    @Test
    void aSignatureWithAnotherSecretIsForged() {
        assertThatThrownBy(() -> webhooks.receive(BODY, WebhookSignature.sign("another-secret", BODY)))
                .isInstanceOfSatisfying(WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.FORGED))
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aTamperedBodyIsForgedEvenByOneByte() {
        String signature = WebhookSignature.sign(SECRET, BODY);
        byte[] tampered = Arrays.copyOf(BODY, BODY.length);
        String text = new String(tampered, StandardCharsets.UTF_8).replace("InTransit_001", "Delivered_001");
        assertThatThrownBy(() -> webhooks.receive(text.getBytes(StandardCharsets.UTF_8), signature))
                .isInstanceOf(WebhookVerificationException.class);
        tampered[tampered.length - 2] ^= 1;
        assertThatThrownBy(() -> webhooks.receive(tampered, signature))
                .isInstanceOfSatisfying(WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.FORGED));
    }

    @Test
    void aMissingOrGarbledSignatureIsForged() {
        for (String signature : new String[] {null, "", "   ", "%%%not-base64%%%", "AAAA"}) {
            assertThatThrownBy(() -> webhooks.receive(BODY, signature))
                    .as("%s", signature)
                    .isInstanceOfSatisfying(WebhookVerificationException.class,
                            e -> assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.FORGED));
        }
    }

    @Test
    void aSignedBodyThatIsNotAWebhookIsMalformed() {
        byte[] notJson = "hello".getBytes(StandardCharsets.UTF_8);
        byte[] noMsg = "{\"event\":\"tracking_update\"}".getBytes(StandardCharsets.UTF_8);
        for (byte[] body : new byte[][] {notJson, noMsg}) {
            assertThatThrownBy(() -> webhooks.receive(body, WebhookSignature.sign(SECRET, body)))
                    .isInstanceOfSatisfying(WebhookVerificationException.class,
                            e -> assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.MALFORMED));
        }
    }

    @Test
    void theSecretIsRequiredAndNeverShown() {
        assertThatThrownBy(() -> AfterShipWebhooks.create("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(webhooks.toString()).doesNotContain(SECRET);
    }
}
