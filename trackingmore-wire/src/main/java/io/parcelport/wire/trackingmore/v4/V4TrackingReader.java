package io.parcelport.wire.trackingmore.v4;

import io.parcelport.wire.trackingmore.MalformedAnswerException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads TrackingMore v4's tracking object (v4 reference §3) straight from a JSON-P parser, in one pass, into the
 * records below; a client's reader, the v4 counterpart of {@code TrackingReader}.
 *
 * <p>Tolerant as the reference asks: unknown fields are skipped ({@code source}, {@code substatusV2}...); a text field
 * takes a string, number or boolean as its text ({@code pieces} comes as either); PHP's {@code []} for an empty object
 * is absent; the legacy milestone fields are read both at the top of a leg and inside {@code milestone_date}. A
 * structure where a text or an object belongs is refused naming the field.
 */
public final class V4TrackingReader {
    private static final JsonParserFactory PARSERS = JsonProvider.provider().createParserFactory(Map.of());

    private V4TrackingReader() {
    }

    /**
     * One v4 tracking object as the wire carries it; every field may be null.
     *
     * @param id TrackingMore's id of the tracking (32 hex characters in every example)
     * @param trackingNumber the number
     * @param courierCode the carrier's code
     * @param deliveryStatus the status word (§4.1)
     * @param substatus the sub-status code (§4.2)
     * @param createdAt ISO-8601 with offset
     * @param updateAt ISO-8601 with offset (v4 spells it {@code update_at})
     * @param orderDate the merchant's order date, free text
     * @param orderId the order id
     * @param orderNumber the order number
     * @param title the title
     * @param note the merchant's note
     * @param customerName the recipient's name
     * @param customerEmail the recipient's e-mail(s)
     * @param customerSms the recipient's phone
     * @param logisticsChannel the shipping channel
     * @param originCountry origin country code or name
     * @param destinationCountry destination country code or name
     * @param archived {@code "tracking"} when observed; other values undocumented
     * @param updating whether TrackingMore still refreshes it
     * @param signedBy who signed for it
     * @param transitTime days in transit, an int or a numeric string
     * @param pieces a number or a string
     * @param latestEvent the newest event as one line
     * @param latestCheckpointTime the newest event's time, without offset
     * @param originInfo the first carrier's leg
     * @param destinationInfo the second carrier's leg
     */
    public record Tracking(String id, String trackingNumber, String courierCode, String deliveryStatus,
            String substatus, String createdAt, String updateAt, String orderDate, String orderId, String orderNumber,
            String title, String note, String customerName, JsonValue customerEmail, JsonValue customerSms,
            String logisticsChannel, String originCountry, String destinationCountry, JsonValue archived,
            JsonValue updating, String signedBy, JsonValue transitTime, JsonValue pieces, String latestEvent,
            String latestCheckpointTime, Leg originInfo, Leg destinationInfo) {
    }

    /**
     * One carrier's leg ({@code origin_info} / {@code destination_info}).
     *
     * @param courierCode the leg's carrier
     * @param courierPhone its phone, a string or a number
     * @param weblink its web site
     * @param referenceNumber its reference number
     * @param infoReceived {@code milestone_date.inforeceived_date}, else the legacy {@code pickup_date}
     * @param departedAirport {@code departed_airport_date}
     * @param arrivedAbroad {@code arrived_abroad_date}
     * @param customsReceived {@code customs_received_date}
     * @param arrivedDestination {@code arrived_destination_date}
     * @param trackinfo the events
     */
    public record Leg(String courierCode, JsonValue courierPhone, String weblink, JsonValue referenceNumber,
            String infoReceived, String departedAirport, String arrivedAbroad, String customsReceived,
            String arrivedDestination, List<Event> trackinfo) {
    }

    /**
     * One event of a leg's {@code trackinfo}.
     *
     * @param checkpointDate its time, with or without offset
     * @param trackingDetail its text
     * @param location where
     * @param checkpointDeliveryStatus its status word
     * @param checkpointDeliverySubstatus its sub-status code
     */
    public record Event(String checkpointDate, String trackingDetail, String location,
            String checkpointDeliveryStatus, String checkpointDeliverySubstatus) {
    }

    /** The tracking object {@code value} (a tree, from a small answer). */
    public static Tracking tracking(JsonValue value, String what) {
        if (!(value instanceof JsonObject object)) {
            throw new MalformedAnswerException(what, "is not an object but "
                    + (value == null ? "missing" : value.getValueType()));
        }
        // Through its text: Parsson's parser over a tree loses its place in nested arrays.
        try (JsonParser parser = PARSERS.createParser(new StringReader(object.toString()))) {
            parser.next();
            return tracking(parser, what);
        }
    }

