package io.parcelport.adapter.aftership;

import io.parcelport.pacing.RateLimiter;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.TransportException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.http.HttpClientConnection;
import org.apache.http.HttpException;
import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.config.ConnectionConfig;
import org.apache.http.conn.ManagedHttpClientConnection;
import org.apache.http.conn.routing.HttpRoute;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.DefaultHttpResponseParserFactory;
import org.apache.http.impl.conn.DefaultManagedHttpClientConnection;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.impl.entity.LaxContentLengthStrategy;
import org.apache.http.impl.entity.StrictContentLengthStrategy;
import org.apache.http.impl.io.DefaultHttpRequestWriterFactory;
import org.apache.http.protocol.HttpContext;
import org.apache.http.protocol.HttpRequestExecutor;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.jboss.resteasy.client.jaxrs.engines.ApacheHttpClient43Engine;

/**
 * Sends one HTTP request and reads the whole answer, whatever its status, up to a size cap; every failure of the
 * HTTP client becomes a {@link TransportException} (or {@link BackendUnavailableException} for an oversized answer).
 *
 * <p>Generic on purpose (no vendor words): a base URI, headers put on by a filter, a method, a path, query parameters
 * and a JSON body in; status, headers and body bytes out, so that it can give way to a shared module later. Nothing
 * of the HTTP client leaves it, not even as a cause, since the client's exceptions may carry the request headers.
 */
