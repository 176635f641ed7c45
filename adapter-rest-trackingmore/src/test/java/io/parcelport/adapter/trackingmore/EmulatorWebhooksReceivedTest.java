package io.parcelport.adapter.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.emulator.WebhookReceiver;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.StatusCommand;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The emulator's webhooks, received on the loopback interface and verified by {@link TrackingMoreWebhooks}. */
class EmulatorWebhooksReceivedTest {
    private static final String EMAIL = "merchant@example.com";

    @Test
    void aChangeMadeThroughTheRestAdapterArrivesAsAWebhookTheReceiverVerifies() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start();
                Emulator emulator = Emulator.start(EmulatorOptions.builder().port(0).webhookUrl(receiver.uri())
                .accountEmail(EMAIL).build());
                TrackingMoreBackend backend = TrackingMoreOverEmulatorContractTest.client(emulator)) {
            ShipmentKey key = ShipmentKey.of("usps", "PK00000000001");
            backend.shipments().create(NewShipment.of(key));
            backend.shipments().update(key, ShipmentChanges.status(StatusCommand.MARK_EXCEPTION));

            String body = receiver.poll(Duration.ofSeconds(5)).orElse(null);

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