    /**
     * The trackings in a {@code data} whose first event {@code parser} has just read: an array of tracking objects,
     * one bare object, null, or PHP's {@code []}; the parser is left on the value's last event.
     */
    public static List<Tracking> trackings(JsonParser parser, JsonParser.Event first, String what) {
        return switch (first) {
            case VALUE_NULL -> List.of();
            case START_OBJECT -> List.of(tracking(parser, what));
            case START_ARRAY -> {
                List<Tracking> read = new ArrayList<>();
                JsonParser.Event next;
                while ((next = parser.next()) != JsonParser.Event.END_ARRAY) {
                    String item = what + "[" + read.size() + "]";
                    if (next != JsonParser.Event.START_OBJECT) {
                        throw new MalformedAnswerException(item, "is not an object but " + next);
                    }
                    read.add(tracking(parser, item));
                }
                yield read;
            }
            default -> throw new MalformedAnswerException(what, "is neither a tracking nor a list but " + first);
        };
    }

    /**
     * The tracking object whose {@link JsonParser.Event#START_OBJECT} {@code parser} has just read; the parser is
     * left on its {@link JsonParser.Event#END_OBJECT}.
     */
    public static Tracking tracking(JsonParser parser, String what) {
        String id = null;
        String number = null;
        String courier = null;
        String status = null;
        String substatus = null;
        String createdAt = null;
        String updateAt = null;
        String orderDate = null;
        String orderId = null;
        String orderNumber = null;
        String title = null;
        String note = null;
        String customerName = null;
        JsonValue customerEmail = null;
        JsonValue customerSms = null;
        String channel = null;
        String origin = null;
        String destination = null;
        JsonValue archived = null;
        JsonValue updating = null;
        String signedBy = null;
        JsonValue transitTime = null;
        JsonValue pieces = null;
        String latestEvent = null;
        String latestTime = null;
        Leg originInfo = null;
        Leg destinationInfo = null;
        while (parser.next() == JsonParser.Event.KEY_NAME) {
            String key = parser.getString();
            JsonParser.Event event = parser.next();
            switch (key) {
                case "id" -> id = text(parser, event, what, key);
                case "tracking_number" -> number = text(parser, event, what, key);
                case "courier_code" -> courier = text(parser, event, what, key);
                case "delivery_status" -> status = text(parser, event, what, key);
                case "substatus" -> substatus = text(parser, event, what, key);
                case "created_at" -> createdAt = text(parser, event, what, key);
                case "update_at" -> updateAt = text(parser, event, what, key);
                case "order_date" -> orderDate = text(parser, event, what, key);
                case "order_id" -> orderId = text(parser, event, what, key);
                case "order_number" -> orderNumber = text(parser, event, what, key);
                case "title" -> title = text(parser, event, what, key);
                case "note" -> note = text(parser, event, what, key);
                case "customer_name" -> customerName = text(parser, event, what, key);
                case "customer_email" -> customerEmail = value(parser, event);
                case "customer_sms" -> customerSms = value(parser, event);
                case "logistics_channel" -> channel = text(parser, event, what, key);
                case "origin_country" -> origin = text(parser, event, what, key);
                case "destination_country" -> destination = text(parser, event, what, key);
                case "archived" -> archived = value(parser, event);
                case "updating" -> updating = value(parser, event);
                case "signed_by" -> signedBy = text(parser, event, what, key);
                case "transit_time" -> transitTime = value(parser, event);
                case "pieces" -> pieces = value(parser, event);
                case "latest_event" -> latestEvent = text(parser, event, what, key);
                case "latest_checkpoint_time" -> latestTime = text(parser, event, what, key);
                case "origin_info" -> originInfo = leg(parser, event, what + "." + key);
                case "destination_info" -> destinationInfo = leg(parser, event, what + "." + key);
                default -> skip(parser, event);
            }
        }
        return new Tracking(id, number, courier, status, substatus, createdAt, updateAt, orderDate, orderId,
                orderNumber, title, note, customerName, customerEmail, customerSms, channel, origin, destination,
                archived, updating, signedBy, transitTime, pieces, latestEvent, latestTime, originInfo,
                destinationInfo);
    }

