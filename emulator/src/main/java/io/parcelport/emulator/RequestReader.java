package io.parcelport.emulator;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.MetaCode;
import io.parcelport.wire.trackingmore.ShipmentRequests;
import io.parcelport.wire.trackingmore.Wire;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads v2 request bodies (reference §5) into port values, refusing what TrackingMore refuses with its meta codes:
 * a missing number 4013, a malformed number 4014, a malformed carrier 4015, any other bad field 4012. Inputs are
 * read as tolerantly as the REST adapter reads answers ({@code archived} "true"/"false" or a boolean, {@code status}
 * 4/7/8 as a number or a string, e-mails comma-separated or an array).
 */
final class RequestReader {
    static final int MAX_ITEMS = 40;

    private RequestReader() {
    }

    static JsonObject object(JsonValue body) {
        if (body instanceof JsonObject o) {
            return o;
        }
        throw new Refusal(MetaCode.BAD_REQUEST, "The request body must be a JSON object.");
    }

    /** The items of an array body, refused as a whole (202) beyond 40, as TrackingMore does. */
    static List<JsonObject> items(JsonValue body) {
        if (!(body instanceof JsonArray array)) {
            throw new Refusal(MetaCode.BAD_REQUEST, "The request body must be a JSON array.");
        }
        if (array.size() > MAX_ITEMS) {
            throw new Refusal(MetaCode.LIMIT_EXCEEDED);
        }
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : array) {
            if (!(v instanceof JsonObject o)) {
                throw new Refusal(MetaCode.BAD_REQUEST, "Every item must be a JSON object.");
            }
            out.add(o);
        }
        return out;
    }

    static ShipmentKey key(JsonObject o) {
        return new ShipmentKey(carrier(o, "carrier_code"), number(o, "tracking_number"));
    }

    static TrackingNumber number(JsonObject o, String field) {
        String text = text(o, field).orElseThrow(() -> new Refusal(MetaCode.NUMBER_REQUIRED));
        try {
            return TrackingNumber.of(text);
        } catch (IllegalArgumentException e) {
            throw new Refusal(MetaCode.INVALID_NUMBER);
        }
    }

    static Optional<CarrierCode> optionalCarrier(JsonObject o, String field) {
        return text(o, field).map(RequestReader::carrier);
    }

    static CarrierCode carrier(JsonObject o, String field) {
        return carrier(text(o, field).orElseThrow(() -> new Refusal(MetaCode.INVALID_CARRIER)));
    }

    static CarrierCode carrier(String text) {
        try {
            return CarrierCode.of(text);
        } catch (IllegalArgumentException e) {
            throw new Refusal(MetaCode.INVALID_CARRIER);
        }
    }

    /** 5.1 create / 5.5 batch item, or (with {@code realtime}) 5.9's field names; 4012 for any bad field. */
    static NewShipment newShipment(JsonObject o, CarrierCode carrier, boolean realtime) {
        ShipmentKey key = new ShipmentKey(carrier, number(o, "tracking_number"));
        try {
            return ShipmentRequests.readCreate(o, key, realtime);
        } catch (IllegalArgumentException | MalformedAnswerException e) {
            throw new Refusal(MetaCode.BAD_REQUEST, MetaCode.BAD_REQUEST.message() + " " + e.getMessage());
        }
    }

    /** 5.3 PUT body and the changes of a 5.7 item: at least one field, {@code status} 4, 7 or 8 only; else 4012. */
    static ShipmentChanges changes(JsonObject o) {
        try {
            return ShipmentRequests.readChanges(o);
        } catch (IllegalArgumentException | MalformedAnswerException e) {
            throw new Refusal(MetaCode.BAD_REQUEST, MetaCode.BAD_REQUEST.message() + " " + e.getMessage());
        }
    }

    static Optional<String> text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v == null ? Optional.empty() : Wire.text(v);
    }
}
