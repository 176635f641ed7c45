package io.parcelport.wire.trackingmore;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParser;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds TrackingMore v2 JSON to the records of {@link Wire}, naming the field when the shape does not fit.
 *
 * <p>TrackingMore is written in PHP, whose {@code json_encode} writes an empty associative array as {@code []}: the
 * objects {@code origin_info}, {@code destination_info}, {@code flight_info} and {@code airline_info} arrive as
 * {@code []} when they are empty. Binding reads such a {@code []} as an absent field (null in the record), which the
 * mappers already read as "nothing", instead of refusing the whole answer.
 */
public final class WireBinding {
    // Yasson instances are thread-safe and hold no per-client state, so one serves every backend.
    private static final Jsonb JSONB = JsonbBuilder.create();
    // Up to this many bytes an answer is decoded into one string first (see parser); a page of 100 trackings is more.
    private static final int SMALL_BODY = 64 * 1024;
    private static final JsonProvider JSON = JsonProviders.JSON;

    // The object-valued fields seen as [] when empty; other arrays keep their meaning.
    private static final Set<String> OBJECT_FIELDS =
            Set.of("origin_info", "destination_info", "flight_info", "airline_info");

    private WireBinding() {
    }

    /**
     * A JSON-P reader of {@code in} from the provider looked up once ({@code Json.createReader} searches the class path
     * for it on every call, a tenth of a small call's time).
     */
    public static JsonReader reader(InputStream in) {
        return JSON.createReader(in);
    }

    /**
     * A streaming JSON-P parser of a whole UTF-8 body (JSON's only encoding on the wire, RFC 8259), leading byte
     * order mark ignored.
     *
     * <p>A small body (one tracking, a short page) is decoded into one string by the JDK first: {@link Utf8Reader} is
     * called only two or three times for it, so under load HotSpot could leave that loop interpreted for good (JFR
     * showed it interpreted in a third of the CPU time of a {@code find} at 16 threads), while the JDK's decoder is
     * compiled from the start. A large body is decoded by {@link Utf8Reader} as the parser reads: the parser's own
     * stream reader decoded through a {@code CharsetDecoder} loop that took a fifth of a list page's reading time,
     * and one string of a whole page would double its memory.
     */
    public static JsonParser parser(byte[] body) {
        int start = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB
                && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        if (body.length - start <= SMALL_BODY) {
            return JSON.createParser(new StringReader(new String(body, start, body.length - start,
                    StandardCharsets.UTF_8)));
        }
        return JSON.createParser(new Utf8Reader(body, start));
    }

    /** As {@link #reader(InputStream)}, for text. */
    public static JsonReader reader(Reader in) {
        return JSON.createReader(in);
    }

    /** Binds {@code value} to {@code type}; a JSON type that does not fit names the field in the exception. */
    public static <T> T bind(JsonValue value, Class<T> type, String what) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new MalformedAnswerException(what, "is missing");
        }
        try {
            return JSONB.fromJson(withoutEmptyPhpObjects(value).toString(), type);
        } catch (JsonbException e) {
            throw new MalformedAnswerException(what, "does not have the expected shape", e);
        }
    }

    /** Binds each element of an array; {@code null} and {@code []}-on-error read as empty. */
    public static <T> List<T> bindAll(JsonValue value, Class<T> type, String what) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new MalformedAnswerException(what, "is not an array but " + value.getValueType());
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(bind(array.get(i), type, what + "[" + i + "]"));
        }
        return out;
    }

    /** The object {@code data} must be; TrackingMore's {@code []} for "nothing" is refused here. */
    public static JsonObject object(JsonValue value, String what) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new MalformedAnswerException(what, "is not an object but "
                + (value == null ? "missing" : value.getValueType()));
    }

    /**
     * {@code value} with every PHP-empty object field (see the class comment) left out, at any depth; the very same
     * instance when there is none, which is nearly always, so a well-formed answer costs a walk and no copy.
     */
    static JsonValue withoutEmptyPhpObjects(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder copy = null;
            List<String> seen = new ArrayList<>(object.size());
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                String name = field.getKey();
                boolean empty = OBJECT_FIELDS.contains(name) && field.getValue() instanceof JsonArray a && a.isEmpty();
                JsonValue cleaned = empty ? null : withoutEmptyPhpObjects(field.getValue());
                if (copy == null && (empty || cleaned != field.getValue())) {
                    copy = JSON.createObjectBuilder();
                    for (String earlier : seen) {
                        copy.add(earlier, object.get(earlier));
                    }
                }
                if (copy != null && !empty) {
                    copy.add(name, cleaned);
                }
                seen.add(name);
            }
            return copy == null ? value : copy.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder copy = null;
            for (int i = 0; i < array.size(); i++) {
                JsonValue cleaned = withoutEmptyPhpObjects(array.get(i));
                if (copy == null && cleaned != array.get(i)) {
                    copy = JSON.createArrayBuilder();
                    for (int j = 0; j < i; j++) {
                        copy.add(array.get(j));
                    }
                }
                if (copy != null) {
                    copy.add(cleaned);
                }
            }
            return copy == null ? value : copy.build();
        }
        return value;
    }
}
