package io.parcelport.adapter.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.ports.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP client below the adapter re-sends nothing of its own: a server that reads each request and hangs up without
 * an answer sees exactly as many requests as the retry policy allows (Apache HttpClient's default handler would have
 * re-sent an idempotent GET three more times).
 */
class NoHiddenRetriesTest {
    private final AtomicInteger requests = new AtomicInteger();
    private final ServerSocket server;
    private final Thread acceptor;

    NoHiddenRetriesTest() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::hangUpOnEveryRequest, "hang-up-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void hangUpOnEveryRequest() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                // Read the request head, then close without a byte of answer: the client sees no response at all.
                int c;
                int state = 0;
                while (state < 4 && (c = in.read()) != -1) {
                    state = (c == '\r' || c == '\n') ? state + 1 : 0;
                }
                requests.incrementAndGet();
            } catch (IOException e) {
                return;
            }
        }
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aGetIsSentOnceWhenTheRetryPolicyAllowsOneAttempt() {
        TrackingMoreConfig config = TrackingMoreConfig.builder()
                .apiKey(Fixtures.API_KEY)
                .baseUri(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/v2"))
                .allowInsecureHttp()
                .retryPolicy(RetryPolicy.NONE)
                .build();
        try (TrackingMoreBackend backend = TrackingMoreBackend.create(config)) {
            assertThatThrownBy(() -> backend.shipments().find(ShipmentKey.of("usps", "9400110200881234567890")))
                    .isInstanceOf(TransportException.class);
        }

        assertThat(requests.get()).isEqualTo(1);
    }
}
