package io.parcelport.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.parcelport.ports.TransportException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The direct GET beside the Rest Client interface: what reaches the server, and that closing closes both. */
class RestTransportGetTest {
    /** A one-call interface, to check the proxy and the direct client share the transport's fate. */
    @Path("/")
    public interface Api extends AutoCloseable {
        /** The base path. */
        @GET
        Response root();
    }

    private HttpServer server;
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getRawPath());
            keys.add(exchange.getRequestHeaders().getFirst("X-Key") + " " + exchange.getRequestHeaders()
                    .getFirst("Accept"));
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(203, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private RestTransport<Api> transport(String basePath) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath);
        return new RestTransport<>(Api.class, new RestSettings("Test", base, Duration.ofSeconds(5),
                Duration.ofSeconds(5), 4, Duration.ofSeconds(10), 1 << 20),
                context -> context.getHeaders().putSingle("X-Key", "secret-key"));
    }

    @Test
    void eachValueIsOneSegmentWhateverItHoldsAndTheFilterStillApplies() {
        try (RestTransport<Api> transport = transport("/v2")) {
            RawAnswer answer = transport.get("find", "trackings", "usps", "A;B/C?d#e%f{g} é+~._-");

            assertThat(answer.status()).isEqualTo(203);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
        }
        assertThat(paths).containsExactly("/v2/trackings/usps/A%3BB%2FC%3Fd%23e%25f%7Bg%7D%20%C3%A9%2B~._-");
        assertThat(keys).containsExactly("secret-key application/json");
    }

    @Test
    void aBaseUriEndingInASlashGivesNoEmptySegment() {
        try (RestTransport<Api> transport = transport("/v4/")) {
            transport.get("find", "trackings", "x1");
        }
        assertThat(paths).containsExactly("/v4/trackings/x1");
    }

    @Test
    void closingTheTransportClosesTheDirectClientAndTheInterface() {
        RestTransport<Api> transport = transport("/v2");
        transport.get("find", "a");
        transport.send("root", Api::root);
        transport.close();

        assertThatThrownBy(() -> transport.get("find", "a")).isInstanceOf(TransportException.class);
        assertThatThrownBy(() -> transport.send("root", Api::root)).isInstanceOf(TransportException.class);
        assertThat(paths).containsExactly("/v2/a", "/v2");
    }
}
