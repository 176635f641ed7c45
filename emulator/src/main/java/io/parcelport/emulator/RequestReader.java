package io.parcelport.emulator;

import io.parcelport.domain.CarrierCode;
import io.parcelport.domain.CarrierExtras;
import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.ShipmentKey;
import io.parcelport.domain.TrackingNumber;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.wire.trackingmore.Countries;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.ManualStatusCodes;
import io.parcelport.wire.trackingmore.MetaCode;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireTimes;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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

    /** 5.1 create / 5.5 batch item, or (with {@code realtime}) 5.9's field names. */
    static NewShipment newShipment(JsonObject o, CarrierCode carrier, boolean realtime) {
        NewShipment.Builder b = NewShipment.builder(new ShipmentKey(carrier, number(o, "tracking_number")));
        try {
            text(o, realtime ? "order" : "order_id").or(() -> text(o, "order_id")).ifPresent(b::orderId);
            text(o, "title").ifPresent(b::title);
            text(o, "customer_name").ifPresent(b::customerName);
            emails(o).forEach(b::addCustomerEmail);
            text(o, "customer_phone").ifPresent(b::customerPhone);
            text(o, "logistics_channel").ifPresent(b::logisticsChannel);
            text(o, "comment").ifPresent(b::comment);
            country(o, "destination_code").ifPresent(b::destinationCountry);
            text(o, "order_create_time").flatMap(WireTimes::freeTime).ifPresent(b::orderTime);
            text(o, "lang").filter(l -> l.matches("[A-Za-z]{2}")).map(LanguageCode::of).ifPresent(b::language);
            Optional<CountryCode> extraCountry = country(o, "tracking_destination_country")
                    .or(() -> country(o, "specialNumberDestination"));
            b.carrierExtras(new CarrierExtras(text(o, "tracking_postal_code"), shipDate(o),
                    text(o, "tracking_account_number"), extraCountry));
            OptionalLong autoCorrect = Wire.whole(o.get("auto_correct"), "auto_correct");
            b.pinCarrier(autoCorrect.isPresent() && autoCorrect.getAsLong() == 1);
            return b.build();
        } catch (IllegalArgumentException | MalformedAnswerException e) {
            throw new Refusal(MetaCode.BAD_REQUEST, MetaCode.BAD_REQUEST.message() + " " + e.getMessage());
        }
    }

    /** 5.3 PUT body and the changes of a 5.7 item: at least one field, {@code status} 4, 7 or 8 only. */
    static ShipmentChanges changes(JsonObject o) {
        ShipmentChanges.Builder b = ShipmentChanges.builder();
        try {
            text(o, "title").ifPresent(b::title);
            text(o, "logistics_channel").ifPresent(b::logisticsChannel);
            text(o, "customer_name").ifPresent(b::customerName);
            if (o.containsKey("customer_email")) {
                b.customerEmails(emails(o));
            }
            text(o, "customer_phone").ifPresent(b::customerPhone);
            text(o, "order_id").ifPresent(b::orderId);
            country(o, "destination_code").ifPresent(b::destinationCountry);
            if (o.containsKey("archived")) {
                b.archived(Wire.bool(o.get("archived")).orElseThrow(() -> new Refusal(MetaCode.BAD_REQUEST,
                        "archived must be \"true\" or \"false\".")));
            }
            if (o.containsKey("status") && o.get("status").getValueType() != JsonValue.ValueType.NULL) {
                long status = Wire.whole(o.get("status"), "status").orElse(-1);
                b.status(ManualStatusCodes.read(status).orElseThrow(() -> new Refusal(MetaCode.BAD_REQUEST,
                        "You can only change the state value to 4, 7 or 8.")));
            }
            return b.build();
        } catch (IllegalArgumentException | MalformedAnswerException e) {
            throw new Refusal(MetaCode.BAD_REQUEST, MetaCode.BAD_REQUEST.message() + " " + e.getMessage());
        }
    }

    static Optional<String> text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v == null ? Optional.empty() : Wire.text(v);
    }

    static Optional<CountryCode> country(JsonObject o, String field) {
        Optional<String> text = text(o, field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Countries.parse(text.get()).orElseThrow(() -> new Refusal(MetaCode.BAD_REQUEST,
                field + " is not a country: '" + text.get() + "'.")));
    }

    private static List<String> emails(JsonObject o) {
        JsonValue v = o.get("customer_email");
        return v == null ? List.of() : Wire.texts(v);
    }

    private static Optional<LocalDate> shipDate(JsonObject o) {
        Optional<String> text = text(o, "tracking_ship_date");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get(), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            // The Go example sends Unix seconds here; a carrier that needs the date would not find the parcel.
            return Optional.empty();
        }
    }
}
