package io.parcelport.wire.trackingmore;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * TrackingMore v2's wire format as records bound by JSON-B (reference §4, §5), and the tolerant readers for the
 * fields whose JSON type varies between answers.
 *
 * <p>Fields whose type is known to vary on the wire ({@code customer_email}: string, {@code ""}, null or array;
 * {@code phone}: number or string; {@code itemTimeLength}: int or null; {@code piece}: int or string;
 * {@code track_number}: string or array; {@code archived}: boolean or string) are bound as {@link JsonValue} and read
 * by the helpers below. Unknown fields are ignored (Yasson's default). Missing fields are null. {@link WireBinding}
 * binds them, reading PHP's {@code []} for an empty object as absent.
 *
 * <p>Readers throw {@link MalformedAnswerException} naming the field; a client turns it into its own failure type.
 */
public final class Wire {
    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,18}");

    private Wire() {
    }

    // ---- tolerant scalar readers ----

    /** Text from a string or number; empty for null, blank, and the string "null" some answers carry. */
    public static Optional<String> text(JsonValue value) {
        if (value instanceof JsonString s) {
            return text(s.getString());
        }
        if (value instanceof JsonNumber n) {
            return Optional.of(n.toString());
        }
        return Optional.empty();
    }

    public static Optional<String> text(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String stripped = value.strip();
        return stripped.isEmpty() || stripped.equalsIgnoreCase("null") ? Optional.empty() : Optional.of(stripped);
    }

    /** Texts from a string, a comma-separated string, or an array of strings. */
    public static List<String> texts(JsonValue value) {
        List<String> out = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue element : array) {
                text(element).ifPresent(out::add);
            }
        } else {
            text(value).ifPresent(s -> {
                for (String part : s.split(",")) {
                    text(part).ifPresent(out::add);
                }
            });
        }
        return out;
    }

    /** A whole number from a number or a numeric string; empty for null and blank. */
    public static OptionalLong whole(JsonValue value, String what) {
        if (value instanceof JsonNumber n) {
            if (!n.isIntegral()) {
                throw new MalformedAnswerException(what, "is not a whole number: " + n);
            }
            try {
                return OptionalLong.of(n.longValueExact());
            } catch (ArithmeticException e) {
                throw new MalformedAnswerException(what, "is too large: " + n);
            }
        }
        return whole(text(value).orElse(null), what);
    }

    public static OptionalLong whole(String value, String what) {
        Optional<String> t = text(value);
        if (t.isEmpty()) {
            return OptionalLong.empty();
        }
        if (!DIGITS.matcher(t.get()).matches()) {
            throw new MalformedAnswerException(what, "is not a whole number: '" + t.get() + "'");
        }
        return OptionalLong.of(Long.parseLong(t.get()));
    }

    /** A non-negative int, or empty when absent or negative (a count the backend could not make). */
    public static OptionalInt count(JsonValue value, String what) {
        OptionalLong n = whole(value, what);
        if (n.isEmpty() || n.getAsLong() < 0) {
            return OptionalInt.empty();
        }
        if (n.getAsLong() > Integer.MAX_VALUE) {
            throw new MalformedAnswerException(what, "is too large: " + n.getAsLong());
        }
        return OptionalInt.of((int) n.getAsLong());
    }

    /** A decimal from a number or a numeric string, with an optional trailing '%'. */
    public static Optional<BigDecimal> decimal(JsonValue value, String what) {
        if (value instanceof JsonNumber n) {
            return Optional.of(n.bigDecimalValue());
        }
        Optional<String> t = text(value).map(s -> s.endsWith("%") ? s.substring(0, s.length() - 1).strip() : s);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(t.get()));
        } catch (NumberFormatException e) {
            throw new MalformedAnswerException(what, "is not a number: '" + t.get() + "'");
        }
    }

    /** A boolean from true/false or the strings "true"/"false"/"1"/"0"; empty otherwise. */
    public static Optional<Boolean> bool(JsonValue value) {
        if (value == JsonValue.TRUE) {
            return Optional.of(true);
        }
        if (value == JsonValue.FALSE) {
            return Optional.of(false);
        }
        return text(value).flatMap(s -> switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        });
    }

    // ---- records of the wire format ----
    // Public so that Yasson may call their accessors reflectively and so that the REST adapter and the emulator
    // share them; they are the wire format, not an API for applications.

    /**
     * The {@code data} of a list answer (5.6): {@code total} is a string, {@code count} an int. The items bind straight
     * to {@link Tracking} in the same pass, so a 2,000-item page is read once, not once per item again.
     */
    public record ListPage(Integer page, Integer limit, JsonValue total, Integer count, List<Tracking> items) {
    }

    /** The tracking object (§4), as single GET, list items, real-time items, create, PUT and webhooks return it. */
    public record Tracking(
            String id,
            @JsonbProperty("tracking_number") String trackingNumber,
            @JsonbProperty("carrier_code") String carrierCode,
            String status,
            String substatus,
            @JsonbProperty("created_at") String createdAt,
            @JsonbProperty("updated_at") String updatedAt,
            @JsonbProperty("order_create_time") String orderCreateTime,
            String title,
            @JsonbProperty("order_id") JsonValue orderId,
            String comment,
            @JsonbProperty("customer_name") String customerName,
            @JsonbProperty("customer_email") JsonValue customerEmail,
            @JsonbProperty("customer_phone") JsonValue customerPhone,
            @JsonbProperty("logistics_channel") String logisticsChannel,
            @JsonbProperty("destination_code") String destinationCode,
            @JsonbProperty("original_country") String originalCountry,
            @JsonbProperty("destination_country") String destinationCountry,
            JsonValue archived,
            @JsonbProperty("track_update") JsonValue trackUpdate,
            @JsonbProperty("singed_by") String singedBy,
            @JsonbProperty("signed_by") String signedBy,
            @JsonbProperty("itemTimeLength") JsonValue itemTimeLength,
            @JsonbProperty("stayTimeLength") JsonValue stayTimeLength,
            @JsonbProperty("origin_info") Leg originInfo,
            @JsonbProperty("destination_info") Leg destinationInfo,
            String lang) {
    }

    /** {@code origin_info} / {@code destination_info}: one carrier's milestones and events. */
    public record Leg(
            @JsonbProperty("ItemReceived") String itemReceived,
            @JsonbProperty("ItemDispatched") String itemDispatched,
            @JsonbProperty("DepartfromAirport") String departFromAirport,
            @JsonbProperty("ArrivalfromAbroad") String arrivalFromAbroad,
            @JsonbProperty("CustomsClearance") String customsClearance,
            @JsonbProperty("DestinationArrived") String destinationArrived,
            @JsonbProperty("ReferenceNumber") JsonValue referenceNumber,
            String weblink,
            JsonValue phone,
            @JsonbProperty("carrier_code") String carrierCode,
            List<Event> trackinfo) {
    }

    /** One {@code trackinfo[]} event. */
    public record Event(
            @JsonbProperty("Date") String date,
            @JsonbProperty("StatusDescription") String statusDescription,
            @JsonbProperty("Details") String details,
            @JsonbProperty("checkpoint_status") String checkpointStatus,
            String substatus,
            @JsonbProperty("ItemNode") String itemNode) {
    }

    /** A batch answer (5.5, and by analogy 5.7/5.8/5.13). */
    public record Batch(JsonValue submitted, JsonValue added, JsonValue delete, JsonValue change, List<JsonValue> trackings,
            List<ItemError> errors) {
    }

    /** One {@code errors[]} element of a batch answer. */
    public record ItemError(@JsonbProperty("tracking_number") String trackingNumber,
            @JsonbProperty("carrier_code") String carrierCode, JsonValue code, String message) {
    }

    /** 5.11 account info; {@code regtime} is a string of Unix seconds, {@code phone} a number or a string. */
    public record UserInfo(String email, JsonValue regtime, JsonValue phone, JsonValue money,
            @JsonbProperty("track_number") JsonValue trackNumber) {
    }

    /** 5.17 / 5.18 carrier. */
    public record CarrierEntry(String name, String code, JsonValue phone, String homepage, String type, String picture) {
    }

    /** 5.14 remote-area answer. */
    public record Remote(JsonValue submitted, List<RemoteEntry> remote, List<JsonValue> other) {
    }

    /** One remote place. */
    public record RemoteEntry(@JsonbProperty("far_express_company") String company,
            @JsonbProperty("two_code") String countryCode, @JsonbProperty("far_country") String country,
            @JsonbProperty("far_city_postcode") String postcode) {
    }

    /** 5.15 transit-time statistics of one route (attribute list of the doc; no JSON example exists). */
    public record CostTime(@JsonbProperty("carrier_code") String carrierCode, String original, String destination,
            JsonValue total, JsonValue delivered, JsonValue range1, JsonValue range2, JsonValue range3,
            JsonValue range4, JsonValue range5, JsonValue range6) {
    }

    /** 5.16 one waybill's entry in the answer keyed by waybill. */
    public record AirCargoEntry(@JsonbProperty("track_number") String trackNumber,
            @JsonbProperty("return_data") JsonValue returnData,
            @JsonbProperty("airline_info") AirlineInfo airlineInfo) {
    }

    /** 5.16 {@code return_data}. */
    public record AirCargoData(JsonValue weight, JsonValue piece, String origin, String destination,
            @JsonbProperty("status_number") JsonValue statusNumber,
            @JsonbProperty("track_info") List<CargoTrack> trackInfo,
            @JsonbProperty("flight_info") Map<String, Flight> flightInfo,
            @JsonbProperty("flight_way_station") List<JsonValue> flightWayStation,
            @JsonbProperty("last_event") String lastEvent,
            @JsonbProperty("airline_info") AirlineInfo airlineInfo) {
    }

    /** 5.16 one {@code track_info[]} event. */
    public record CargoTrack(@JsonbProperty("plan_date") String planDate, @JsonbProperty("actual_date") String actualDate,
            String event, String station, @JsonbProperty("flight_number") String flightNumber, String status,
            JsonValue piece, JsonValue weight) {
    }

    /** 5.16 one {@code flight_info} value, keyed by flight number. */
    public record Flight(@JsonbProperty("plan_depart_time") String planDepartTime,
            @JsonbProperty("depart_time") String departTime, @JsonbProperty("depart_station") String departStation,
            @JsonbProperty("plan_arrival_time") String planArrivalTime,
            @JsonbProperty("arrival_time") String arrivalTime,
            @JsonbProperty("arrival_station") String arrivalStation) {
    }

    /** 5.16 {@code airline_info}. */
    public record AirlineInfo(String name, String url, @JsonbProperty("track_url") String trackUrl) {
    }
}
