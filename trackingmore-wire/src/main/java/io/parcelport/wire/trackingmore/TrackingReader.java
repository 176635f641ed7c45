package io.parcelport.wire.trackingmore;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads trackings (§4) and list pages (5.6) straight from a JSON-P parser into the records of {@link Wire}, in one
 * pass: no tree, no text, no reflection per item.
 *
 * <p>A 2,000-tracking page is the largest answer TrackingMore sends (8-9 MB, 40,000 events); binding it through a
 * JSON-P tree and JSON-B cost ten times Jackson's time and allocation, so the tracking object, which every answer about
 * shipments carries, is read here by hand. The reading is as tolerant as the records promise: unknown fields are
 * skipped; text fields take a string, number or boolean as its text; PHP's {@code []} for an empty object is absent; a
 * structure where a text or an object belongs is refused naming the field.
 */
public final class TrackingReader {
    private static final JsonProvider JSON = JsonProviders.JSON;
    private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of());

    private TrackingReader() {
    }

    /** The tracking object {@code value}. */
    public static Wire.Tracking tracking(JsonValue value, String what) {
        if (!(value instanceof JsonObject object)) {
            throw new MalformedAnswerException(String.valueOf(what), "is not an object but "
                    + (value == null ? "missing" : value.getValueType()));
        }
        try (JsonParser parser = overText(object)) {
            parser.next();
            return tracking(parser, what);
        }
    }

    /** The list page {@code value}, items included. */
    public static Wire.ListPage listPage(JsonObject value, String what) {
        try (JsonParser parser = overText(value)) {
            parser.next();
            return listPage(parser, what);
        }
    }

    // Through its text: Parsson's parser over a tree loses its place when asked for a nested array's value. Trees
    // come only from small answers (one tracking, or a page already refused by the streaming read).
    private static JsonParser overText(JsonObject object) {
        return PARSERS.createParser(new StringReader(object.toString()));
    }

    /**
     * The tracking object whose {@link Event#START_OBJECT} {@code parser} has just read; the parser is left on its
     * {@link Event#END_OBJECT}.
     */
    public static Wire.Tracking tracking(JsonParser parser, String what) {
        return trackingAt(parser, what);
    }

    private static Wire.Tracking trackingAt(JsonParser parser, Object what) {
        String id = null;
        String trackingNumber = null;
        String carrierCode = null;
        String status = null;
        String substatus = null;
        String createdAt = null;
        String updatedAt = null;
        String orderCreateTime = null;
        String title = null;
        JsonValue orderId = null;
        String comment = null;
        String customerName = null;
        JsonValue customerEmail = null;
        JsonValue customerPhone = null;
        String logisticsChannel = null;
        String destinationCode = null;
        String originalCountry = null;
        String destinationCountry = null;
        JsonValue archived = null;
        JsonValue trackUpdate = null;
        String singedBy = null;
        String signedBy = null;
        JsonValue itemTimeLength = null;
        JsonValue stayTimeLength = null;
        Wire.Leg originInfo = null;
        Wire.Leg destinationInfo = null;
        String lang = null;
        while (parser.next() == Event.KEY_NAME) {
            String key = parser.getString();
            Event event = parser.next();
            switch (key) {
                case "id" -> id = text(parser, event, what, key);
                case "tracking_number" -> trackingNumber = text(parser, event, what, key);
                case "carrier_code" -> carrierCode = text(parser, event, what, key);
                case "status" -> status = text(parser, event, what, key);
                case "substatus" -> substatus = text(parser, event, what, key);
                case "created_at" -> createdAt = text(parser, event, what, key);
                case "updated_at" -> updatedAt = text(parser, event, what, key);
                case "order_create_time" -> orderCreateTime = text(parser, event, what, key);
                case "title" -> title = text(parser, event, what, key);
                case "order_id" -> orderId = value(parser, event);
                case "comment" -> comment = text(parser, event, what, key);
                case "customer_name" -> customerName = text(parser, event, what, key);
                case "customer_email" -> customerEmail = value(parser, event);
                case "customer_phone" -> customerPhone = value(parser, event);
                case "logistics_channel" -> logisticsChannel = text(parser, event, what, key);
                case "destination_code" -> destinationCode = text(parser, event, what, key);
                case "original_country" -> originalCountry = text(parser, event, what, key);
                case "destination_country" -> destinationCountry = text(parser, event, what, key);
                case "archived" -> archived = value(parser, event);
                case "track_update" -> trackUpdate = value(parser, event);
                case "singed_by" -> singedBy = text(parser, event, what, key);
                case "signed_by" -> signedBy = text(parser, event, what, key);
                case "itemTimeLength" -> itemTimeLength = value(parser, event);
                case "stayTimeLength" -> stayTimeLength = value(parser, event);
                case "origin_info" -> originInfo = leg(parser, event, new Field(what, key));
                case "destination_info" -> destinationInfo = leg(parser, event, new Field(what, key));
                case "lang" -> lang = text(parser, event, what, key);
                default -> skip(parser, event);
            }
        }
        return new Wire.Tracking(id, trackingNumber, carrierCode, status, substatus, createdAt, updatedAt,
                orderCreateTime, title, orderId, comment, customerName, customerEmail, customerPhone, logisticsChannel,
                destinationCode, originalCountry, destinationCountry, archived, trackUpdate, singedBy, signedBy,
                itemTimeLength, stayTimeLength, originInfo, destinationInfo, lang);
    }

    /**
     * The {@code data} of a list answer whose {@link Event#START_OBJECT} {@code parser} has just read, items included;
     * the parser is left on its {@link Event#END_OBJECT}.
     */
    public static Wire.ListPage listPage(JsonParser parser, String what) {
        Integer page = null;
        Integer limit = null;
        JsonValue total = null;
        Integer count = null;
        List<Wire.Tracking> items = null;
        while (parser.next() == Event.KEY_NAME) {
            String key = parser.getString();
            Event event = parser.next();
            switch (key) {
                case "page" -> page = small(parser, event, what, key);
                case "limit" -> limit = small(parser, event, what, key);
                case "count" -> count = small(parser, event, what, key);
                case "total" -> total = value(parser, event);
                case "items" -> items = objects(parser, event, new Field(what, key), TrackingReader::trackingAt);
                default -> skip(parser, event);
            }
        }
        return new Wire.ListPage(page, limit, total, count, items);
    }

    // An array of objects, each read by `one` from its START_OBJECT; null for JSON null.
    private static <T> List<T> objects(JsonParser parser, Event event, Object what,
            BiFunction<JsonParser, Object, T> one) {
        if (event == Event.VALUE_NULL) {
            return null;
        }
        if (event != Event.START_ARRAY) {
            throw new MalformedAnswerException(String.valueOf(what), "is not an array but " + event);
        }
        List<T> read = new ArrayList<>();
        Event next;
        while ((next = parser.next()) != Event.END_ARRAY) {
            Object item = new Item(what, read.size());
            if (next != Event.START_OBJECT) {
                throw new MalformedAnswerException(String.valueOf(item), "is not an object but " + next);
            }
            read.add(one.apply(parser, item));
        }
        return read;
    }

    private static Wire.Leg leg(JsonParser parser, Event event, Object what) {
        if (event == Event.VALUE_NULL) {
            return null;
        }
        if (event == Event.START_ARRAY) {
            // PHP writes an empty object as []; anything in it means the field is not the object it should be.
            if (parser.next() == Event.END_ARRAY) {
                return null;
            }
            throw new MalformedAnswerException(String.valueOf(what), "is a non-empty array where an object belongs");
        }
        if (event != Event.START_OBJECT) {
            throw new MalformedAnswerException(String.valueOf(what), "is not an object but " + event);
        }
        String itemReceived = null;
        String itemDispatched = null;
        String departFromAirport = null;
        String arrivalFromAbroad = null;
        String customsClearance = null;
        String destinationArrived = null;
        JsonValue referenceNumber = null;
        String weblink = null;
        JsonValue phone = null;
        String carrierCode = null;
        List<Wire.Event> trackinfo = null;
        while (parser.next() == Event.KEY_NAME) {
            String key = parser.getString();
            Event value = parser.next();
            switch (key) {
                case "ItemReceived" -> itemReceived = text(parser, value, what, key);
                case "ItemDispatched" -> itemDispatched = text(parser, value, what, key);
                case "DepartfromAirport" -> departFromAirport = text(parser, value, what, key);
                case "ArrivalfromAbroad" -> arrivalFromAbroad = text(parser, value, what, key);
                case "CustomsClearance" -> customsClearance = text(parser, value, what, key);
                case "DestinationArrived" -> destinationArrived = text(parser, value, what, key);
                case "ReferenceNumber" -> referenceNumber = value(parser, value);
                case "weblink" -> weblink = text(parser, value, what, key);
                case "phone" -> phone = value(parser, value);
                case "carrier_code" -> carrierCode = text(parser, value, what, key);
                case "trackinfo" -> trackinfo = objects(parser, value, new Field(what, key), TrackingReader::event);
                default -> skip(parser, value);
            }
        }
        return new Wire.Leg(itemReceived, itemDispatched, departFromAirport, arrivalFromAbroad, customsClearance,
                destinationArrived, referenceNumber, weblink, phone, carrierCode, trackinfo);
    }

    private static Wire.Event event(JsonParser parser, Object what) {
        String date = null;
        String statusDescription = null;
        String details = null;
        String checkpointStatus = null;
        String substatus = null;
        String itemNode = null;
        while (parser.next() == Event.KEY_NAME) {
            String key = parser.getString();
            Event value = parser.next();
            switch (key) {
                case "Date" -> date = text(parser, value, what, key);
                case "StatusDescription" -> statusDescription = text(parser, value, what, key);
                case "Details" -> details = text(parser, value, what, key);
                case "checkpoint_status" -> checkpointStatus = text(parser, value, what, key);
                case "substatus" -> substatus = text(parser, value, what, key);
                case "ItemNode" -> itemNode = text(parser, value, what, key);
                default -> skip(parser, value);
            }
        }
        return new Wire.Event(date, statusDescription, details, checkpointStatus, substatus, itemNode);
    }

    // A string, or a number's or boolean's text as JSON-B reads them into a String; null for null.
    private static String text(JsonParser parser, Event event, Object what, String key) {
        return switch (event) {
            case VALUE_STRING, VALUE_NUMBER -> parser.getString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> null;
            default -> throw new MalformedAnswerException(what + "." + key, "is not text but " + event);
        };
    }

    private static Integer small(JsonParser parser, Event event, Object what, String key) {
        if (event == Event.VALUE_NULL) {
            return null;
        }
        if (event == Event.VALUE_NUMBER && parser.isIntegralNumber()) {
            try {
                return parser.getBigDecimal().intValueExact();
            } catch (ArithmeticException e) {
                throw new MalformedAnswerException(what + "." + key, "is too large: " + parser.getString());
            }
        }
        if (event == Event.VALUE_STRING) {
            String digits = parser.getString().strip();
            if (digits.matches("-?\\d{1,9}")) {
                return Integer.valueOf(digits);
            }
        }
        throw new MalformedAnswerException(what + "." + key, "is not a whole number but " + event);
    }

    private static JsonValue value(JsonParser parser, Event event) {
        // Null as JSON-B binds it, so that "absent" and "null" read alike.
        return event == Event.VALUE_NULL ? null : parser.getValue();
    }

    private static void skip(JsonParser parser, Event event) {
        if (event == Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    // Paths to a field, spelled only when one is refused: spelling one per event cost more than reading the event.
    private record Field(Object parent, String name) {
        @Override
        public String toString() {
            return parent + "." + name;
        }
    }

    private record Item(Object list, int index) {
        @Override
        public String toString() {
            return list + "[" + index + "]";
        }
    }
}
