package io.parcelport.wire.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.shipment.CarrierExtras;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.StatusCommand;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShipmentRequestsTest {
    private static final ShipmentKey KEY = ShipmentKey.of("dhl", "1234567890");

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static NewShipment everyField() {
        return NewShipment.builder(KEY).orderId("A-1").title("Kettle").orderTime(LocalDateTime.of(2025, 6, 1, 10, 30))
                .customerName("Anna Lind").addCustomerEmail("anna@example.se").addCustomerEmail("lind@example.se")
                .customerPhone("+46 8 123").destinationCountry(CountryCode.of("SE")).logisticsChannel("air")
                .comment("fragile").language(LanguageCode.of("en")).pinCarrier(true)
                .carrierExtras(new CarrierExtras(Optional.of("11122"), Optional.of(LocalDate.of(2025, 5, 30)),
                        Optional.of("ACC-9"), Optional.of(CountryCode.of("DE"))))
                .build();
    }

    @Test
    void readsBackACreateBodyItWrote() {
        NewShipment written = everyField();

        assertThat(ShipmentRequests.readCreate(ShipmentRequests.create(written), KEY, false)).isEqualTo(written);
    }

    @Test
    void readsBackARealtimeBodyUnderTheRealtimePagesNames() {
        NewShipment written = NewShipment.builder(KEY).orderId("A-1").destinationCountry(CountryCode.of("SE"))
                .carrierExtras(new CarrierExtras(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(CountryCode.of("DE"))))
                .build();
        JsonObject body = ShipmentRequests.realtime(written);

        assertThat(body.getString("order")).isEqualTo("A-1");
        assertThat(body.getString("specialNumberDestination")).isEqualTo("DE");
        assertThat(ShipmentRequests.readCreate(body, KEY, true)).isEqualTo(written);
    }

    @Test
    void readsBackChangesItWroteWithTheManualStatusAsItsNumber() {
        ShipmentChanges written = ShipmentChanges.builder().title("Kettle").customerEmails(List.of("a@b"))
                .destinationCountry(CountryCode.of("SE")).archived(true).status(StatusCommand.MARK_EXCEPTION)
                .build();
        JsonObject body = ShipmentRequests.keyedChanges(KEY, written);

        assertThat(body.getInt("status")).isEqualTo(7);
        assertThat(body.getString("archived")).isEqualTo("true");
        assertThat(body.getString("tracking_number")).isEqualTo("1234567890");
        assertThat(ShipmentRequests.readChanges(body)).isEqualTo(written);
    }

    @Test
    void readsArchivedAndStatusTolerantlyAsTheyArriveFromOtherClients() {
        ShipmentChanges read = ShipmentRequests.readChanges(json("{\"archived\": false, \"status\": \"8\"}"));

        assertThat(read.archived()).contains(false);
        assertThat(read.status()).contains(StatusCommand.REVERT_TO_CARRIER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"status\": 5}", "{\"archived\": \"maybe\"}", "{\"destination_code\": \"Atlantis\"}"})
    void refusesAFieldItCannotReadNamingIt(String body) {
        assertThatIllegalArgumentException().isThrownBy(() -> ShipmentRequests.readChanges(json(body)))
                .withMessageMatching(".*(state value|archived|destination_code).*");
    }

    @Test
    void readsEmailsFromAnArrayOrACommaSeparatedString() {
        NewShipment fromArray = ShipmentRequests.readCreate(json("{\"customer_email\": [\"a@b\", \"c@d\"]}"), KEY,
                false);
        NewShipment fromText = ShipmentRequests.readCreate(json("{\"customer_email\": \"a@b, c@d\"}"), KEY, false);

        assertThat(fromArray.customerEmails()).containsExactly("a@b", "c@d");
        assertThat(fromText.customerEmails()).containsExactly("a@b", "c@d");
    }
}
