package io.parcelport.adapter.trackingmorev4;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.net.URI;

/**
 * Puts the adapter's own, fully percent-encoded query string on a request, taken from a header that then never
 * leaves the client; the Rest Client's query encoding would send a {@code +} raw.
 */
final class QueryFilter implements ClientRequestFilter {
    static final String HEADER = "X-Parcelport-Query";

    @Override
    public void filter(ClientRequestContext request) {
        Object query = request.getHeaders().getFirst(HEADER);
        request.getHeaders().remove(HEADER);
        if (query == null || query.toString().isEmpty()) {
            return;
        }
        String uri = request.getUri().toString();
        int mark = uri.indexOf('?');
        request.setUri(URI.create((mark < 0 ? uri : uri.substring(0, mark)) + "?" + query));
    }
}
