package io.parcelport.rest;

/**
 * What came back over HTTP, before a backend reads it as its vendor's envelope.
 *
 * @param status the HTTP status
 * @param retryAfter the {@code Retry-After} header, or null when absent
 * @param contentType the {@code Content-Type} header, or empty
 * @param body the body, at most the configured size
 */
public record RawAnswer(int status, String retryAfter, String contentType, byte[] body) {
}
