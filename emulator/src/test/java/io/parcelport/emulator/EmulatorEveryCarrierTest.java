package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 11: the carrier list is v2's real one (628 codes, reference §5.17), and a create with any of them succeeds. */
class EmulatorEveryCarrierTest extends SharedEmulatorTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = EmulatorExtension.withOptions(EmulatorOptions.builder().port(0).build());

    @Test
    void everyListedCarrierAcceptsACreateAndARealTimeCall() {
        List<String> codes = client.get("/carriers").json().getJsonArray("data").stream()
                .map(JsonValue::asJsonObject).map(c -> c.getString("code")).toList();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(628).doesNotHaveDuplicates()
                .contains("zto", "sto", "wishpost", "swiss-post", "turkey-post", "bestex");

        // Every code in batches of 40 (a single create per code would make this test slow for little gain)...
        for (int from = 0; from < codes.size(); from += 40) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + 40));
            int first = from;
            String items = IntStream.range(0, chunk.size()).mapToObj(i -> "{\"tracking_number\":\""
                    + String.format("PK%011d", first + i) + "\",\"carrier_code\":\"" + chunk.get(i) + "\"}")
                    .collect(Collectors.joining(",", "[", "]"));
            JsonObject batch = client.post("/trackings/batch", items).json();
            assertThat(batch.getJsonObject("meta").getInt("code")).as("codes from %s", chunk.get(0)).isEqualTo(200);
            assertThat(batch.getJsonObject("data").getJsonArray("errors")).isEmpty();
        }
        // ...and a spread of them through the single create and real time.
        for (int i = 0; i < codes.size(); i += 21) {
            String carrier = codes.get(i);
            JsonObject created = client.post("/trackings/post", "{\"tracking_number\":\"" + String.format(
                    "PS%011d", i) + "\",\"carrier_code\":\"" + carrier + "\"}").json();
            assertThat(created.getJsonObject("meta").getInt("code")).as(carrier).isEqualTo(200);
            JsonObject realtime = client.post("/trackings/realtime", "{\"tracking_number\":\"" + String.format(
                    "RT%011d", i) + "\",\"carrier_code\":\"" + carrier + "\"}").json();
            assertThat(realtime.getJsonObject("meta").getInt("code")).as(carrier).isEqualTo(200);
            assertThat(realtime.getJsonObject("data").getJsonArray("items").getJsonObject(0)
                    .getJsonObject("origin_info").getJsonArray("trackinfo")).as(carrier).isNotEmpty();
        }
    }
}
