package io.parcelport.adapter.trackingmore;

/**
 * What came back over HTTP, before anyone read it as TrackingMore's envelope.
 *
 * @param status the HTTP status
 * @param retryAfter the {@code Retry-After} header, or null when absent
 * @param contentType the {@code Content-Type} header, or empty
 * @param body the body, at most the configured size
 */
record RawAnswer(int status, String retryAfter, String contentType, byte[] body) {
}
