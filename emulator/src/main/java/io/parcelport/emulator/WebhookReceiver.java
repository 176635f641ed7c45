package io.parcelport.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A webhook endpoint for tests, on a free port of the loopback interface: give its {@link #uri()} to
 * {@link EmulatorOptionsBuilder#webhookUrl(URI)} and take the bodies the emulator posts with {@link #poll(Duration)}.
 *
 * <pre>{@code
 * try (WebhookReceiver hooks = WebhookReceiver.start();
 *      Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).webhookUrl(hooks.uri()).build())) {
 *     ... change a shipment ...
 *     Optional<String> body = hooks.poll(Duration.ofSeconds(5));
 * }
 * }</pre>
 * It answers every post with HTTP 200 and the body {@code 200}, as the sample handler of TrackingMore's
 * documentation does.
 */
public final class WebhookReceiver implements AutoCloseable {
    private static final String PATH = "/hook";

    private final HttpServer server;
    private final BlockingQueue<String> bodies = new LinkedBlockingQueue<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** A receiver listening on a free loopback port. */
    public static WebhookReceiver start() {
        HttpServer server;
        try {
            EmulatorMain.noDelay();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on the loopback interface", e);
        }
        WebhookReceiver receiver = new WebhookReceiver(server);
        server.createContext(PATH, exchange -> {
            try (exchange) {
                receiver.bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] ok = "200".getBytes(StandardCharsets.US_ASCII);
                exchange.sendResponseHeaders(200, ok.length);
                exchange.getResponseBody().write(ok);
            }
        });
        server.start();
        return receiver;
    }

    /** Where the emulator should post: {@code http://127.0.0.1:PORT/hook}. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        try {
            // This constructor puts an IPv6 loopback address in brackets.
            return new URI("http", null, address.getAddress().getHostAddress(), address.getPort(), PATH, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next body received, waiting up to {@code timeout} for one; empty if none came. */
    public Optional<String> poll(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        return Optional.ofNullable(bodies.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
    }

    /** Stops listening at once. */
    @Override
    public void close() {
        server.stop(0);
    }
}
