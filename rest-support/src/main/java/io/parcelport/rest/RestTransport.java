package io.parcelport.rest;

import java.lang.System.Logger.Level;
import io.parcelport.pacing.RateLimiter;
import org.apache.http.HttpClientConnection;
import org.apache.http.HttpException;
import org.apache.http.HttpRequest;
import org.apache.http.HttpResponse;
import org.apache.http.protocol.HttpContext;
import org.apache.http.protocol.HttpRequestExecutor;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.TransportException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.jboss.resteasy.client.jaxrs.ClientHttpEngine;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.jboss.resteasy.client.jaxrs.engines.ApacheHttpClient43Engine;
import org.jboss.resteasy.client.jaxrs.internal.ClientResponse;
import org.jboss.resteasy.microprofile.client.RestClientBuilderImpl;

/**
 * Sends one request to a REST backend through its MicroProfile Rest Client interface {@code A} (or, built by
 * {@link #overClient}, a plain JAX-RS {@link Client}) and reads the answer's body up to the size cap, turning every
 * failure of the HTTP client into {@link TransportException} (or {@link BackendUnavailableException} for an oversized
 * answer).
 *
 * <p>Nothing of the HTTP client leaves this class: no {@link ProcessingException}, no {@link WebApplicationException},
 * and no wrapper as a cause, since the client's exceptions may carry the request headers.
 */
