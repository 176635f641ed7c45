package io.parcelport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.DeliveryStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class ConvertersTest {

    @ParameterizedTest
    @ValueSource(strings = {"in-transit", "IN_TRANSIT", "In Transit", " in_transit ", "IN-transit"})
    void readsTheDomainsStatusNameInAnyCaseAndSpelling(String text) {
        assertThat(Converters.status(text)).isEqualTo(DeliveryStatus.IN_TRANSIT);
    }

    @ParameterizedTest
    @EnumSource(value = DeliveryStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "UNKNOWN")
    void readsEveryStatusAsTheCliPrintsIt(DeliveryStatus status) {
        assertThat(Converters.status(Render.status(status))).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"transit", "pickup", "undelivered", "notfound", "inforeceived", "unknown"})
    void refusesABackendsWordsAndUnknownNamingTheAcceptedNames(String text) {
        assertThatThrownBy(() -> Converters.status(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("'" + text + "' is not a delivery status")
                .hasMessageContaining("in-transit");
    }
}
