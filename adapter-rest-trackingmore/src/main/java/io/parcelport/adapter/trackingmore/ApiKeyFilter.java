package io.parcelport.adapter.trackingmore;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Puts the API key and the user agent on every request of one backend; a filter instance per backend, so clients
 * with different keys never share one.
 */
final class ApiKeyFilter implements ClientRequestFilter {
    static final String HEADER = "Trackingmore-Api-Key";

    private final String apiKey;
    private final String userAgent;

    ApiKeyFilter(String apiKey, String userAgent) {
        this.apiKey = apiKey;
        this.userAgent = userAgent;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HEADER, apiKey);
        request.getHeaders().putSingle(HttpHeaders.USER_AGENT, userAgent);
    }

    // Frameworks print providers in debug output; make sure that never prints the key.
    @Override
    public String toString() {
        return "ApiKeyFilter[***]";
    }
}
