package io.parcelport.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The segments of a request path under one face's prefix, as every face of the emulator routes on them. */
final class PathSegments {

    private PathSegments() {
    }

    /**
     * The path after {@code prefix}, each segment percent-decoded (a {@code +} stays a plus, as in a path it is one),
     * empty segments skipped; empty for a path outside the prefix or a segment that does not decode.
     */
    static Optional<List<String>> after(String prefix, String rawPath) {
        if (rawPath == null || !(rawPath.equals(prefix) || rawPath.startsWith(prefix + "/"))) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (String part : rawPath.substring(prefix.length()).split("/")) {
            if (!part.isEmpty()) {
                try {
                    out.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out);
    }
}
