package io.parcelport.wire.trackingmore.v4;

import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.WireBinding;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads TrackingMore v4's answer envelope, {@code {"meta": {"code", "message"}, "data": ...}}, tolerantly (v4
 * reference §1, §9): {@code meta.type} may be there or not; where {@code meta} is absent an object under
 * {@code status} stands in for it (the one relayed real answer renames it); {@code data} is kept as a tree, except
 * that trackings are read straight from the stream when the caller asks for them (a list page is the largest answer).
 *
 * <p>An error body is read whatever the HTTP status: the caller keys on {@code meta.code} and falls back to the
 * status only when {@link #read} finds no envelope.
 */
public final class V4EnvelopeReader {

    private V4EnvelopeReader() {
    }

    /**
     * One read envelope.
     *
     * @param code {@code meta.code}, when it is a whole number that fits an int (a number or a numeric string)
     * @param message {@code meta.message}, or empty
     * @param data {@code data} as a tree ({@link JsonValue#NULL} when absent or read as trackings)
     * @param trackings the trackings {@code data} held, when they were asked for
     */
    public record Envelope(OptionalInt code, String message, JsonValue data, List<V4TrackingReader.Tracking> trackings) {
    }

    /**
     * The envelope of {@code body}, or empty when the body is not one JSON object (HTML, text, truncated, two
     * documents).
     *
     * @param trackings read {@code data} as trackings (an array, or one bare object) rather than as a tree
     * @throws MalformedAnswerException when the envelope is well-formed but its trackings are not; the caller reads
     *     the body again without {@code trackings} to learn its code
     */
    public static Optional<Envelope> read(byte[] body, boolean trackings) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try (JsonParser parser = WireBinding.parser(body)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return Optional.empty();
            }
            JsonValue meta = null;
            JsonValue status = null;
            JsonValue data = JsonValue.NULL;
            List<V4TrackingReader.Tracking> read = List.of();
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String key = parser.getString();
                JsonParser.Event event = parser.next();
                switch (key) {
                    case "meta" -> meta = event == JsonParser.Event.VALUE_NULL ? null : parser.getValue();
                    case "status" -> status = event == JsonParser.Event.VALUE_NULL ? null : parser.getValue();
                    case "data" -> {
                        if (trackings) {
                            read = V4TrackingReader.trackings(parser, event, "data");
                        } else {
                            data = event == JsonParser.Event.VALUE_NULL ? JsonValue.NULL : parser.getValue();
                        }
                    }
                    default -> skip(parser, event);
                }
            }
            if (parser.hasNext()) {
                return Optional.empty();
            }
            JsonValue head = meta instanceof JsonObject ? meta : status;
            return Optional.of(new Envelope(code(head), message(head), data, read));
        } catch (MalformedAnswerException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Malformed, truncated or too deeply nested: not an envelope, whatever the parser calls it.
            return Optional.empty();
        }
    }

    private static OptionalInt code(JsonValue head) {
        JsonValue code = head instanceof JsonObject object ? object.get("code") : null;
        if (code instanceof JsonNumber number && number.isIntegral()) {
            // Exactly, never wrapped: 2^32 + 4101 is no code TrackingMore has, not ALREADY_EXISTS.
            BigInteger exact = number.bigIntegerValue();
            return exact.bitLength() < 32 ? OptionalInt.of(exact.intValue()) : OptionalInt.empty();
        }
        if (code instanceof JsonString text && text.getString().strip().matches("\\d{1,6}")) {
            return OptionalInt.of(Integer.parseInt(text.getString().strip()));
        }
        return OptionalInt.empty();
    }

    private static String message(JsonValue head) {
        JsonValue message = head instanceof JsonObject object ? object.get("message") : null;
        return message instanceof JsonString text ? text.getString() : "";
    }

    private static void skip(JsonParser parser, JsonParser.Event event) {
        if (event == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }
}
