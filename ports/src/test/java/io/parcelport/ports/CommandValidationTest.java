package io.parcelport.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandValidationTest {
    private static final ShipmentKey KEY = ShipmentKey.of("usps", "9400111899223197428490");

    @Test
    void aNewShipmentStripsItsTextsAndDropsBlankOnes() {
        NewShipment shipment = NewShipment.builder(KEY).title("  Shoes ").orderId("   ").customerName("Ann")
                .addCustomerEmail(" ann@example.com ").destinationCountry(CountryCode.of("us")).build();
        assertThat(shipment.title()).contains("Shoes");
        assertThat(shipment.orderId()).isEmpty();
        assertThat(shipment.customerEmails()).containsExactly("ann@example.com");
        assertThat(shipment.destinationCountry()).contains(CountryCode.of("US"));
    }

    @Test
    void aNewShipmentRefusesAControlCharacterInATextAndNamesTheField() {
        assertThatThrownBy(() -> NewShipment.builder(KEY).title("Shoes\r\nX-Evil: 1").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title")
                .hasMessageContaining("Shoes");
    }

    @Test
    void aNewShipmentRefusesABadEmailAndNamesIt() {
        assertThatThrownBy(() -> NewShipment.builder(KEY).addCustomerEmail("ann at example").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ann at example");
    }

    @Test
    void aNewShipmentRefusesOverlongText() {
        assertThatThrownBy(() -> NewShipment.builder(KEY).comment("x".repeat(257)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comment")
                .hasMessageContaining("256");
    }

    @Test
    void emptyShipmentChangesAreAProgrammingError() {
        assertThatThrownBy(() -> ShipmentChanges.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> ShipmentChanges.builder().title("  ").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shipmentChangesKeepOnlyWhatIsSet() {
        ShipmentChanges changes = ShipmentChanges.status(StatusCommand.MARK_DELIVERED);
        assertThat(changes.status()).contains(StatusCommand.MARK_DELIVERED);
        assertThat(changes.title()).isEmpty();
        assertThat(changes.archived()).isEmpty();
        assertThat(StatusCommand.REVERT_TO_CARRIER.manualStatus()).isEmpty();
    }

    @Test
    void aQueryDropsRepeatedNumbersAndOrderIdsKeepingTheirOrder() {
        ShipmentQuery query = ShipmentQuery.builder()
                .numbers(List.of(TrackingNumber.of("B1"), TrackingNumber.of("A1"), TrackingNumber.of("B1")))
                .orderIds(List.of("o-2", " o-1 ", "o-2")).build();
        assertThat(query.numbers()).extracting(TrackingNumber::value).containsExactly("B1", "A1");
        assertThat(query.orderIds()).containsExactly("o-2", "o-1");
        assertThat(query.archived()).isEqualTo(ArchivedFilter.EITHER);
    }

    @Test
    void aQueryRefusesAnOrderIdWithACommaBecauseBackendsJoinThemWithCommas() {
        assertThatThrownBy(() -> ShipmentQuery.builder().orderIds(List.of("a,b")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a,b");
    }

    @Test
    void aQueryCannotFilterOnTheUnknownStatus() {
        assertThatThrownBy(() -> ShipmentQuery.builder().status(DeliveryStatus.UNKNOWN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UNKNOWN");
    }

    @Test
    void aTimeRangeIsInclusiveAndRefusesToRunBackwards() {
        Instant a = Instant.parse("2024-01-01T00:00:00Z");
        Instant b = Instant.parse("2024-01-02T00:00:00Z");
        TimeRange range = TimeRange.between(a, b);
        assertThat(range.contains(a)).isTrue();
        assertThat(range.contains(b)).isTrue();
        assertThat(range.contains(b.plusNanos(1))).isFalse();
        assertThatThrownBy(() -> TimeRange.between(b, a)).hasMessageContaining(b.toString());
    }

    @Test
    void pagesKnowWhetherMoreFollow() {
        assertThat(new Page<>(List.of(1, 2), PageRequest.first(2), 5).hasNext()).isTrue();
        assertThat(new Page<>(List.of(5), new PageRequest(3, 2), 5).hasNext()).isFalse();
        assertThat(new Page<>(List.of(), new PageRequest(9, 2), 5).hasNext()).isFalse();
        assertThat(new PageRequest(3, 2000).offset()).isEqualTo(4000);
        assertThatThrownBy(() -> new PageRequest(0, 10)).hasMessageContaining("0");
        assertThatThrownBy(() -> new Page<>(List.of(1, 2, 3), PageRequest.first(2), 3))
                .hasMessageContaining("3 items");
    }
}
