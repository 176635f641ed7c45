package io.parcelport.emulator;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running TrackingMore v2 and v4 and AfterShip 2025-07 emulator: an HTTP server on this machine that any v2, v4 or
 * AfterShip client (in any language) can be pointed at, with any API key, backed by Parcelport's use cases over the
 * in-memory backend. Every face serves the same shipments.
 *
 * <pre>{@code
 * try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).build())) {
 *     URI base = emulator.baseUri();          // http://127.0.0.1:PORT/v2
 *     URI v4 = emulator.v4BaseUri();          // http://127.0.0.1:PORT/v4
 *     URI as = emulator.afterShipBaseUri();   // http://127.0.0.1:PORT/tracking/2025-07
 *     // point the client under test at base, with any non-empty Trackingmore-Api-Key
 * }
 * }</pre>
 * Thread-safe; {@link #close()} stops the server and releases its threads, and may be called more than once.
 */
public final class Emulator implements AutoCloseable {

    /** The emulator's state behind the server, as the composition root wired it. */
    interface Engine extends AutoCloseable {
        /** Replaces the backend with a fresh one as the options describe (empty, or with the demo data). */
        void reset();

        /** Webhooks delivered with a 2xx answer so far. */
        long webhooksDelivered();

        @Override
        void close();
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final Engine engine;
    private final EmulatorOptions options;
    private final URI baseUri;
    private final URI v4BaseUri;
    private final URI afterShipBaseUri;
    private final Duration startupTime;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final java.util.function.Supplier<RateLimitCounts> rateLimitCounts;

    Emulator(HttpServer server, ExecutorService workers, Engine engine, EmulatorOptions options, Duration startupTime,
            java.util.function.Supplier<RateLimitCounts> rateLimitCounts) {
        this.rateLimitCounts = rateLimitCounts;
        this.server = server;
        this.workers = workers;
        this.engine = engine;
        this.options = options;
        this.startupTime = startupTime;
        String host = options.bindAddress();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")) {
            host = "127.0.0.1"; // listening everywhere: this machine is one of the places
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        this.baseUri = URI.create("http://" + host + ":" + server.getAddress().getPort() + "/v2");
        this.v4BaseUri = URI.create("http://" + host + ":" + server.getAddress().getPort() + "/v4");
        this.afterShipBaseUri = URI.create("http://" + host + ":" + server.getAddress().getPort()
                + AfterShipApiHandler.PREFIX);
    }

    /**
     * Starts an emulator as {@code options} say and returns it running.
     *
     * @throws java.io.UncheckedIOException when the address cannot be bound (the port is taken, say)
     */
    public static Emulator start(EmulatorOptions options) {
        return EmulatorMain.start(Objects.requireNonNull(options, "options"));
    }

    /** The base URL of the v2 API, {@code http://127.0.0.1:PORT/v2}. */
    public String baseUrl() {
        return baseUri.toString();
    }

    /** {@link #baseUrl()} as a URI. */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * The base URL of the v4 API on the same server, {@code http://127.0.0.1:PORT/v4}: the same shipments as
     * {@link #baseUrl()}, addressed by id, with the {@code Tracking-Api-Key} header.
     */
    public String v4BaseUrl() {
        return v4BaseUri.toString();
    }

    /** {@link #v4BaseUrl()} as a URI. */
    public URI v4BaseUri() {
        return v4BaseUri;
    }

    /**
     * The base URL of the AfterShip Tracking API 2025-07 on the same server,
     * {@code http://127.0.0.1:PORT/tracking/2025-07}: the same shipments again, addressed by id, with the
     * {@code as-api-key} header. An AfterShip SDK takes {@code http://127.0.0.1:PORT} as its domain.
     */
    public String afterShipBaseUrl() {
        return afterShipBaseUri.toString();
    }

    /** {@link #afterShipBaseUrl()} as a URI. */
    public URI afterShipBaseUri() {
        return afterShipBaseUri;
    }

    /** The port the server listens on (the free one picked, when the options said 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The options it runs with. */
    public EmulatorOptions options() {
        return options;
    }

    /** How long {@link #start} took, from wiring to listening. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Forgets every shipment and the quota spent: the state of a fresh start, on the same port. */
    public void reset() {
        engine.reset();
    }

    /** Webhooks delivered with a 2xx answer so far. */
    public long webhooksDelivered() {
        return engine.webhooksDelivered();
    }

    /**
     * What the rate limits counted since start (all zero when they are off): calls admitted and refused with 429,
     * per limit, over every key; {@link #reset()} keeps them.
     */
    public RateLimitCounts rateLimitCounts() {
        return rateLimitCounts.get();
    }

    /** Waits until {@link #close()} has run (for a process that serves until stopped). */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    /** Stops the server at once (requests in flight are cut off), then the engine's threads. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.stop(0);
            workers.shutdownNow();
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            engine.close();
            stopped.countDown();
        }
    }

    @Override
    public String toString() {
        return "Emulator[" + baseUri + "]";
    }
}
