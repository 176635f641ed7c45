package io.parcelport.rest;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How one {@link RestTransport} connects: the vendor's name for messages, where the API is, its timeouts, pool size,
 * the deadline an answer's body must arrive within and the largest body read.
 *
 * @param vendor the backend's name as failures show it, e.g. {@code TrackingMore}
 * @param baseUri the API's base URI, already checked with {@link BaseUris#check}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the next bytes of an answer
 * @param maxConnections how many connections the transport keeps open at most
 * @param deadline how long one answer's body may take to arrive in full
 * @param maxResponseBytes the largest answer body read
 */
public record RestSettings(String vendor, URI baseUri, Duration connectTimeout, Duration readTimeout,
        int maxConnections, Duration deadline, long maxResponseBytes) {
    public RestSettings {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(deadline, "deadline");
        if (maxConnections < 1 || maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxConnections and maxResponseBytes must be positive");
        }
    }
}
