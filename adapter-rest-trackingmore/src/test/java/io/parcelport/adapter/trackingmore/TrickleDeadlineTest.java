package io.parcelport.adapter.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.ports.TransportException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A server that trickles its answer one byte at a time, each byte well within the read timeout: the call ends at its
 * deadline (issue 10, defect 6: such a server held one find for 40 s with 1 s timeouts). The bound asserted is
 * generous: the point is that the call ends long before the trickle would, not how fast.
 */
class TrickleDeadlineTest {

    @Test
    void aTrickledAnswerEndsAtTheCallsDeadlineNotWhenTheServerIsDone() throws Exception {
        int bodyBytes = 400; // at 100 ms a byte: 40 s of trickle
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread trickler = new Thread(() -> trickle(server, bodyBytes), "trickler");
            trickler.setDaemon(true);
            trickler.start();
            TrackingMoreConfig config = TrackingMoreConfig.builder().apiKey(Fixtures.API_KEY)
                    .baseUri("http://127.0.0.1:" + server.getLocalPort() + "/v2").allowInsecureHttp()
                    .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(1))
                    .deadline(Duration.ofSeconds(1)).retryPolicy(RetryPolicy.NONE).build();
            long began = System.nanoTime();
            try (TrackingMoreBackend backend = TrackingMoreBackend.create(config)) {
                assertThatThrownBy(() -> backend.shipments().find(ShipmentKey.of("usps", "9400110200881234567890")))
                        .isInstanceOf(TransportException.class).hasMessageContaining("deadline");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(20));
        }
    }

    private static void trickle(ServerSocket server, int bodyBytes) {
        try (Socket s = server.accept()) {
            InputStream in = s.getInputStream();
            // Read the request head; the GET has no body.
            for (int matched = 0, c; matched < 4 && (c = in.read()) != -1; ) {
                matched = (c == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : 0;
            }
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bodyBytes
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            for (int i = 0; i < bodyBytes; i++) {
                out.write(' ');
                out.flush();
                Thread.sleep(100);
            }
        } catch (Exception clientGaveUp) {
            // expected once the client stops reading
        }
    }
}
