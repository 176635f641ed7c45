package io.parcelport.wire.aftership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.shipment.EventTime;
import io.parcelport.domain.shipment.DeliveryStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Times, countries, couriers, and the webhook body and signature. */
class WireBitsTest {

    @Test
    void theThreeTimeShapesReadKeepingTheOffset() {
        assertThat(Times.read("2025-01-02", "t")).contains(EventTime.of(LocalDateTime.of(2025, 1, 2, 0, 0)));
        assertThat(Times.read("2025-01-02T03:04:05", "t"))
                .contains(EventTime.of(LocalDateTime.of(2025, 1, 2, 3, 4, 5)));
        assertThat(Times.read("2025-01-02T03:04:05-04:00", "t").flatMap(EventTime::offset))
                .contains(ZoneOffset.ofHours(-4));
        assertThat(Times.read("2025-01-02T03:04:05Z", "t").flatMap(EventTime::offset)).contains(ZoneOffset.UTC);
        assertThat(Times.read("2025-01-02T03:04:05+0530", "t").flatMap(EventTime::offset))
                .contains(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(Times.read(" ", "t")).isEmpty();
        assertThatThrownBy(() -> Times.read("02/01/2025", "t.x")).isInstanceOf(MalformedAnswerException.class)
                .hasMessageContaining("t.x");
    }

    @Property
    void writtenTimesReadBack(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long seconds) {
        Instant instant = Instant.ofEpochSecond(seconds);
        assertThat(Times.instant(Times.write(instant), "t")).contains(instant);
        EventTime local = EventTime.of(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
        assertThat(Times.read(Times.write(local), "t")).contains(local);
    }

    @Test
    void everyCountryTheDomainKnowsRoundTripsThroughAlpha3() {
        for (String two : Locale.getISOCountries()) {
            if (CountryCode.isValid(two)) {
                CountryCode country = CountryCode.of(two);
                assertThat(Countries.read(Countries.write(country))).as(two).contains(country);
            }
        }
        assertThat(Countries.read("usa")).contains(CountryCode.of("US"));
        assertThat(Countries.read("DE")).contains(CountryCode.of("DE"));
        assertThat(Countries.read("ZZZ")).isEmpty();
    }

    @Test
    void theDetectFixtureReadsAsCarriersAndWritesBack() {
        Envelope envelope = Envelope.read(Samples.bytes("detect_courier.response.legacy-sdk-java-fixture.json"),
                200, "answer");
        List<Carrier> carriers = Couriers.read(envelope.dataObject("answer"), "data");

        assertThat(carriers).extracting(c -> c.code().value()).containsExactly("fedex", "dx");
        assertThat(carriers.get(0).name()).isEqualTo("FedEx");
        assertThat(carriers.get(0).homepage()).contains("http://www.fedex.com/");
        assertThat(carriers.get(1).phone()).contains("+44 0844 826 1178");
        assertThat(Couriers.requiredFields(envelope.dataObject("answer").getJsonArray("couriers").getJsonObject(1),
                "c")).containsExactly("tracking_postal_code");
        assertThat(Couriers.read(Couriers.write(carriers), "again")).isEqualTo(carriers);
        assertThat(Couriers.read(Json.asObject(Json.parse(
                "{\"couriers\":[{\"slug\":\"Bad Slug!\"},{\"name\":\"x\"}]}".getBytes(StandardCharsets.UTF_8),
                "t"), "t"), "t")).isEmpty();
    }

    @Test
    void theWebhookSampleReadsAndSurvivesTheWriter() {
        byte[] body = Samples.bytes("webhook.tracking_update.docs-sample-2026-07-trimmed.json");
        WebhookBody read = WebhookBody.read(body, Instant.EPOCH);

        assertThat(read.event()).isEqualTo("tracking_update");
        assertThat(read.eventId()).contains("94dadd60-ed26-46d0-aa52-3ced925a50ff");
        assertThat(read.firstOfTag()).isTrue();
        assertThat(read.sentAt()).contains(Instant.ofEpochSecond(1712741696));
        assertThat(read.shipment().deliveryStatus()).isEqualTo(DeliveryStatus.IN_TRANSIT);
        assertThat(read.shipment().key().carrier().value()).isEqualTo("usps");
        assertThat(read.shipment().events()).singleElement()
                .satisfies(e -> assertThat(e.description()).startsWith("Departed Shipping Partner Facility"));
        assertThat(WebhookBody.read(read.write().toString().getBytes(StandardCharsets.UTF_8), Instant.EPOCH))
                .isEqualTo(read);
    }

    @Test
    void theSignatureIsBase64HmacOfTheRawBytesAndOnlyTheRightOneVerifies() {
        byte[] body = "{\"event\":\"tracking_update\"}".getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.sign("s3cret", body);

        // Recomputed here with the JDK's Mac, apart from the class under test (the reference has no test vector).
        assertThat(signature).isEqualTo(java.util.Base64.getEncoder().encodeToString(hmac("s3cret", body)));
        assertThat(WebhookSignature.verify("s3cret", body, signature)).isTrue();
        assertThat(WebhookSignature.verify("other", body, signature)).isFalse();
        assertThat(WebhookSignature.verify("s3cret", "{\"event\":\"tracking_updatE\"}".getBytes(
                StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(WebhookSignature.verify("s3cret", body, "not base64!")).isFalse();
        assertThat(WebhookSignature.verify("s3cret", body, null)).isFalse();
    }

    private static byte[] hmac(String key, byte[] body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
