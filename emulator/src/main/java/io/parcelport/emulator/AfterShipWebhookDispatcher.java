package io.parcelport.emulator;

import static io.parcelport.wire.aftership.Json.PROVIDER;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusChanged;
import io.parcelport.ports.in.FollowShipmentsUseCase;
import io.parcelport.ports.in.ParcelportUseCases;
import io.parcelport.wire.aftership.WebhookSignature;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Sends AfterShip Tracking webhooks (reference §6) when a shipment's status changes: the {@code tracking_update}
 * body with the AfterShip face's tracking object in {@code msg}, signed in {@code aftership-hmac-sha256} (base64
 * HMAC-SHA256 of the raw body with the configured secret). Listens to the same status-change events as the v2
 * dispatcher; deliveries run on the given executor and are not retried.
 */
final class AfterShipWebhookDispatcher {
    private static final System.Logger LOG = System.getLogger(AfterShipWebhookDispatcher.class.getName());
    /** The user agent [HD] saw on deliveries. */
    static final String USER_AGENT = "AfterShipTrackingWebhook/4.0.0 (https://www.aftership.com)";

    private final URI target;
    private final String secret;
    private final Clock clock;
    private final Supplier<ParcelportUseCases> useCases;
    private final AfterShipEndpoints endpoints;
    private final ExecutorService executor;
    private final HttpClient client;
    private final Set<String> tagsSent = ConcurrentHashMap.newKeySet();
    private final AtomicLong delivered = new AtomicLong();

    AfterShipWebhookDispatcher(URI target, String secret, Clock clock, Supplier<ParcelportUseCases> useCases,
            AfterShipEndpoints endpoints, ExecutorService executor) {
        this.target = target;
        this.secret = secret;
        this.clock = clock;
        this.useCases = useCases;
        this.endpoints = endpoints;
        this.executor = executor;
        // Its own executor, for the reason the v2 dispatcher gives: delivery threads block in send().
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Subscribes to {@code follow}'s status changes; closing the handle unsubscribes. */
    AutoCloseable listenTo(FollowShipmentsUseCase follow) {
        return follow.subscribe(this::onStatusChanged);
    }

    private void onStatusChanged(ShipmentKey key, StatusChanged change) {
        try {
            executor.execute(() -> useCases.get().follow().find(key).ifPresent(this::send));
        } catch (RejectedExecutionException e) {
            // Shutting down: the change is not sent.
        }
    }

    /** The body for {@code shipment} now: a new {@code event_id} each time. */
    JsonObject body(Shipment shipment) {
        JsonObject msg = endpoints.tracking(shipment);
        boolean first = tagsSent.add(msg.getString("id") + "\n" + msg.getString("tag"));
        return PROVIDER.createObjectBuilder()
                .add("event", "tracking_update")
                .add("event_id", UUID.randomUUID().toString())
                .add("is_tracking_first_tag", first)
                .add("msg", msg)
                .add("ts", clock.instant().getEpochSecond())
                .build();
    }

    private void send(Shipment shipment) {
        byte[] raw = body(shipment).toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("as-webhook-version", AfterShipApiHandler.VERSION)
                .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, raw))
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                delivered.incrementAndGet();
            } else {
                LOG.log(System.Logger.Level.INFO, "AfterShip webhook for " + shipment.key() + " answered HTTP "
                        + response.statusCode());
            }
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.INFO, "AfterShip webhook for " + shipment.key() + " failed: "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Webhooks answered 2xx so far. */
    long delivered() {
        return delivered.get();
    }
}
