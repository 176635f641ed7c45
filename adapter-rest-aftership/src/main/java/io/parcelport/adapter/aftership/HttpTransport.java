package io.parcelport.adapter.aftership;

import io.parcelport.rest.PercentEncoding;
import io.parcelport.rest.RawAnswer;
import io.parcelport.rest.RestSettings;
import io.parcelport.rest.RestTransport;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns the adapter's calls (a method, a path, query parameters, a JSON body) into requests on the shared
 * {@link RestTransport}, which sends them, caps the answer and translates every failure of the HTTP client.
 *
 * <p>AfterShip's paths and queries vary per call, so a plain JAX-RS client serves here where the TrackingMore
 * backends declare a Rest Client interface.
 */
final class HttpTransport implements AutoCloseable {
    /** One request: a method, a path below the base URI (segments already encoded), query parameters, a body. */
    record Call(String method, String path, Map<String, String> query, Optional<byte[]> body) {
    }

    private final URI baseUri;
    private final RestTransport<Client> transport;

    /**
     * A transport to {@code settings.baseUri()}.
     *
     * @param headers puts the credentials and the user agent on every request
     */
    HttpTransport(RestSettings settings, ClientRequestFilter headers) {
        this.baseUri = settings.baseUri();
        this.transport = RestTransport.overClient(settings, headers);
    }

    /** The full URI of {@code call}: the base, the path, and the query sorted by name, RFC 3986-escaped. */
    URI uri(Call call) {
        StringBuilder uri = new StringBuilder(baseUri.toString());
        if (!call.path().isEmpty()) {
            uri.append('/').append(call.path());
        }
        if (!call.query().isEmpty()) {
            String sep = "?";
            for (Map.Entry<String, String> e : new TreeMap<>(call.query()).entrySet()) {
                PercentEncoding.appendEncoded(uri.append(sep), e.getKey());
                PercentEncoding.appendEncoded(uri.append('='), e.getValue());
                sep = "&";
            }
        }
        return URI.create(uri.toString());
    }

    /** Sends {@code call} once and reads what came back, whatever its status. */
    RawAnswer send(String operation, Call call) {
        URI target = uri(call);
        return transport.send(operation, client -> {
            var request = client.target(target).request(MediaType.APPLICATION_JSON_TYPE);
            return call.body().isPresent()
                    ? request.method(call.method(), Entity.entity(call.body().get(), MediaType.APPLICATION_JSON_TYPE))
                    : request.method(call.method());
        });
    }

    @Override
    public void close() {
        transport.close();
    }
}
