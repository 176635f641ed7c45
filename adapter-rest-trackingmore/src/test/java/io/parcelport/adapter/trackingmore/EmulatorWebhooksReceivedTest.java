package io.parcelport.adapter.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.parcelport.domain.DeliveryStatus;
import io.parcelport.domain.Shipment;
import io.parcelport.domain.ShipmentKey;
import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.StatusCommand;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator's webhooks, received on the loopback interface and verified by {@link TrackingMoreWebhooks}. */
class EmulatorWebhooksReceivedTest {
    private static final String EMAIL = "merchant@example.com";

    private HttpServer receiver;
    private final BlockingQueue<String> bodies = new LinkedBlockingQueue<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aChangeMadeThroughTheRestAdapterArrivesAsAWebhookTheReceiverVerifies() throws Exception {
        URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).webhookUrl(hook)
                .accountEmail(EMAIL).build());
                TrackingMoreBackend backend = TrackingMoreOverEmulatorContractTest.client(emulator)) {
            ShipmentKey key = ShipmentKey.of("usps", "PK00000000001");
            backend.shipments().create(NewShipment.of(key));
            backend.shipments().update(key, ShipmentChanges.status(StatusCommand.MARK_EXCEPTION));

            String body = bodies.poll(5, TimeUnit.SECONDS);

            assertThat(body).as("webhook received").isNotNull();
            Shipment reported = TrackingMoreWebhooks.create().receive(body, EMAIL);
            assertThat(reported.key()).isEqualTo(key);
            assertThat(reported.deliveryStatus()).isEqualTo(DeliveryStatus.EXCEPTION);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                    () -> TrackingMoreWebhooks.create().receive(body, "someone-else@example.com")))
                    .isInstanceOf(WebhookVerificationException.class);
        }
    }
}
