package io.parcelport.adapter.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Webhook verification (reference §6, quirk 13): valid, forged, stale and malformed bodies. */
class TrackingMoreWebhooksTest {
    private static final String EMAIL = "ops@example.com";
    private static final FakeTime TIME = new FakeTime(Instant.ofEpochSecond(1_700_000_000));
    private static final TrackingMoreWebhooks WEBHOOKS = TrackingMoreWebhooks.create(Duration.ofMinutes(5), TIME.clock());

    private static String body(String timeStr, String signature, String data) {
        return "{\"meta\":{\"code\":200,\"type\":\"Success\",\"message\":\"Success\"},\"data\":" + data
                + ",\"verifyInfo\":{\"timeStr\":\"" + timeStr + "\",\"signature\":\"" + signature + "\"}}";
    }

    private static final String TRACKING = "{\"id\":\"a543163dd2474af66f64c48e3085cdfa\",\"tracking_number\":"
            + "\"300403513351\",\"carrier_code\":\"4px\",\"status\":\"delivered\",\"created_at\":"
            + "\"2018-04-16T06:30:02+00:00\",\"customer_email\":[\"a@example.com\"],\"origin_info\":{\"trackinfo\":"
            + "[{\"Date\":\"2018-04-20 10:00\",\"StatusDescription\":\"Delivered\",\"checkpoint_status\":"
            + "\"delivered\"}]}}";

    @Test
    void signatureIsTheLowercaseHexHmacSha256OfTimeStrKeyedByTheEmail() {
        // Reference value from the JDK's HmacSHA256 with key "key" and message "The quick brown fox..." (RFC 4231
        // style check of our hex encoding).
        assertThat(TrackingMoreWebhooks.hmacHex("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void aValidWebhookYieldsTheShipment() {
        String timeStr = "1699999950";
        Shipment s = WEBHOOKS.receive(body(timeStr, TrackingMoreWebhooks.hmacHex(EMAIL, timeStr), TRACKING), EMAIL);

        assertThat(s.key()).isEqualTo(ShipmentKey.of("4px", "300403513351"));
        assertThat(s.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(s.customerEmails()).containsExactly("a@example.com");
    }

    @Test
    void aTimestampInMillisecondsIsAccepted() {
        String timeStr = "1699999950000";
        assertThat(WEBHOOKS.receive(body(timeStr, TrackingMoreWebhooks.hmacHex(EMAIL, timeStr), TRACKING), EMAIL)
                .key().carrier().value()).isEqualTo("4px");
    }

    @Test
    void aSignatureMadeWithAnotherEmailIsForged() {
        String timeStr = "1699999950";
        WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class,
                () -> WEBHOOKS.receive(body(timeStr, TrackingMoreWebhooks.hmacHex("evil@example.com", timeStr),
                        TRACKING), EMAIL));

        assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.FORGED);
    }

    @Test
    void anUppercaseOrAlteredSignatureIsForged() {
        String timeStr = "1699999950";
        String good = TrackingMoreWebhooks.hmacHex(EMAIL, timeStr);
        for (String bad : new String[] {good.toUpperCase(), good.substring(1) + "0", ""}) {
            WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class,
                    () -> WEBHOOKS.receive(body(timeStr, bad, TRACKING), EMAIL));
            assertThat(e.reason()).isIn(WebhookVerificationException.Reason.FORGED,
                    WebhookVerificationException.Reason.MALFORMED);
        }
    }

    @Test
    void aCorrectlySignedOldTimestampIsStale() {
        String timeStr = "1699999000"; // 1000 s ago, tolerance 300 s
        WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class,
                () -> WEBHOOKS.receive(body(timeStr, TrackingMoreWebhooks.hmacHex(EMAIL, timeStr), TRACKING), EMAIL));

        assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.STALE);
    }

    @Test
    void malformedBodiesAreRefusedWithoutAPartialUpdate() {
        String timeStr = "1699999950";
        String sig = TrackingMoreWebhooks.hmacHex(EMAIL, timeStr);
        String[] bodies = {
            "not json",
            "[]",
            "{\"data\":" + TRACKING + "}",
            body(timeStr, sig, "[]"),
            body(timeStr, sig, "{\"tracking_number\":\"a/../b\",\"carrier_code\":\"4px\"}"),
            body(timeStr, sig, TRACKING).substring(0, 80),
        };
        for (String bad : bodies) {
            WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class,
                    () -> WEBHOOKS.receive(bad, EMAIL));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.reason()).as(bad).isEqualTo(WebhookVerificationException.Reason.MALFORMED);
        }
    }

    @Test
    void aWholeNumberTooLargeForALongIsMalformedNotAnArithmeticException() {
        String timeStr = "1699999950";
        String data = TRACKING.replace("\"status\":\"delivered\",",
                "\"status\":\"delivered\",\"itemTimeLength\":100000000000000000000,");

        WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class,
                () -> WEBHOOKS.receive(body(timeStr, TrackingMoreWebhooks.hmacHex(EMAIL, timeStr), data), EMAIL));

        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.MALFORMED);
        assertThat(e).hasMessageContaining("itemTimeLength");
    }

    @Test
    void aTimeStrThatIsNotANumberIsMalformedEvenWhenSigned() {
        String timeStr = "yesterday";
        WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class,
                () -> WEBHOOKS.receive(body(timeStr, TrackingMoreWebhooks.hmacHex(EMAIL, timeStr), TRACKING), EMAIL));

        assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.MALFORMED);
    }

    @Test
    void aBodyNestedBeyondTheParsersLimitIsRefusedAsAVerificationFailure() {
        String deep = "{\"data\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThatThrownBy(() -> WEBHOOKS.receive(deep, EMAIL)).isInstanceOf(WebhookVerificationException.class);
    }
}
