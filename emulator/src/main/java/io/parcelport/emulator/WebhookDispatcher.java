package io.parcelport.emulator;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusChanged;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.in.FollowShipmentsUseCase;
import io.parcelport.ports.in.ParcelportUseCases;
import io.parcelport.wire.trackingmore.MetaCode;
import io.parcelport.wire.trackingmore.WebhookSignature;
import io.parcelport.wire.trackingmore.WireWriter;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Sends v2 webhooks (reference §6) when a shipment's status changes: listens to the use cases' status-change events,
 * reads the shipment through them, and POSTs {@code {"meta":…,"data":<tracking>,"verifyInfo":{"timeStr":…,
 * "signature":…}}} signed with the account e-mail. {@link #sweep()} reads every shipment through the use cases, so
 * that a status the simulated carriers moved on since the last read is noticed and sent.
 *
 * <p>Events arrive on the thread that observed them, which must not wait for a network call: each delivery runs on
 * the given executor. A failed delivery is logged and counted, not retried (v2's retry policy is undocumented).
 */
final class WebhookDispatcher {
    private static final System.Logger LOG = System.getLogger(WebhookDispatcher.class.getName());

    private final URI target;
    private final String accountEmail;
    private final Clock clock;
    private final Supplier<ParcelportUseCases> useCases;
    private final Supplier<SentFields> sent;
    private final ExecutorService executor;
    private final HttpClient client;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    WebhookDispatcher(URI target, String accountEmail, Clock clock, Supplier<ParcelportUseCases> useCases,
            Supplier<SentFields> sent, ExecutorService executor) {
        this.target = target;
        this.accountEmail = accountEmail;
        this.clock = clock;
        this.useCases = useCases;
        this.sent = sent;
        this.executor = executor;
        // The client keeps its own executor: the delivery threads block in client.send(), and a client running its
        // exchanges on those same few threads deadlocks as soon as every one of them is waiting for a response.
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
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Shutting down: the change is not sent.
        }
    }

    /** Reads every shipment through the use cases; each status change found is sent as a webhook. */
    void sweep() {
        try (Stream<Shipment> all = useCases.get().follow().query(ShipmentQuery.ALL)) {
            all.forEach(s -> { });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "webhook sweep failed", e);
        }
    }

    /** The body of the webhook for {@code shipment}, signed now. */
    JsonObject body(Shipment shipment) {
        String timeStr = Long.toString(clock.instant().getEpochSecond());
        return JSON.createObjectBuilder()
                .add("meta", WireWriter.meta(MetaCode.SUCCESS, MetaCode.SUCCESS.message()))
                .add("data", sent.get().shown(Trackings.full(shipment)))
                .add("verifyInfo", JSON.createObjectBuilder().add("timeStr", timeStr)
                        .add("signature", WebhookSignature.sign(accountEmail, timeStr)))
                .build();
    }

    private void send(Shipment shipment) {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(shipment).toString())).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                delivered.incrementAndGet();
            } else {
                failed.incrementAndGet();
                LOG.log(System.Logger.Level.INFO, "webhook for " + shipment.key() + " answered HTTP "
                        + response.statusCode());
            }
        } catch (java.io.IOException e) {
            failed.incrementAndGet();
            LOG.log(System.Logger.Level.INFO, "webhook for " + shipment.key() + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Webhooks answered 2xx so far. */
    long delivered() {
        return delivered.get();
    }

    /** Webhooks that failed so far. */
    long failed() {
        return failed.get();
    }
}
