package io.parcelport.emulator;

import io.parcelport.ports.TimeRange;
import io.parcelport.wire.trackingmore.MetaCode;
import java.time.Instant;
import io.parcelport.wire.trackingmore.Wire;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request's parameters (a query string, or a list body's fields): parsed into a map, and read as the typed values
 * of list and count filters, refusing malformed ones as v2 does.
 */
final class QueryParams {
    private QueryParams() {
    }

    static Optional<String> param(Map<String, String> params, String name) {
        return Optional.ofNullable(params.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    static OptionalLong whole(Map<String, String> params, String name) {
        Optional<String> text = param(params, name);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.get()));
        } catch (NumberFormatException e) {
            throw new Refusal(MetaCode.BAD_REQUEST, name + " must be a whole number: '" + text.get() + "'.");
        }
    }

    /**
     * A filter range from Unix seconds, blank ends open. The maximum covers its whole second, because the times it
     * is compared with are only shown to the second: {@code created_at_max} equal to a tracking's {@code created_at}
     * includes it.
     */
    static TimeRange range(Map<String, String> params, String min, String max) {
        Optional<Instant> from = boxed(whole(params, min)).map(Instant::ofEpochSecond);
        Optional<Instant> to = boxed(whole(params, max)).map(s -> Instant.ofEpochSecond(s).plusNanos(999_999_999));
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new Refusal(MetaCode.BAD_REQUEST, min + " is after " + max + ".");
        }
        return new TimeRange(from, to);
    }

    private static Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }

    static List<String> commaList(Map<String, String> params, String name) {
        return param(params, name).map(s -> Arrays.stream(s.split(",")).map(String::strip)
                .filter(p -> !p.isEmpty()).distinct().toList()).orElse(List.of());
    }

    /** The parameters of a query string, the first of a repeated name winning. */
    static Map<String, String> parse(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new Refusal(MetaCode.BAD_REQUEST, "The query string is not well formed.");
            }
        }
        return out;
    }

    /**
     * A POST /trackings/get's filters as real v2 reads them: the query string's, with the JSON body's fields (if it has
     * a body) on top. An empty value means no filter, as everywhere ({@link #param}).
     */
    static Map<String, String> merged(Map<String, String> query, JsonValue body) {
        Map<String, String> out = new HashMap<>(query);
        if (body != null && body.getValueType() != JsonValue.ValueType.NULL) {
            out.putAll(fromBody(body));
        }
        return out;
    }

    // A POST /trackings/get body as list parameters; arrays (numbers, orders) are joined with commas.
    static Map<String, String> fromBody(JsonValue body) {
        JsonObject o = RequestReader.object(body);
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            if (e.getValue() instanceof JsonArray array) {
                out.put(e.getKey(), array.stream().map(Wire::text).flatMap(Optional::stream)
                        .collect(Collectors.joining(",")));
            } else {
                Wire.text(e.getValue()).ifPresent(v -> out.put(e.getKey(), v));
            }
        }
        return out;
    }
}
