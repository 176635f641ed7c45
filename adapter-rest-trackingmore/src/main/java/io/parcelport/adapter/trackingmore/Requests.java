package io.parcelport.adapter.trackingmore;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.wire.trackingmore.ShipmentRequests;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.List;

/**
 * The request bodies the client sends: each body is the wire module's {@link ShipmentRequests}; this class only
 * joins items into the arrays of the many-item endpoints.
 */
final class Requests {
    private Requests() {
    }

    /** 5.1 create, and each item of 5.5 batch create. */
    static JsonObject create(NewShipment s) {
        return ShipmentRequests.create(s);
    }

    /** 5.9 real-time: the create fields under the real-time page's names. */
    static JsonObject realtime(NewShipment s) {
        return ShipmentRequests.realtime(s);
    }

    /** 5.3 PUT body (no key: it is in the path). */
    static JsonObject changes(ShipmentChanges c) {
        return ShipmentRequests.changes(c);
    }

    /** 5.7 one item: key and changes. */
    static JsonObject keyedChanges(ShipmentKey key, ShipmentChanges c) {
        return ShipmentRequests.keyedChanges(key, c);
    }

    /** An array of bare keys (5.8 delete, 5.13 notupdate). */
    static String keys(Collection<ShipmentKey> keys) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        keys.forEach(k -> a.add(key(k)));
        return a.build().toString();
    }

    static String array(List<JsonObject> items) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        items.forEach(a::add);
        return a.build().toString();
    }

    static JsonObjectBuilder key(ShipmentKey key) {
        return ShipmentRequests.key(key);
    }
}