public final class RestTransport<A extends AutoCloseable> implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RestTransport.class.getName());

    private static final AtomicLong CONNECTIONS = new AtomicLong();

    private final RestSettings config;
    private final A api;
    // The plain JAX-RS client on the same engine (so the same pool, timeouts and filter) for get(...).
    private final Client direct;

    /**
     * A transport with its own client and connection pool.
     *
     * @param apiType the Rest Client interface
     * @param config where and how to connect
     * @param filter puts the credentials (and any other header) on every request; never printed
     */
    public RestTransport(Class<A> apiType, RestSettings config, ClientRequestFilter filter) {
        this(config, filter, engine(config), apiType);
    }

    private RestTransport(RestSettings config, ClientRequestFilter filter, ClientHttpEngine engine, Class<A> apiType) {
        this.config = config;
        this.direct = jaxrsClient(engine, filter);
        this.api = restClient(apiType, config, filter, engine);
    }

    private RestTransport(RestSettings config, A api, Client direct) {
        this.config = config;
        this.api = api;
        this.direct = direct;
    }

    /**
     * A transport over a plain JAX-RS client, with the same engine, pool, timeouts and failure translation, for a
     * backend whose calls (method, path, query) are chosen at run time rather than declared on an interface; each
     * request must target an absolute URI below {@code config.baseUri()}.
     *
     * @param config where and how to connect
     * @param filter puts the credentials (and any other header) on every request; never printed
     */
    public static RestTransport<Client> overClient(RestSettings config, ClientRequestFilter filter) {
        Client client = jaxrsClient(engine(config), filter);
        return new RestTransport<>(config, client, client);
    }

    private static Client jaxrsClient(ClientHttpEngine engine, ClientRequestFilter filter) {
        WireLogSilencer.apply();
        return ((ResteasyClientBuilder) ResteasyClientBuilder.newBuilder())
                .httpEngine(engine)
                .register(filter)
                .build();
    }

    private static <T> T restClient(Class<T> apiType, RestSettings config, ClientRequestFilter filter,
            ClientHttpEngine engine) {
        WireLogSilencer.apply();
        RestClientBuilder builder = RestClientBuilder.newBuilder()
                .baseUri(config.baseUri())
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // We read every status ourselves; the default mapper would also need an MP Config implementation.
                .property("microprofile.rest.client.disable.default.mapper", true)
                // One pool per backend, sized so concurrent callers do not queue behind a single connection.
                .property("resteasy.connectionPoolSize", config.maxConnections())
                .property("resteasy.maxPooledPerRoute", config.maxConnections())
                .followRedirects(false)
                .register(filter);
        // With RESTEasy, hand it an engine of ours: Apache HttpClient's default handler silently re-sends a request
        // up to three times on an I/O error, below the pacing engine's count and deadline (a GET reached the server
        // four times with retries off). Another MicroProfile implementation builds its own client.
        return builder instanceof RestClientBuilderImpl resteasy
                ? resteasy.build(apiType, engine)
                : builder.build(apiType);
    }

    private static ClientHttpEngine engine(RestSettings config) {
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager(RestTransport::quietConnection);
        pool.setMaxTotal(config.maxConnections());
        pool.setDefaultMaxPerRoute(config.maxConnections());
        RequestConfig timeouts = RequestConfig.custom()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setConnectionRequestTimeout((int) config.connectTimeout().toMillis())
                .setSocketTimeout((int) config.readTimeout().toMillis())
                .setRedirectsEnabled(false)
                .build();
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(timeouts)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                // The client's rate limit counts a call from when it goes on the wire (connection open), not from
                // when it was admitted: see RateLimiter.
                .setRequestExecutor(new HttpRequestExecutor() {
                    @Override
                    protected HttpResponse doSendRequest(HttpRequest request, HttpClientConnection connection,
                            HttpContext context) throws IOException, HttpException {
                        RateLimiter.sent();
                        return super.doSendRequest(request, connection, context);
                    }
                })
                .build();
        return new ApacheHttpClient43Engine(client, true);
    }

    // Never Apache's logging connection: its factory picks one that prints every header (the API key among them)
    // whenever org.apache.http.headers is at DEBUG, and an application may raise that level at any time after the
    // backend exists. This one logs nothing, whatever the logging configuration says.
    private static ManagedHttpClientConnection quietConnection(HttpRoute route, ConnectionConfig config) {
        ConnectionConfig c = config != null ? config : ConnectionConfig.DEFAULT;
        CharsetDecoder decoder = null;
        CharsetEncoder encoder = null;
        if (c.getCharset() != null) {
            CodingErrorAction malformed = c.getMalformedInputAction() != null ? c.getMalformedInputAction()
                    : CodingErrorAction.REPORT;
            CodingErrorAction unmappable = c.getUnmappableInputAction() != null ? c.getUnmappableInputAction()
                    : CodingErrorAction.REPORT;
            decoder = c.getCharset().newDecoder().onMalformedInput(malformed).onUnmappableCharacter(unmappable);
            encoder = c.getCharset().newEncoder().onMalformedInput(malformed).onUnmappableCharacter(unmappable);
        }
        return new DefaultManagedHttpClientConnection("parcelport-" + CONNECTIONS.incrementAndGet(),
                c.getBufferSize(), c.getFragmentSizeHint(), decoder, encoder, c.getMessageConstraints(),
                LaxContentLengthStrategy.INSTANCE, StrictContentLengthStrategy.INSTANCE,
                DefaultHttpRequestWriterFactory.INSTANCE, DefaultHttpResponseParserFactory.INSTANCE);
    }

    /**
     * Sends {@code request} once and reads what came back, whatever its status.
     *
     * @param operation the port operation the call serves, named in every failure
     */
    public RawAnswer send(String operation, Function<A, Response> request) {
        return exchange(operation, () -> request.apply(api));
    }

    /**
     * Sends {@code GET} of the base URI's path followed by {@code segments}, each percent-encoded as one path segment
     * (everything but RFC 3986's unreserved characters, so no value can add a segment, a query or a path parameter),
     * accepting JSON, once, and reads what came back, whatever its status.
     *
     * <p>For the hottest reads: this goes through the plain JAX-RS client on the same engine, pool and filter as the
     * Rest Client interface, without the interface proxy's per-call work (a copy of the client's configuration per
     * path parameter, the header-parameter filter, annotations read by reflection): at 16 threads a TrackingMore
     * {@code find} this way made 1.49x the calls of a hand-written JDK client, 1.11x through the proxy (the
     * benchmarks module's {@code FindBenchmark} and {@code FindLayersBenchmark}).
     *
     * @param operation the port operation the call serves, named in every failure
     */
    public RawAnswer get(String operation, String... segments) {
        StringBuilder uri = new StringBuilder(config.baseUri().toString());
        if (uri.length() > 0 && uri.charAt(uri.length() - 1) == '/') {
            uri.setLength(uri.length() - 1);
        }
        for (String segment : segments) {
            uri.append('/');
            PercentEncoding.appendEncoded(uri, segment);
        }
        URI target = URI.create(uri.toString());
        return exchange(operation, () -> direct.target(target).request(MediaType.APPLICATION_JSON).get());
    }

    private RawAnswer exchange(String operation, Supplier<Response> request) {
        // The read timeout restarts with every byte, so a server trickling its answer would hold the caller far past
        // the call's deadline: the body must be complete within the deadline of the attempt.
        long until = System.nanoTime() + config.deadline().toNanos();
        Response response;
        try {
            response = request.get();
        } catch (WebApplicationException e) {
            response = e.getResponse();
        } catch (ProcessingException e) {
            throw transport(operation, e);
        } catch (RuntimeException e) {
            // A closed client, a proxy failure: nothing was exchanged with the backend, and nothing of the HTTP
            // client's own types may escape, so no cause is attached.
            throw new TransportException(BackendException.Failure.of(operation),
                    "the " + config.vendor() + " client could not send the request (" + e.getClass().getSimpleName() + ")");
        }
        try {
            int status = response.getStatus();
            String retryAfter = response.getHeaderString("Retry-After");
            String contentType = Optional.ofNullable(response.getHeaderString("Content-Type")).orElse("");
            Map<String, String> headers = firstValues(response);
            return new RawAnswer(status, retryAfter, contentType, readCapped(operation, response, status, until),
                    headers);
        } catch (ProcessingException e) {
            throw transport(operation, e);
        } finally {
            try {
                response.close();
            } catch (RuntimeException ignored) {
                // The answer was read or refused already; a failure to release the connection changes nothing.
            }
        }
    }

    // A vendor's own headers (rate-limit counters, say) are read by its backend; the first value of each is enough.
    private static Map<String, String> firstValues(Response response) {
        Map<String, String> headers = new TreeMap<>();
        for (Map.Entry<String, List<String>> h : response.getStringHeaders().entrySet()) {
            if (h.getKey() != null && h.getValue() != null && !h.getValue().isEmpty()) {
                headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue().get(0));
            }
        }
        return headers;
    }

    private byte[] readCapped(String operation, Response response, int status, long until) {
        long cap = config.maxResponseBytes();
        long declared = declaredLength(response);
        if (declared > cap) {
            abort(response);
            throw new BackendUnavailableException(BackendException.Failure.of(operation, status, null),
                    "answer of " + declared + " bytes refused: larger than the limit of " + cap + " bytes");
        }
        if (!response.hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = response.readEntity(InputStream.class)) {
            if (in == null) {
                return new byte[0];
            }
            if (declared >= 0) {
                return readDeclared(operation, response, status, in, (int) declared, until);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > cap) {
                    abort(response);
                    throw new BackendUnavailableException(BackendException.Failure.of(operation, status,
                            null), "answer refused: larger than the limit of " + cap + " bytes");
                }
                out.write(buffer, 0, n);
                requireWithinDeadline(operation, response, status, until, total);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw transport(operation, e);
        }
    }

    // A declared length (within the cap) is read into one array of that size: growing a buffer and copying it out
    // cost a quarter of a large list page's allocation. A body shorter than declared is a broken answer.
    private byte[] readDeclared(String operation, Response response, int status, InputStream in, int declared,
            long until) throws IOException {
        byte[] body = new byte[declared];
        int read = 0;
        for (int n; read < declared && (n = in.read(body, read, declared - read)) != -1; ) {
            read += n;
            requireWithinDeadline(operation, response, status, until, read);
        }
        if (read < declared) {
            throw new BackendUnavailableException(BackendException.Failure.of(operation, status, null),
                    "answer cut short: " + read + " of the " + declared + " bytes announced");
        }
        if (in.read() != -1) {
            abort(response);
            throw new BackendUnavailableException(BackendException.Failure.of(operation, status, null),
                    "answer longer than the " + declared + " bytes announced");
        }
        return body;
    }

    // A server trickling its body a byte at a time would otherwise hold the call as long as it likes.
    private void requireWithinDeadline(String operation, Response response, int status, long until, long read) {
        if (System.nanoTime() - until > 0) {
            abort(response);
            throw new TransportException(BackendException.Failure.of(operation, status, null),
                    "answer not complete within the call's deadline of " + config.deadline().toMillis()
                            + " ms (" + read + " bytes read)");
        }
    }

    // Read here rather than with Response.getLength(), which parses an int and throws NumberFormatException for a
    // length above 2 GB or a malformed header; an unreadable length counts as unknown, and the stream is capped.
    private static long declaredLength(Response response) {
        String header = response.getHeaderString("Content-Length");
        if (header == null || !header.strip().matches("\\d{1,18}")) {
            return -1;
        }
        return Long.parseLong(header.strip());
    }

    // Drop the connection instead of draining the rest of an oversized body into the void.
    private static void abort(Response response) {
        if (response instanceof ClientResponse client) {
            try {
                client.releaseConnection(false);
            } catch (IOException | RuntimeException ignored) {
                // Closing the response afterwards releases what is left.
            }
        }
    }

    private TransportException transport(String operation, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof IOException)) {
            root = root.getCause();
        }
        String what;
        if (root instanceof SocketTimeoutException || root instanceof InterruptedIOException) {
            what = "no answer within the timeout (" + root.getClass().getSimpleName() + ")";
        } else if (root instanceof ConnectException || root instanceof NoRouteToHostException) {
            what = "could not connect to " + config.baseUri().getHost() + ":" + port() + " ("
                    + root.getClass().getSimpleName() + ")";
        } else if (root instanceof UnknownHostException) {
            what = "unknown host " + config.baseUri().getHost();
        } else {
            what = "I/O failure talking to " + config.vendor() + " (" + root.getClass().getSimpleName() + ")";
        }
        // Keep the JDK's I/O exception as the cause, not the HTTP client's wrapper: the ports promise no
        // ProcessingException anywhere, and an I/O exception carries no request headers.
        Throwable cause = root instanceof IOException ? root : null;
        return new TransportException(BackendException.Failure.of(operation), what, cause);
    }

    private int port() {
        int port = config.baseUri().getPort();
        return port >= 0 ? port : config.baseUri().getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    @Override
    public void close() {
        try {
            api.close();
        } catch (Exception e) {
            // The Rest Client's close() declares Exception; a failure to release connections changes nothing now.
            LOG.log(Level.DEBUG, () -> "closing the " + config.vendor() + " client failed", e);
        }
        if (direct != api) {
            // Both clients share the engine, whose close() runs once however often it is called.
            direct.close();
        }
    }
}