    private static Leg leg(JsonParser parser, JsonParser.Event event, String what) {
        if (event == JsonParser.Event.VALUE_NULL) {
            return null;
        }
        if (event == JsonParser.Event.START_ARRAY) {
            // PHP writes an empty object as []; anything in it means the field is not the object it should be.
            if (parser.next() == JsonParser.Event.END_ARRAY) {
                return null;
            }
            throw new MalformedAnswerException(what, "is a non-empty array where an object belongs");
        }
        if (event != JsonParser.Event.START_OBJECT) {
            throw new MalformedAnswerException(what, "is not an object but " + event);
        }
        String courier = null;
        JsonValue phone = null;
        String weblink = null;
        JsonValue reference = null;
        String[] dates = new String[6];
        List<Event> events = null;
        while (parser.next() == JsonParser.Event.KEY_NAME) {
            String key = parser.getString();
            JsonParser.Event value = parser.next();
            switch (key) {
                case "courier_code" -> courier = text(parser, value, what, key);
                case "courier_phone" -> phone = value(parser, value);
                case "weblink" -> weblink = text(parser, value, what, key);
                case "reference_number" -> reference = value(parser, value);
                case "milestone_date" -> milestones(parser, value, what + "." + key, dates);
                case "pickup_date" -> dates[1] = text(parser, value, what, key);
                case "departed_airport_date" -> dates[2] = text(parser, value, what, key);
                case "arrived_abroad_date" -> dates[3] = text(parser, value, what, key);
                case "customs_received_date" -> dates[4] = text(parser, value, what, key);
                case "arrived_destination_date" -> dates[5] = text(parser, value, what, key);
                case "trackinfo" -> events = events(parser, value, what + "." + key);
                default -> skip(parser, value);
            }
        }
        return new Leg(courier, phone, weblink, reference, dates[0] != null ? dates[0] : dates[1], dates[2],
                dates[3], dates[4], dates[5], events == null ? List.of() : events);
    }

    // Only info-received is taken from milestone_date: the other milestones there (out for delivery, delivered,
    // returned) are statuses the events carry, and the domain has no milestone for them.
    private static void milestones(JsonParser parser, JsonParser.Event event, String what, String[] dates) {
        if (event != JsonParser.Event.START_OBJECT) {
            skip(parser, event);
            return;
        }
        while (parser.next() == JsonParser.Event.KEY_NAME) {
            String key = parser.getString();
            JsonParser.Event value = parser.next();
            if (key.equals("inforeceived_date")) {
                dates[0] = text(parser, value, what, key);
            } else if (key.equals("pickup_date") && dates[1] == null) {
                dates[1] = text(parser, value, what, key);
            } else {
                skip(parser, value);
            }
        }
    }

    private static List<Event> events(JsonParser parser, JsonParser.Event event, String what) {
        if (event == JsonParser.Event.VALUE_NULL) {
            return List.of();
        }
        if (event != JsonParser.Event.START_ARRAY) {
            throw new MalformedAnswerException(what, "is not an array but " + event);
        }
        List<Event> read = new ArrayList<>();
        JsonParser.Event next;
        while ((next = parser.next()) != JsonParser.Event.END_ARRAY) {
            String item = what + "[" + read.size() + "]";
            if (next != JsonParser.Event.START_OBJECT) {
                throw new MalformedAnswerException(item, "is not an object but " + next);
            }
            read.add(event(parser, item));
        }
        return read;
    }

    private static Event event(JsonParser parser, String what) {
        String date = null;
        String detail = null;
        String location = null;
        String status = null;
        String substatus = null;
        while (parser.next() == JsonParser.Event.KEY_NAME) {
            String key = parser.getString();
            JsonParser.Event value = parser.next();
            switch (key) {
                case "checkpoint_date" -> date = text(parser, value, what, key);
                case "tracking_detail" -> detail = text(parser, value, what, key);
                case "location" -> location = text(parser, value, what, key);
                case "checkpoint_delivery_status" -> status = text(parser, value, what, key);
                case "checkpoint_delivery_substatus" -> substatus = text(parser, value, what, key);
                default -> skip(parser, value);
            }
        }
        return new Event(date, detail, location, status, substatus);
    }

    private static String text(JsonParser parser, JsonParser.Event event, String what, String key) {
        return switch (event) {
            case VALUE_STRING, VALUE_NUMBER -> parser.getString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> null;
            default -> throw new MalformedAnswerException(what + "." + key, "is not text but " + event);
        };
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event) {
        return event == JsonParser.Event.VALUE_NULL ? null : parser.getValue();
    }

    private static void skip(JsonParser parser, JsonParser.Event event) {
        if (event == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }
}
