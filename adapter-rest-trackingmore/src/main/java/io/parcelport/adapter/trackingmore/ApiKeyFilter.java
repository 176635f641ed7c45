package io.parcelport.adapter.trackingmore;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Puts the API key under v2's header name ({@value #HEADER}) and the user agent on every request of one backend,
 * through the shared {@link io.parcelport.rest.ApiKeyFilter}.
 */
final class ApiKeyFilter implements ClientRequestFilter {
    static final String HEADER = "Trackingmore-Api-Key";

    private final io.parcelport.rest.ApiKeyFilter shared;

    ApiKeyFilter(String apiKey, String userAgent) {
        this.shared = new io.parcelport.rest.ApiKeyFilter(HEADER, apiKey, userAgent);
    }

    @Override
    public void filter(ClientRequestContext request) {
        shared.filter(request);
    }

    /** {@code key} stripped, as it may go into the header; refused without echoing it when it could break one. */
    static String headerValue(String key) {
        return io.parcelport.rest.ApiKeyFilter.headerValue(key);
    }

    // Frameworks print providers in debug output; make sure that never prints the key.
    @Override
    public String toString() {
        return "ApiKeyFilter[***]";
    }
}
