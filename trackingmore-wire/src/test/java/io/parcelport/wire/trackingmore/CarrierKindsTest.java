package io.parcelport.wire.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.carrier.CarrierKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CarrierKindsTest {

    @ParameterizedTest
    @EnumSource(CarrierKind.class)
    void readsBackEveryKindItWrites(CarrierKind kind) {
        assertThat(CarrierKinds.read(CarrierKinds.write(kind))).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"GlobalPost, POSTAL", "courier, EXPRESS", "aircargo, AIR", "ocean, FREIGHT", "'', OTHER",
        "drone, OTHER"})
    void readsTheSynonymsSeenInAnswersInAnyCase(String type, CarrierKind kind) {
        assertThat(CarrierKinds.read(type)).isEqualTo(kind);
    }
}
