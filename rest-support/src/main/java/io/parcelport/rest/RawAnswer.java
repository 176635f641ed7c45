package io.parcelport.rest;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What came back over HTTP, before a backend reads it as its vendor's envelope.
 *
 * @param status the HTTP status
 * @param retryAfter the {@code Retry-After} header, or null when absent
 * @param contentType the {@code Content-Type} header, or empty
 * @param body the body, at most the configured size
 * @param headers every header of the answer, names lower-cased, the first value of each
 */
public record RawAnswer(int status, String retryAfter, String contentType, byte[] body, Map<String, String> headers) {
    public RawAnswer {
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    }

    /** An answer with no headers but the two named, as the backends built before headers were kept. */
    public RawAnswer(int status, String retryAfter, String contentType, byte[] body) {
        this(status, retryAfter, contentType, body, Map.of());
    }

    /** The first value of header {@code name}, whatever its case. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
