package io.parcelport.emulator;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.in.ParcelportUseCases;
import com.sun.net.httpserver.HttpServer;
import io.parcelport.adapter.inmemory.InMemoryBackend;
import io.parcelport.application.Parcelport;
import io.parcelport.pacing.Ticker;
import io.parcelport.pacing.TickerClock;
import java.nio.charset.StandardCharsets;
import java.net.Socket;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's composition root and command-line entry point: wires the in-memory backend, Parcelport's services
 * and the HTTP server, hands the handlers nothing but the driving ports ({@link ParcelportUseCases}), and serves until
 * SIGTERM or Ctrl-C.
 *
 * <pre>
 * java -cp ... io.parcelport.emulator.EmulatorMain --port 0 --demo-data 200
 * </pre>
 * prints {@code http://127.0.0.1:PORT/v2} on the first line of standard output and {@code http://127.0.0.1:PORT/v4}
 * on the second, {@code http://127.0.0.1:PORT/tracking/2025-07} (AfterShip) on the third; options are listed by
 * {@code --help} ({@link EmulatorArgs#USAGE}).
 *
 * <p>The services are configured to play a server rather than a client: no waiting for rate limits (the emulator
 * refuses with 429 instead), no retries, no carrier caches (every detection is billed as TrackingMore bills it).
 */
public final class EmulatorMain {
    static {
        noDelay();
    }

    private EmulatorMain() {
    }

    /** Starts an emulator from flags and environment variables and serves until the process is stopped. */
    public static void main(String[] args) throws InterruptedException {
        System.exit(run(Arrays.asList(args), System.getenv(), System.out, System.err, true));
    }

    /**
     * Parses {@code args}, starts, prints the base URL on {@code out}, and (with {@code block}) serves until the JVM
     * shuts down; the exit code: 0, 1 when the server cannot start, 2 on a usage error.
     */
    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err,
            boolean block) throws InterruptedException {
        if (args.contains("--help") || args.contains("-h")) {
            out.println("Usage: EmulatorMain [options]   a TrackingMore v2/v4 and AfterShip emulator on 127.0.0.1");
            out.println(EmulatorArgs.USAGE);
            return 0;
        }
        EmulatorOptions options;
        try {
            options = EmulatorArgs.parse(args, environment);
        } catch (IllegalArgumentException e) {
            err.println("emulator: " + e.getMessage());
            err.println(EmulatorArgs.USAGE);
            return 2;
        }
        Emulator emulator;
        try {
            emulator = start(options);
        } catch (UncheckedIOException e) {
            err.println("emulator: cannot listen on " + options.bindAddress() + ":" + options.port() + ": "
                    + e.getCause().getMessage());
            return 1;
        }
        // The v2 URL stays the first line, alone: scripts read the port from it.
        out.println(emulator.baseUrl());
        out.println(emulator.v4BaseUrl());
        out.println(emulator.afterShipBaseUrl());
        out.flush();
        err.println("TrackingMore v2 and v4 and AfterShip emulator ready in " + emulator.startupTime().toMillis()
                + " ms; send any " + (options.apiKeys().isEmpty() ? "non-empty" : "accepted")
                + " Trackingmore-Api-Key (v2), Tracking-Api-Key (v4) or as-api-key (AfterShip); stop with Ctrl-C or"
                + " SIGTERM");
        if (block) {
            Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "parcelport-emulator-shutdown"));
            emulator.awaitClose();
        }
        return 0;
    }

    /**
     * Asks the JDK's HTTP server for TCP_NODELAY on its connections, unless the application chose otherwise. It writes
     * an answer's headers and body separately; with Nagle's algorithm on, the client's delayed ACK held every answer
     * about 40 ms (25 calls a second on one connection, where a real API answers in a few milliseconds). The JDK reads
     * the property once, when its first server starts.
     */
    static void noDelay() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    // A few requests through the HTTP path before anyone else's: cold, the JDK server and the handler took 100 ms and
    // more to reach the rate gate, so the first calls of a client paced to the documented rate were counted late,
    // bunched with the next ones, and refused. TrackingMore's own gateway is never cold. No key: nothing is counted.
    private static void warmUp(InetSocketAddress address) {
        InetAddress host = address.getAddress().isAnyLocalAddress() ? InetAddress.getLoopbackAddress()
                : address.getAddress();
        for (int i = 0; i < 4; i++) {
            try (Socket socket = new Socket(host, address.getPort())) {
                socket.setSoTimeout(5_000);
                String path = i % 2 == 0 ? "/v2/trackings/get" : "/v4/trackings/get";
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: warm-up\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getInputStream().readAllBytes();
            } catch (IOException e) {
                // Only slower first calls: the emulator works without it.
                return;
            }
        }
    }

    /** Wires and starts an emulator; {@link Emulator#start} calls this. */
    static Emulator start(EmulatorOptions options) {
        long began = System.nanoTime();
        // Scaled simulated time starts at the real time and runs on the monotonic ticker the latency waits on.
        Clock clock = options.clock().orElseGet(() -> options.timeScale() == 1 ? Clock.systemUTC()
                : TickerClock.of(Ticker.SYSTEM, Instant.now(), options.timeScale()));
        Wiring wiring = new Wiring(options, clock);
        HttpServer server;
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemons("parcelport-emulator-http"));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(options.bindAddress()),
                    options.port()), 64);
        } catch (IOException e) {
            workers.shutdownNow();
            wiring.close();
            throw new UncheckedIOException(e);
        }
        // Each request is stamped as the server hands it on, before it waits for a worker: the rate gate counts that
        // arrival, not when a busy machine got round to running the handler.
        server.setExecutor(task -> {
            long arrived = clock.millis();
            workers.execute(() -> ApiHandler.arrivedAt(arrived, task));
        });
        ApiHandler handler = new ApiHandler(options, new Endpoints(wiring::useCases, wiring::sentFields),
                new LookupEndpoints(wiring::useCases),
                new V4Endpoints(wiring::useCases, wiring::sentFields, wiring::keyOfBackendId),
                wiring.afterShipEndpoints(), clock);
        server.createContext("/", handler);
        server.start();
        warmUp(server.getAddress());
        return new Emulator(server, workers, wiring, options, Duration.ofNanos(System.nanoTime() - began),
                handler::rateLimitCounts);
    }

    /** The backend and the services behind the server, replaceable as a whole by {@link #reset()}. */
    private static final class Wiring implements Emulator.Engine {
        private final EmulatorOptions options;
        private final Clock clock;
        private final AtomicReference<Wired> current = new AtomicReference<>();
        private final WebhookDispatcher webhooks;
        private final ExecutorService deliveries;
        private final ScheduledExecutorService sweeper;
        private final AfterShipEndpoints afterShipEndpoints;
        private final AfterShipWebhookDispatcher afterShipWebhooks;

        Wiring(EmulatorOptions options, Clock clock) {
            this.options = options;
            this.clock = clock;
            this.afterShipEndpoints = new AfterShipEndpoints(this::useCases, this::afterShipState, this::sentFields,
                    this::keyOfBackendId, clock);
            boolean anyWebhooks = options.webhookUrl().isPresent() || options.afterShipWebhookUrl().isPresent();
            this.deliveries = anyWebhooks ? Executors.newFixedThreadPool(2, daemons("parcelport-emulator-webhook"))
                    : null;
            this.webhooks = options.webhookUrl().map(url -> new WebhookDispatcher(url, options.accountEmail(), clock,
                    this::useCases, this::sentFields, deliveries)).orElse(null);
            this.afterShipWebhooks = options.afterShipWebhookUrl().map(url -> new AfterShipWebhookDispatcher(url,
                    options.afterShipWebhookSecret(), clock, this::useCases, afterShipEndpoints, deliveries))
                    .orElse(null);
            this.sweeper = anyWebhooks
                    ? Executors.newSingleThreadScheduledExecutor(daemons("parcelport-emulator-sweep")) : null;
            current.set(wire());
            if (sweeper != null) {
                long every = options.webhookSweep().toMillis();
                sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
            }
        }

        // Reads every shipment through the use cases, so that simulated progress fires the status-change events
        // both dispatchers listen to.
        private void sweep() {
            try (java.util.stream.Stream<io.parcelport.domain.shipment.Shipment> all = useCases().follow()
                    .query(io.parcelport.ports.ShipmentQuery.ALL)) {
                all.forEach(s -> { });
            } catch (RuntimeException e) {
                System.getLogger(EmulatorMain.class.getName()).log(System.Logger.Level.WARNING,
                        "webhook sweep failed", e);
            }
        }

        private Wired wire() {
            InMemoryBackend.Builder backend = InMemoryBackend.builder().clock(clock).quota(options.quota())
                    .email(options.accountEmail());
            if (options.demoCount() > 0) {
                backend.demoData(options.demoCount(), options.demoSeed());
            }
            InMemoryBackend built = backend.build();
            Parcelport parcelport = Parcelport.builder(built)
                    .clock(clock)
                    // TrackingMore bills every detection and serves the list fresh; so must its stand-in.
                    .detectCacheSize(0)
                    .carrierListTtl(Duration.ZERO)
                    .build();
            AutoCloseable v2Subscription = webhooks == null ? () -> { } : webhooks.listenTo(parcelport.follow());
            AutoCloseable afterShipSubscription = afterShipWebhooks == null ? () -> { }
                    : afterShipWebhooks.listenTo(parcelport.follow());
            AutoCloseable subscription = () -> {
                try (afterShipSubscription; v2Subscription) {
                    // both closed, the AfterShip one first
                }
            };
            return new Wired(built, parcelport, subscription, new SentFields(), new AfterShipState());
        }

        ParcelportUseCases useCases() {
            return current.get().parcelport();
        }

        SentFields sentFields() {
            return current.get().sent();
        }

        AfterShipState afterShipState() {
            return current.get().afterShip();
        }

        AfterShipEndpoints afterShipEndpoints() {
            return afterShipEndpoints;
        }

        // The v4 face addresses trackings by the backend's id; only the composition root may ask the backend itself.
        Optional<ShipmentKey> keyOfBackendId(String id) {
            return current.get().backend().keyOfBackendId(id);
        }

        @Override
        public void reset() {
            Wired old = current.getAndSet(wire());
            old.close();
        }

        @Override
        public long webhooksDelivered() {
            return (webhooks == null ? 0 : webhooks.delivered())
                    + (afterShipWebhooks == null ? 0 : afterShipWebhooks.delivered());
        }

        @Override
        public void close() {
            if (sweeper != null) {
                sweeper.shutdownNow();
                deliveries.shutdownNow();
            }
            Wired last = current.get();
            if (last != null) {
                last.close();
            }
        }
    }

    /** One generation of the state: a backend, the services over it, and the webhook subscription. */
    private record Wired(InMemoryBackend backend, Parcelport parcelport, AutoCloseable subscription,
            SentFields sent, AfterShipState afterShip) {
        void close() {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // Unsubscribing from an in-process hub cannot fail in a way worth reporting at shutdown.
            }
            parcelport.close();
            backend.close();
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, name + "-" + count.incrementAndGet());
            // Daemons, so that an emulator a test forgot to close does not keep the JVM alive.
            t.setDaemon(true);
            return t;
        };
    }
}
