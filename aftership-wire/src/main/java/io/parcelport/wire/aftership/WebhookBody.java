package io.parcelport.wire.aftership;

import io.parcelport.domain.shipment.Shipment;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A Tracking webhook body (reference §6): {@code ts}, {@code event}, {@code event_id}, {@code is_tracking_first_tag}
 * and the tracking object in {@code msg}, read and written.
 *
 * @param sentAt {@code ts}, the event time in Unix seconds, when given
 * @param event the event code ({@code tracking_update}, {@code edd_revise}, {@code tracking_pending_time}, or a newer
 *     one, kept as sent)
 * @param eventId {@code event_id}, the key to de-duplicate deliveries on
 * @param firstOfTag {@code is_tracking_first_tag}
 * @param shipment the tracking in {@code msg}
 */
public record WebhookBody(Optional<Instant> sentAt, String event, Optional<String> eventId, boolean firstOfTag,
        Shipment shipment) {

    public WebhookBody {
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(shipment, "shipment");
    }

    /**
     * Reads a body's JSON.
     *
     * @param now the registration time to assume when {@code msg} has no {@code created_at}
     * @throws MalformedAnswerException when it is not JSON, has no {@code msg} object or an unreadable tracking
     */
    public static WebhookBody read(byte[] body, Instant now) {
        JsonObject root = Json.asObject(Json.parse(body, "webhook body"), "webhook body");
        JsonObject msg = Json.object(root, "msg", "webhook")
                .orElseThrow(() -> new MalformedAnswerException("webhook.msg", "is missing"));
        Optional<Instant> ts = Optional.of(Json.whole(root, "ts"))
                .filter(t -> t.isPresent()).map(t -> Instant.ofEpochSecond(t.getAsLong()));
        return new WebhookBody(ts, Json.text(root, "event", "webhook").orElse(""),
                Json.text(root, "event_id", "webhook"), Json.bool(root, "is_tracking_first_tag").orElse(false),
                Trackings.read(msg, ts.orElse(now), "webhook.msg"));
    }

    /** The JSON of this body, as AfterShip posts it. */
    public JsonObject write() {
        var b = Json.object().add("event", event);
        eventId.ifPresent(id -> b.add("event_id", id));
        b.add("is_tracking_first_tag", firstOfTag).add("msg", Trackings.write(shipment));
        sentAt.ifPresent(t -> b.add("ts", t.getEpochSecond()));
        return b.build();
    }
}
