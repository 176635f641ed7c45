package io.parcelport.adapter.trackingmorev4;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.io.IOException;
import java.util.List;

/** The adapter's request filters as one, in order: the key, then the query string. */
final class ClientFilters implements ClientRequestFilter {
    private final List<ClientRequestFilter> filters;

    ClientFilters(ClientRequestFilter... filters) {
        this.filters = List.of(filters);
    }

    @Override
    public void filter(ClientRequestContext request) throws IOException {
        for (ClientRequestFilter f : filters) {
            f.filter(request);
        }
    }

    // Never the filters' own text beyond their names: the key filter masks itself, and this must not undo that.
    @Override
    public String toString() {
        return "ClientFilters" + filters;
    }
}
