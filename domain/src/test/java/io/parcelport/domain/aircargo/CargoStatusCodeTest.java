package io.parcelport.domain.aircargo;

import static io.parcelport.domain.Refusals.assertRefusesQuoting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.parcelport.domain.shipment.DeliveryStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CargoStatusCodeTest {

    private static final List<CargoStatusCode> CONSTANTS = List.of(
            CargoStatusCode.BKD, CargoStatusCode.FWB, CargoStatusCode.FOH, CargoStatusCode.RCS, CargoStatusCode.PRE,
            CargoStatusCode.MAN, CargoStatusCode.FFM, CargoStatusCode.DEP, CargoStatusCode.ARR, CargoStatusCode.RCF,
            CargoStatusCode.TRM, CargoStatusCode.TFD, CargoStatusCode.RCT, CargoStatusCode.AWR, CargoStatusCode.CRC,
            CargoStatusCode.TGC, CargoStatusCode.CCD, CargoStatusCode.NFD, CargoStatusCode.AWD, CargoStatusCode.DLV,
            CargoStatusCode.DDL, CargoStatusCode.DIS);

    @ParameterizedTest
    @CsvSource({
            "BKD, INFO_RECEIVED", "FWB, INFO_RECEIVED",
            "FOH, IN_TRANSIT", "RCS, IN_TRANSIT", "PRE, IN_TRANSIT", "MAN, IN_TRANSIT", "FFM, IN_TRANSIT",
            "DEP, IN_TRANSIT", "ARR, IN_TRANSIT", "RCF, IN_TRANSIT", "TRM, IN_TRANSIT", "TFD, IN_TRANSIT",
            "RCT, IN_TRANSIT", "AWR, IN_TRANSIT", "CRC, IN_TRANSIT", "TGC, IN_TRANSIT", "CCD, IN_TRANSIT",
            "NFD, OUT_FOR_DELIVERY", "AWD, OUT_FOR_DELIVERY",
            "DLV, DELIVERED", "DDL, DELIVERED",
            "DIS, EXCEPTION"})
    void mapsEachKnownCodeToTheDeliveryStatusItImplies(String code, DeliveryStatus status) {
        CargoStatusCode statusCode = CargoStatusCode.of(code);

        assertThat(statusCode.isKnown()).isTrue();
        assertThat(statusCode.meaning()).hasValueSatisfying(meaning -> assertThat(meaning).isNotBlank());
        assertThat(statusCode.impliedStatus()).contains(status);
    }

    @Test
    void knowsTheMeaningOfEveryConstant() {
        assertThat(CONSTANTS).allSatisfy(code -> {
            assertThat(code.isKnown()).isTrue();
            assertThat(code.meaning()).isPresent();
            assertThat(code.impliedStatus()).isPresent();
        });
    }

    @Test
    void explainsWhatACodeMeans() {
        assertThat(CargoStatusCode.RCS.meaning()).contains("Received from the shipper, ready for carriage");
        assertThat(CargoStatusCode.NFD.meaning()).hasValueSatisfying(meaning -> assertThat(meaning).contains("pickup"));
    }

    @Test
    void keepsAnUnknownCodeWithoutMeaningOrStatus() {
        CargoStatusCode code = CargoStatusCode.of("xy1");

        assertThat(code.code()).isEqualTo("XY1");
        assertThat(code.isKnown()).isFalse();
        assertThat(code.meaning()).isEmpty();
        assertThat(code.impliedStatus()).isEmpty();
    }

    @Test
    void normalisesCaseAndOuterWhitespace() {
        assertThat(CargoStatusCode.of(" dlv ")).isEqualTo(CargoStatusCode.DLV).hasToString("DLV");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "DL", "DLVX", "DELIVERED", "D-V", "D V", "DLÜ"})
    void refusesWhatIsNotThreeLettersOrDigits(String text) {
        assertRefusesQuoting(CargoStatusCode::of, text);
    }

    @Test
    void refusesNullWithANullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> CargoStatusCode.of(null));
    }
}
