package io.parcelport.wire.trackingmore.v4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.NewShipment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** v4 request bodies and list parameters (v4 reference §2), read as a v4 server reads them. */
class V4RequestReaderTest {

    private static JsonObject json(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    private static void refused(ThrowingCallable call, V4MetaCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(V4RequestException.class,
                e -> assertThat(e.meta()).isEqualTo(code));
    }

    @Test
    void aCreateBodyUnderV4Names() {
        JsonObject o = json("{\"tracking_number\":\"9400111899562537624326\",\"courier_code\":\"USPS\","
                + "\"order_id\":\"A1\",\"title\":\"Mug\",\"customer_name\":\"Ann\","
                + "\"customer_email\":\"a@example.com, b@example.com\",\"customer_sms\":\"555\",\"note\":\"n\","
                + "\"logistics_channel\":\"ePacket\",\"destination_country_iso2\":\"de\","
                + "\"order_date\":\"2023-08-23 06:00\",\"language\":\"en\",\"tracking_postal_code\":\"10115\","
                + "\"tracking_ship_date\":\"20230823\",\"tracking_courier_account\":\"ACC\","
                + "\"tracking_destination_country\":\"DE\",\"auto_correct\":\"1\"}");

        ShipmentKey key = V4RequestReader.key(o);
        NewShipment s = V4RequestReader.newShipment(o, key);

        assertThat(key).isEqualTo(ShipmentKey.of("usps", "9400111899562537624326"));
        assertThat(s.orderId()).contains("A1");
        assertThat(s.customerEmails()).containsExactly("a@example.com", "b@example.com");
        assertThat(s.customerPhone()).contains("555");
        assertThat(s.comment()).contains("n");
        assertThat(s.destinationCountry()).contains(CountryCode.of("DE"));
        assertThat(s.orderTime()).contains(LocalDateTime.parse("2023-08-23T06:00"));
        assertThat(s.language()).contains(LanguageCode.of("en"));
        assertThat(s.carrierExtras().postalCode()).contains("10115");
        assertThat(s.carrierExtras().shipDate()).contains(LocalDate.parse("2023-08-23"));
        assertThat(s.carrierExtras().accountNumber()).contains("ACC");
        assertThat(s.pinCarrier()).isTrue();
    }

    @Test
    void theKeysCodes() {
        refused(() -> V4RequestReader.key(json("{\"courier_code\":\"usps\"}")), V4MetaCode.NUMBER_REQUIRED);
        refused(() -> V4RequestReader.key(json("{\"tracking_number\":\" \",\"courier_code\":\"usps\"}")),
                V4MetaCode.NUMBER_REQUIRED);
        refused(() -> V4RequestReader.key(json("{\"tracking_number\":\"a b\",\"courier_code\":\"usps\"}")),
                V4MetaCode.INVALID_NUMBER);
        refused(() -> V4RequestReader.key(json("{\"tracking_number\":\"X1\"}")), V4MetaCode.INVALID_COURIER);
        refused(() -> V4RequestReader.key(json("{\"tracking_number\":\"X1\",\"courier_code\":\"u s\"}")),
                V4MetaCode.INVALID_COURIER);
        refused(() -> V4RequestReader.newShipment(json("{\"destination_country_iso2\":\"XX\"}"),
                ShipmentKey.of("usps", "X1")), V4MetaCode.BAD_REQUEST);
        refused(() -> V4RequestReader.newShipment(json("{\"customer_email\":\"no-at-sign\"}"),
                ShipmentKey.of("usps", "X1")), V4MetaCode.BAD_REQUEST);
    }

    @Test
    void anUpdateBodyHasDomainChangesTheNewCourierAndTheArchiveWord() {
        V4RequestReader.Update u = V4RequestReader.update(json("{\"courier_code_new\":\"fedex\","
                + "\"customer_sms\":\"555\",\"archived_status\":\"archived\",\"note\":\"echo only\"}"));

        assertThat(u.newCourier()).contains(CarrierCode.of("fedex"));
        assertThat(u.changes()).hasValueSatisfying(c -> {
            assertThat(c.customerPhone()).contains("555");
            assertThat(c.archived()).contains(true);
        });
        assertThat(V4RequestReader.update(json("{\"note\":\"echo only\",\"label\":\"1\"}")).changes()).isEmpty();
        assertThat(V4RequestReader.update(json("{\"archived_status\":\"tracking\"}")).changes().orElseThrow()
                .archived()).contains(false);
        refused(() -> V4RequestReader.update(json("{\"archived_status\":\"soon\"}")), V4MetaCode.BAD_REQUEST);
        refused(() -> V4RequestReader.update(json("{\"courier_code_new\":\"a b\"}")), V4MetaCode.INVALID_COURIER);
    }

    @Test
    void theListsParametersWithDefaultsAndLimits() {
        V4RequestReader.Listing none = V4RequestReader.listing(Map.of());
        assertThat(none.page()).isEqualTo(1);
        assertThat(none.size()).isEqualTo(100);
        assertThat(none.courier()).isEmpty();
        assertThat(none.query().archived()).isEqualTo(ArchivedFilter.EITHER);

        V4RequestReader.Listing all = V4RequestReader.listing(Map.of("pages_amount", "3", "items_amount", "2000",
                "tracking_numbers", "A1, B2,,A1", "courier_code", "usps", "delivery_status", "inforeceived",
                "archived_status", "tracking", "created_date_min", "2023-08-23T06:00:00+00:00",
                "updated_date_max", "2023-08-24T06:00:00Z", "lang", "de"));
        assertThat(all.page()).isEqualTo(3);
        assertThat(all.size()).isEqualTo(2000);
        assertThat(all.courier()).contains(CarrierCode.of("usps"));
        assertThat(all.query().numbers()).extracting(n -> n.value()).containsExactly("A1", "B2");
        assertThat(all.query().status()).contains(DeliveryStatus.INFO_RECEIVED);
        assertThat(all.query().archived()).isEqualTo(ArchivedFilter.ACTIVE_ONLY);
        assertThat(all.query().created().from()).contains(Instant.parse("2023-08-23T06:00:00Z"));
        assertThat(all.query().updated().to()).contains(Instant.parse("2023-08-24T06:00:00.999999999Z"));

        refused(() -> V4RequestReader.listing(Map.of("items_amount", "2001")), V4MetaCode.BAD_REQUEST);
        refused(() -> V4RequestReader.listing(Map.of("pages_amount", "-1")), V4MetaCode.BAD_REQUEST);
        V4RequestReader.Listing zeros = V4RequestReader.listing(Map.of("pages_amount", "0", "items_amount", "0",
                "courier_code", "", "delivery_status", "", "archived_status", ""));
        assertThat(zeros.page()).as("0 is unset").isEqualTo(1);
        assertThat(zeros.size()).isEqualTo(100);
        assertThat(zeros.courier()).isEmpty();
        refused(() -> V4RequestReader.listing(Map.of("delivery_status", "lost")), V4MetaCode.BAD_REQUEST);
        refused(() -> V4RequestReader.listing(Map.of("created_date_min", "2023-08-24T00:00:00Z",
                "created_date_max", "2023-08-23T00:00:00Z")), V4MetaCode.BAD_REQUEST);
    }

    @Test
    void aRawPlusThatDecodedToASpaceIsThePlusOfTheOffset() {
        assertThat(V4RequestReader.time("t", "2023-08-23T06:00:00 02:00"))
                .isEqualTo(Instant.parse("2023-08-23T04:00:00Z"));
        assertThat(V4RequestReader.time("t", "2023-08-23T06:00:00+02:00"))
                .isEqualTo(Instant.parse("2023-08-23T04:00:00Z"));
        assertThat(V4RequestReader.time("t", "2023-08-23T06:00:00-02:00"))
                .isEqualTo(Instant.parse("2023-08-23T08:00:00Z"));
        assertThat(V4RequestReader.time("t", "2023-08-23T06:00 00:00"))
                .isEqualTo(Instant.parse("2023-08-23T06:00:00Z"));
        assertThat(V4RequestReader.time("t", "2023-08-23T06:00:00")).as("no offset: UTC")
                .isEqualTo(Instant.parse("2023-08-23T06:00:00Z"));
        refused(() -> V4RequestReader.time("t", "23/08/2023"), V4MetaCode.BAD_REQUEST);
    }

    @Test
    void theAirWaybillPatternOfTheSdks() {
        assertThat(V4RequestReader.awbNumber(json("{\"awb_number\":\"235-69030430\"}"))).isEqualTo("235-69030430");
        assertThat(V4RequestReader.awbNumber(json("{\"awb_number\":\"235 69030430\"}"))).isEqualTo("235-69030430");
        assertThat(V4RequestReader.awbNumber(json("{\"awb_number\":\"23569030430\"}"))).isEqualTo("235-69030430");
        refused(() -> V4RequestReader.awbNumber(json("{\"awb_number\":\"235-6903043\"}")), V4MetaCode.AWB_INVALID);
        refused(() -> V4RequestReader.awbNumber(json("{}")), V4MetaCode.AWB_INVALID);
    }

    @Test
    void batchesOfMoreThanFortyAre4103() {
        String items = "[" + "{},".repeat(40) + "{}]";
        try (JsonReader r = Json.createReader(new StringReader(items))) {
            var array = r.readArray();
            refused(() -> V4RequestReader.items(array), V4MetaCode.TOO_MANY);
        }
        assertThat(V4RequestReader.items(Json.createArrayBuilder().add(Json.createObjectBuilder()).build()))
                .hasSize(1);
        refused(() -> V4RequestReader.items(Json.createObjectBuilder().build()), V4MetaCode.BAD_REQUEST);
        assertThat(Optional.of(V4RequestReader.MAX_ITEMS)).contains(40);
    }
}
