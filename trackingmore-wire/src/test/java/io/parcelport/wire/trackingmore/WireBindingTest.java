package io.parcelport.wire.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireBindingTest {

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    @Test
    void readsPhpsEmptyArrayForTheLegsOfATrackingAsNoLegs() {
        Wire.Tracking t = WireBinding.bind(json("""
                {"id": "a1", "tracking_number": "RA123456785CN", "carrier_code": "china-post",
                 "status": "pending", "origin_info": [], "destination_info": []}
                """), Wire.Tracking.class, "tracking");

        assertThat(t.trackingNumber()).isEqualTo("RA123456785CN");
        assertThat(t.originInfo()).isNull();
        assertThat(t.destinationInfo()).isNull();
    }

    @Test
    void readsPhpsEmptyArrayForFlightsAndAirlineOfAnAirCargoAnswerAsNone() {
        Wire.AirCargoEntry entry = WireBinding.bind(json("""
                {"track_number": "172-28891936", "airline_info": [],
                 "return_data": {"origin": "HKG", "destination": "LUX", "flight_info": [], "airline_info": [],
                                 "track_info": [], "flight_way_station": []}}
                """), Wire.AirCargoEntry.class, "data");
        Wire.AirCargoData data = WireBinding.bind(entry.returnData(), Wire.AirCargoData.class, "return_data");

        assertThat(entry.airlineInfo()).isNull();
        assertThat(data.flightInfo()).isNull();
        assertThat(data.airlineInfo()).isNull();
        assertThat(data.trackInfo()).isEmpty();
        assertThat(data.flightWayStation()).isEmpty();
    }

    @Test
    void readsTheLegsOfEveryItemOfAListWhereSomeAreEmptyArrays() {
        List<Wire.Tracking> items = WireBinding.bindAll(json("""
                [{"tracking_number": "A1", "origin_info": []},
                 {"tracking_number": "A2", "origin_info": {"ItemReceived": "2025-06-01 10:00", "trackinfo": []}}]
                """), Wire.Tracking.class, "items");

        assertThat(items.get(0).originInfo()).isNull();
        assertThat(items.get(1).originInfo().itemReceived()).isEqualTo("2025-06-01 10:00");
    }

    @Test
    void stillRefusesANonEmptyArrayWhereAnObjectBelongsNamingTheField() {
        assertThatThrownBy(() -> WireBinding.bind(json("""
                {"tracking_number": "A1", "origin_info": [{"ItemReceived": "2025-06-01 10:00"}]}
                """), Wire.Tracking.class, "tracking"))
                .isInstanceOf(MalformedAnswerException.class)
                .hasMessageContaining("tracking");
    }

    @Test
    void leavesAnEmptyArrayAloneWhereTheFieldIsAnArray() {
        JsonValue body = json("{\"trackinfo\": [], \"origin_info\": {\"trackinfo\": []}}");

        assertThat(WireBinding.withoutEmptyPhpObjects(body)).isEqualTo(body);
    }
}
