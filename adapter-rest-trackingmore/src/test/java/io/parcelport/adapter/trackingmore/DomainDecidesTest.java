package io.parcelport.adapter.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.application.Parcelport;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The TrackingMore backend's reports go through the domain: a move the state machine refuses (DELIVERED, then
 * PENDING from TrackingMore) is published as no change, counted and logged; a pushed webhook and a later read of the
 * same status are heard of once.
 */
class DomainDecidesTest extends ReplayBackendTest {
    private static final ShipmentKey KEY = ShipmentKey.of("bestex", "3502339401241");
    private static final Logger HUB_LOG = Logger.getLogger("io.parcelport.application.ShipmentEvents");

    private Parcelport parcelport;
    private final List<StatusChanged> heard = new CopyOnWriteArrayList<>();
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    // Sees every record the hub logs and lets each through: it only keeps the warnings.
    private final Filter capture = record -> {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record);
        }
        return true;
    };

    @BeforeEach
    void startParcelport() {
        parcelport = Parcelport.over(backend);
        parcelport.follow().subscribe((key, change) -> heard.add(change));
        HUB_LOG.setFilter(capture);
    }

    @AfterEach
    void stopParcelport() {
        HUB_LOG.setFilter(null);
        parcelport.close();
    }

    private static String answerWithStatus(String status) {
        return ShipmentTrackerEndpointsTest.listItemAsSingle().replace("\"status\":\"pickup\"",
                "\"status\":\"" + status + "\"");
    }

    @Test
    void pendingFromTrackingMoreAfterDeliveredIsNoChangeAndIsCountedAndLogged() {
        server.answerOk(answerWithStatus("transit"));
        server.answerOk(answerWithStatus("delivered"));
        server.answerOk(answerWithStatus("pending"));

        parcelport.follow().find(KEY);
        parcelport.follow().find(KEY);
        Shipment shown = parcelport.follow().find(KEY).orElseThrow();

        assertThat(shown.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(heard).containsExactly(new StatusChanged(DeliveryStatus.IN_TRANSIT, DeliveryStatus.DELIVERED,
                heard.get(0).at(), StatusChanged.Cause.CARRIER_UPDATE));
        assertThat(parcelport.events().refusedMoves()).isEqualTo(1);
        assertThat(warnings).singleElement().satisfies(r -> assertThat(r.getMessage())
                .contains("PENDING", "DELIVERED", "bestex").doesNotContain("3502339401241"));
    }

    @Test
    void aVerifiedWebhookAndALaterReadOfTheSameStatusAreHeardOfOnce() {
        String email = "ops@example.com";
        Instant now = Instant.now();
        TrackingMoreWebhooks webhooks = TrackingMoreWebhooks.create(Duration.ofMinutes(5),
                java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
        String timeStr = Long.toString(now.getEpochSecond());
        String data = ShipmentTrackerEndpointsTest.json(answerWithStatus("delivered")).asJsonObject()
                .getJsonObject("data").toString();
        String body = "{\"meta\":{\"code\":200,\"type\":\"Success\",\"message\":\"Success\"},\"data\":" + data
                + ",\"verifyInfo\":{\"timeStr\":\"" + timeStr + "\",\"signature\":\""
                + TrackingMoreWebhooks.hmacHex(email, timeStr) + "\"}}";
        server.answerOk(answerWithStatus("transit"));
        server.answerOk(answerWithStatus("delivered"));

        parcelport.follow().find(KEY);
        parcelport.follow().receive(webhooks.receive(body, email));
        parcelport.follow().find(KEY);

        assertThat(heard).extracting(StatusChanged::to).containsExactly(DeliveryStatus.DELIVERED);
        assertThat(parcelport.events().refusedMoves()).isZero();
    }
}