final class HttpTransport implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(HttpTransport.class.getName());
    private static final AtomicLong CONNECTIONS = new AtomicLong();

    /** One request: a method, a path below the base URI (segments already encoded), query parameters, a body. */
    record Call(String method, String path, Map<String, String> query, Optional<byte[]> body) {
    }

    /** One answer: the status, the headers (names lower-cased, first value of each), and the body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private final URI baseUri;
    private final Duration deadline;
    private final long maxBytes;
    private final String service;
    private final Client client;

    /**
     * A transport to {@code baseUri}.
     *
     * @param service the remote side's name in messages
     * @param headers puts the credentials and the user agent on every request
     */
    HttpTransport(String service, URI baseUri, Duration connectTimeout, Duration readTimeout, Duration deadline,
            long maxBytes, int maxConnections, ClientRequestFilter headers) {
        this.service = service;
        this.baseUri = baseUri;
        this.deadline = deadline;
        this.maxBytes = maxBytes;
        this.client = ((ResteasyClientBuilder) ResteasyClientBuilder.newBuilder())
                .httpEngine(engine(connectTimeout, readTimeout, maxConnections))
                .register(headers)
                .build();
    }

    private static ApacheHttpClient43Engine engine(Duration connect, Duration read, int maxConnections) {
        PoolingHttpClientConnectionManager pool =
                new PoolingHttpClientConnectionManager(HttpTransport::quietConnection);
        pool.setMaxTotal(maxConnections);
        pool.setDefaultMaxPerRoute(maxConnections);
        RequestConfig timeouts = RequestConfig.custom()
                .setConnectTimeout((int) connect.toMillis())
                .setConnectionRequestTimeout((int) connect.toMillis())
                .setSocketTimeout((int) read.toMillis())
                .setRedirectsEnabled(false)
                .build();
        CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(timeouts)
                // Apache's default handler re-sends a request after an I/O error, below the pacing engine's count.
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                // A rate limit counts a call from when it goes on the wire, not from when it was admitted.
                .setRequestExecutor(new HttpRequestExecutor() {
                    @Override
                    protected HttpResponse doSendRequest(HttpRequest request, HttpClientConnection connection,
                            HttpContext context) throws IOException, HttpException {
                        RateLimiter.sent();
                        return super.doSendRequest(request, connection, context);
                    }
                })
                .build();
        return new ApacheHttpClient43Engine(http, true);
    }

    // Never Apache's logging connection, which prints every header (the API key among them) whenever its header
    // logger is at DEBUG, a level an application may raise at any time.
    private static ManagedHttpClientConnection quietConnection(HttpRoute route, ConnectionConfig given) {
        ConnectionConfig c = given != null ? given : ConnectionConfig.DEFAULT;
        return new DefaultManagedHttpClientConnection("parcelport-as-" + CONNECTIONS.incrementAndGet(),
                c.getBufferSize(), c.getFragmentSizeHint(), null, null, c.getMessageConstraints(),
                LaxContentLengthStrategy.INSTANCE, StrictContentLengthStrategy.INSTANCE,
                DefaultHttpRequestWriterFactory.INSTANCE, DefaultHttpResponseParserFactory.INSTANCE);
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
                uri.append(sep).append(escape(e.getKey())).append('=').append(escape(e.getValue()));
                sep = "&";
            }
        }
        return URI.create(uri.toString());
    }

    /** {@code text} with every byte outside RFC 3986's unreserved set percent-encoded: safe in a path or a query. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /** Sends {@code call} once and reads what came back, whatever its status. */
    Answer send(String operation, Call call) {
        long until = System.nanoTime() + deadline.toNanos();
        Response response;
        try {
            var request = client.target(uri(call)).request(MediaType.APPLICATION_JSON_TYPE);
            response = call.body().isPresent()
                    ? request.method(call.method(), Entity.entity(call.body().get(), MediaType.APPLICATION_JSON_TYPE))
                    : request.method(call.method());
        } catch (ProcessingException e) {
            throw transport(operation, e);
        } catch (RuntimeException e) {
            // A closed client, a refused entity: nothing was exchanged, and none of the client's types may escape.
            throw new TransportException(BackendException.Failure.of(operation),
                    "the " + service + " client could not send the request (" + e.getClass().getSimpleName() + ")");
        }
        try {
            Map<String, String> headers = new TreeMap<>();
            for (Map.Entry<String, List<String>> h : response.getStringHeaders().entrySet()) {
                if (h.getKey() != null && !h.getValue().isEmpty()) {
                    headers.put(h.getKey().toLowerCase(java.util.Locale.ROOT), h.getValue().get(0));
                }
            }
            return new Answer(response.getStatus(), Map.copyOf(headers), read(operation, response, until));
        } catch (ProcessingException e) {
            throw transport(operation, e);
        } finally {
            try {
                response.close();
            } catch (RuntimeException ignored) {
                // The answer was read or refused already; failing to release the connection changes nothing.
            }
        }
    }

    private byte[] read(String operation, Response response, long until) {
        if (!response.hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = response.readEntity(InputStream.class)) {
            if (in == null) {
                return new byte[0];
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw new BackendUnavailableException(BackendException.Failure.of(operation,
                            response.getStatus(), null), "answer refused: larger than the limit of " + maxBytes
                            + " bytes");
                }
                out.write(buffer, 0, n);
                // A server trickling its body would otherwise hold the call as long as it likes.
                if (System.nanoTime() - until > 0) {
                    throw new TransportException(BackendException.Failure.of(operation, response.getStatus(), null),
                            "answer not complete within the call's deadline of " + deadline.toMillis() + " ms");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw transport(operation, e);
        }
    }

    private TransportException transport(String operation, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof IOException)) {
            root = root.getCause();
        }
        String what;
        if (root instanceof InterruptedIOException) {
            what = "no answer within the timeout (" + root.getClass().getSimpleName() + ")";
        } else if (root instanceof ConnectException || root instanceof NoRouteToHostException) {
            what = "could not connect to " + baseUri.getHost() + " (" + root.getClass().getSimpleName() + ")";
        } else if (root instanceof UnknownHostException) {
            what = "unknown host " + baseUri.getHost();
        } else {
            what = "I/O failure talking to " + service + " (" + root.getClass().getSimpleName() + ")";
        }
        // The JDK's I/O exception as the cause, never the client's wrapper: an I/O exception carries no headers.
        return new TransportException(BackendException.Failure.of(operation), what,
                root instanceof IOException ? root : null);
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the " + service + " client failed", e);
        }
    }
}
