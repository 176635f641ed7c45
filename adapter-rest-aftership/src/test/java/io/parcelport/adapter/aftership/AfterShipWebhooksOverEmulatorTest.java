package io.parcelport.adapter.aftership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.StatusCommand;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The emulator's AfterShip webhooks, received on the loopback interface and verified with this adapter's
 * {@link AfterShipWebhooks}: {@code aftership-hmac-sha256} over the raw body with the configured secret.
 */
class AfterShipWebhooksOverEmulatorTest {
    private static final String SECRET = "whsec-test-secret";

    /** One delivery as it arrived: raw body and the signature header. */
    private record Delivery(byte[] body, String signature, String version) {
    }

    @Test
    void aStatusChangeIsPostedSignedAndTheAdaptersVerifierReadsIt() throws Exception {
        BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(new Delivery(body, exchange.getRequestHeaders().getFirst("aftership-hmac-sha256"),
                        exchange.getRequestHeaders().getFirst("as-webhook-version")));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        receiver.start();
        URI hook = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        try (Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).afterShipWebhookUrl(hook)
                .afterShipWebhookSecret(SECRET).build());
                AfterShipBackend backend = AfterShipOverEmulatorContractTest.client(emulator)) {
            ShipmentKey key = new ShipmentKey(io.parcelport.domain.carrier.CarrierCode.of("usps"),
                    io.parcelport.domain.shipment.TrackingNumber.of("PK00000000001"));
            assertThat(backend.shipments().create(NewShipment.builder(key).pinCarrier(true).title("teapot").build())
                    .isAccepted()).isTrue();
            assertThat(backend.shipments().update(key, ShipmentChanges.status(StatusCommand.MARK_DELIVERED))
                    .isAccepted()).isTrue();

            Delivery delivery = received.poll(10, TimeUnit.SECONDS);
            assertThat(delivery).as("a webhook arrived").isNotNull();
            assertThat(delivery.version()).isEqualTo("2025-07");
            AfterShipWebhooks.Event event = AfterShipWebhooks.create(SECRET).receiveEvent(delivery.body(),
                    delivery.signature());
            assertThat(event.event()).isEqualTo("tracking_update");
            assertThat(event.eventId()).isPresent();
            assertThat(event.sentAt()).isPresent();
            assertThat(event.firstOfTag()).isTrue();
            assertThat(event.shipment().key()).isEqualTo(key);
            assertThat(event.shipment().title()).contains("teapot");
            assertThat(event.shipment().deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(new String(delivery.body(), StandardCharsets.UTF_8)).contains("\"tag\":\"Delivered\"");
            assertThatThrownBy(() -> AfterShipWebhooks.create("another-secret").receive(delivery.body(),
                    delivery.signature())).isInstanceOf(WebhookVerificationException.class);
        } finally {
            receiver.stop(0);
        }
    }
}
