package io.parcelport.adapter.trackingmorev4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** v4 webhooks: the payload read into the same shipment the ports give, and each verification scheme. */
class WebhooksTest {
    private static final String SECRET = "whsec-4f1b9c0d7e2a";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
    private static final byte[] BODY = ("{\"data\":" + V4Fixtures.tracking(V4Fixtures.ID, "usps",
            "9400111899562537624326", "delivered", "delivered001").replace("\"archived\"",
            "\"user_tag\":\"vip\",\"archived\"") + "}").getBytes(StandardCharsets.UTF_8);

    private static byte[] hmac(byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(message);
    }

    @Test
    void verificationIsOffByDefaultAndThePayloadIsTheTrackingAsAShipment() {
        Shipment s = TrackingMoreV4Webhooks.create().receive(BODY, Map.of());

        assertThat(s.key().trackingNumber().value()).isEqualTo("9400111899562537624326");
        assertThat(s.status().effective()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(s.backendId()).contains(V4Fixtures.ID);
    }

    @Test
    void aPayloadWithMetaAndABareTrackingArrayOfOneIsReadToo() {
        byte[] body = ("{\"meta\":{\"code\":200},\"data\":[" + V4Fixtures.amazon() + "]}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(TrackingMoreV4Webhooks.create().receive(body, Map.of()).key().carrier().value())
                .isEqualTo("amazon");
    }

    @Test
    void aBodyHmacInBase64UnderAConfiguredHeaderIsVerified() throws Exception {
        TrackingMoreV4Webhooks hooks = TrackingMoreV4Webhooks.create(
                TrackingMoreV4WebhookVerifier.bodyHmacBase64(SECRET, "X-Signature"), CLOCK);
        String signature = Base64.getEncoder().encodeToString(hmac(BODY));

        assertThat(hooks.receive(BODY, Map.of("x-signature", signature))).isNotNull();
        assertThatThrownBy(() -> hooks.receive(BODY, Map.of("X-Signature", signature.substring(1) + "A")))
                .isInstanceOfSatisfying(TrackingMoreV4WebhookException.class,
                        e -> assertThat(e.reason()).isEqualTo(TrackingMoreV4WebhookException.Reason.FORGED));
        assertThatThrownBy(() -> hooks.receive(BODY, Map.of()))
                .isInstanceOf(TrackingMoreV4WebhookException.class).hasMessageContaining("X-Signature");
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("delivered", "exception")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> hooks.receive(tampered, Map.of("X-Signature", signature)))
                .isInstanceOf(TrackingMoreV4WebhookException.class);
    }

    @Test
    void aTimestampHmacInHexIsVerifiedAndAStaleOneRefused() throws Exception {
        TrackingMoreV4WebhookVerifier verifier = TrackingMoreV4WebhookVerifier.timestampHmacHex(SECRET, "signature",
                "timestamp", Duration.ofMinutes(5), CLOCK);
        TrackingMoreV4Webhooks hooks = TrackingMoreV4Webhooks.create(verifier, CLOCK);
        String now = Long.toString(CLOCK.instant().getEpochSecond());
        String old = Long.toString(CLOCK.instant().minusSeconds(3600).getEpochSecond());

        assertThat(hooks.receive(BODY, Map.of("timestamp", now, "signature",
                HexFormat.of().formatHex(hmac(now.getBytes(StandardCharsets.US_ASCII)))))).isNotNull();
        assertThatThrownBy(() -> hooks.receive(BODY, Map.of("timestamp", old, "signature",
                HexFormat.of().formatHex(hmac(old.getBytes(StandardCharsets.US_ASCII))))))
                .isInstanceOfSatisfying(TrackingMoreV4WebhookException.class,
                        e -> assertThat(e.reason()).isEqualTo(TrackingMoreV4WebhookException.Reason.STALE));
        assertThatThrownBy(() -> hooks.receive(BODY, Map.of("timestamp", now, "signature", "00")))
                .isInstanceOfSatisfying(TrackingMoreV4WebhookException.class,
                        e -> assertThat(e.reason()).isEqualTo(TrackingMoreV4WebhookException.Reason.FORGED));
    }

    @Test
    void theSecretIsNeverShown() {
        TrackingMoreV4WebhookVerifier body = TrackingMoreV4WebhookVerifier.bodyHmacBase64(SECRET, "signature");
        TrackingMoreV4WebhookVerifier stamp = TrackingMoreV4WebhookVerifier.timestampHmacHex(SECRET, "signature",
                "timestamp", Duration.ofMinutes(5), CLOCK);

        assertThat(body.toString()).doesNotContain(SECRET).contains("***");
        assertThat(stamp.toString()).doesNotContain(SECRET);
        assertThat(TrackingMoreV4Webhooks.create(body, CLOCK).toString()).doesNotContain(SECRET);
        assertThatThrownBy(() -> TrackingMoreV4Webhooks.create(body, CLOCK).receive(BODY, Map.of("signature", "x")))
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aBodyThatIsNotATrackingIsMalformed() {
        TrackingMoreV4Webhooks hooks = TrackingMoreV4Webhooks.create();

        for (String body : new String[] {"not json", "{\"data\":null}", "{\"data\":{\"tracking_number\":\"x y\"}}",
            "{\"data\":[]}"}) {
            assertThatThrownBy(() -> hooks.receive(body.getBytes(StandardCharsets.UTF_8), Map.of()))
                    .isInstanceOfSatisfying(TrackingMoreV4WebhookException.class,
                            e -> assertThat(e.reason()).isEqualTo(TrackingMoreV4WebhookException.Reason.MALFORMED));
        }
    }
}
