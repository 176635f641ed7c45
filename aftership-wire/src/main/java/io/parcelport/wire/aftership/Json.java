package io.parcelport.wire.aftership;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Tolerant reading of AfterShip's JSON, and the provider its writers build with: a field of an unexpected scalar type
 * is read for what it says (a number where text belongs is its text), a missing or null field is absent, and only a
 * structure where a scalar belongs (or the reverse) is refused, naming the field.
 */
public final class Json {
    /** The JSON-P provider, looked up once: {@code Json.createObjectBuilder()} searches the class path on every call. */
    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Json() {
    }

    /** A new object builder. */
    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    /** A new object builder starting with the members of {@code start}. */
    public static JsonObjectBuilder object(JsonObject start) {
        return PROVIDER.createObjectBuilder(start);
    }

    /** The JSON value of a whole body; refused naming {@code what} when it is not JSON. */
    public static JsonValue parse(byte[] body, String what) {
        try (JsonReader reader = PROVIDER.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (RuntimeException | StackOverflowError e) {
            throw new MalformedAnswerException(what, "is not JSON (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The object {@code value}, or refused naming {@code what}. */
    public static JsonObject asObject(JsonValue value, String what) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new MalformedAnswerException(what, "is not an object but " + (value == null ? "missing"
                : value.getValueType()));
    }

    /** The object in {@code key}, empty when absent or null. */
    public static Optional<JsonObject> object(JsonObject parent, String key, String what) {
        JsonValue value = parent.get(key);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonObject object) {
            return Optional.of(object);
        }
        // An empty array where an object belongs says "nothing" as well as null does.
        if (value instanceof JsonArray array && array.isEmpty()) {
            return Optional.empty();
        }
        throw new MalformedAnswerException(what + "." + key, "is not an object but " + value.getValueType());
    }

    /** The objects of the array in {@code key}; empty when absent or null; non-objects in it are refused. */
    public static List<JsonObject> objects(JsonObject parent, String key, String what) {
        JsonValue value = parent.get(key);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new MalformedAnswerException(what + "." + key, "is not an array but " + value.getValueType());
        }
        List<JsonObject> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (!(item instanceof JsonObject object)) {
                throw new MalformedAnswerException(what + "." + key + "[" + i + "]", "is not an object");
            }
            out.add(object);
        }
        return out;
    }

    /** Text in {@code key}: a string, or a number's or boolean's text; empty for null, absent and blank. */
    public static Optional<String> text(JsonObject parent, String key, String what) {
        return text(parent.get(key), what + "." + key);
    }

    static Optional<String> text(JsonValue value, String what) {
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString s) {
            String stripped = s.getString().strip();
            return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
        }
        if (value instanceof JsonNumber n) {
            return Optional.of(n.toString());
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return Optional.of(value.toString());
        }
        throw new MalformedAnswerException(what, "is not text but " + value.getValueType());
    }

    /** The texts of the array (or the single text) in {@code key}. */
    public static List<String> texts(JsonObject parent, String key, String what) {
        JsonValue value = parent.get(key);
        List<String> out = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                text(array.get(i), what + "." + key + "[" + i + "]").ifPresent(out::add);
            }
            return out;
        }
        text(value, what + "." + key).ifPresent(out::add);
        return out;
    }

    /** A boolean in {@code key}: true/false or their text; empty otherwise. */
    public static Optional<Boolean> bool(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        if (value == JsonValue.TRUE) {
            return Optional.of(true);
        }
        if (value == JsonValue.FALSE) {
            return Optional.of(false);
        }
        if (value instanceof JsonString s) {
            return switch (s.getString().strip().toLowerCase(Locale.ROOT)) {
                case "true" -> Optional.of(true);
                case "false" -> Optional.of(false);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** A whole number in {@code key} (a number or numeric text; a fraction is cut); empty when absent or not one. */
    public static OptionalLong whole(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        BigDecimal number = null;
        if (value instanceof JsonNumber n) {
            number = n.bigDecimalValue();
        } else if (value instanceof JsonString s && s.getString().strip().matches("-?\\d{1,18}(\\.\\d+)?")) {
            number = new BigDecimal(s.getString().strip());
        }
        if (number == null || number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(number.longValue());
    }

    /** A non-negative int in {@code key}; empty when absent, negative or too large. */
    public static OptionalInt count(JsonObject parent, String key) {
        OptionalLong n = whole(parent, key);
        return n.isPresent() && n.getAsLong() >= 0 && n.getAsLong() <= Integer.MAX_VALUE
                ? OptionalInt.of((int) n.getAsLong()) : OptionalInt.empty();
    }
}
