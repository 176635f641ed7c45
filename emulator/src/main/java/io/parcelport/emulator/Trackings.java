package io.parcelport.emulator;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.wire.trackingmore.WireWriter;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * The tracking object as the emulator answers it: the wire module's, plus the keys that real answers carry and the
 * simulation has nothing for ({@code service_code} and {@code status_info}, null in the list sample of OBS-4 and the
 * real-time sample of OBS-5, reference §4), so that a client that reads them finds them.
 */
final class Trackings {
    private static final List<String> ALWAYS_NULL = List.of("service_code", "status_info");

    private Trackings() {
    }

    static JsonObject full(Shipment s) {
        JsonObject written = WireWriter.tracking(s);
        JsonObjectBuilder b = JSON.createObjectBuilder(written);
        ALWAYS_NULL.stream().filter(k -> !written.containsKey(k)).forEach(k -> b.add(k, JsonValue.NULL));
        return b.build();
    }
}
