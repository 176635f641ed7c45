package io.parcelport.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/** Compares the shape of an answer with a reference sample: keys, and JSON types where both sides have a value. */
final class Shapes {
    private Shapes() {
    }

    static JsonObject sample(String name) {
        return resource("/samples/" + name);
    }

    /** A v4 sample of {@code samples-v4/} (the v4 reference's). */
    static JsonObject sampleV4(String name) {
        return resource("/samples-v4/" + name);
    }

    /** A v4 sample's text as stored (a request body may be an array). */
    static String sampleV4Text(String name) {
        try (InputStream in = Shapes.class.getResourceAsStream("/samples-v4/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject resource(String name) {
        try (InputStream in = Shapes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            try (JsonReader r = Json.createReader(in)) {
                return r.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same keys at every level, same types where neither side is null. */
    static void sameShape(String path, JsonValue sample, JsonValue actual) {
        shape(path, sample, actual, true);
    }

    /** Every key of the sample at every level (more allowed), same types where neither side is null. */
    static void coversShape(String path, JsonValue sample, JsonValue actual) {
        shape(path, sample, actual, false);
    }

    private static void shape(String path, JsonValue sample, JsonValue actual, boolean exact) {
        if (sample.getValueType() == JsonValue.ValueType.NULL || actual.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        assertThat(kind(actual)).as("type of %s", path).isEqualTo(kind(sample));
        if (sample instanceof JsonObject s && actual instanceof JsonObject a) {
            if (exact) {
                assertThat(new TreeSet<>(a.keySet())).as("keys of %s", path).isEqualTo(new TreeSet<>(s.keySet()));
            } else {
                assertThat(a.keySet()).as("keys of %s", path).containsAll(s.keySet());
            }
            for (String k : s.keySet()) {
                shape(path + "." + k, s.get(k), a.get(k), exact);
            }
        } else if (sample instanceof JsonArray s && actual instanceof JsonArray a && !s.isEmpty()) {
            for (int i = 0; i < a.size(); i++) {
                shape(path + "[" + i + "]", s.get(0), a.get(i), exact);
            }
        }
    }

    private static String kind(JsonValue v) {
        return switch (v.getValueType()) {
            case TRUE, FALSE -> "boolean";
            case NUMBER -> ((jakarta.json.JsonNumber) v).isIntegral() ? "integer" : "decimal";
            default -> v.getValueType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The keys of {@code o}, sorted, for messages. */
    static Set<String> keys(JsonObject o) {
        return new TreeSet<>(o.keySet());
    }
}
