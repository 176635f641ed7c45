package io.parcelport.adapter.trackingmorev4;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.v4.V4EnvelopeReader;
import io.parcelport.wire.trackingmore.v4.V4TrackingReader;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Receives TrackingMore v4 webhooks: checks the delivery with a {@link TrackingMoreV4WebhookVerifier} (none by
 * default: v4 documents no settled scheme, v4 reference §10), then reads its tracking as a domain {@link Shipment},
 * the same result the v2 receiver gives.
 *
 * <p>The body is taken as raw bytes, as it must be for a body signature. Its assumed shape is
 * {@code {"meta"?: ..., "data": <tracking object>}} (an inference from third-party code, not a documented body); a
 * {@code data} holding an array of exactly one tracking is read too. Everything is checked before anything is
 * returned: a forged, stale or malformed delivery raises {@link TrackingMoreV4WebhookException}. Thread-safe.
 */
public final class TrackingMoreV4Webhooks {
    private static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

    private final TrackingMoreV4WebhookVerifier verifier;
    private final V4ShipmentMapper mapper;

    private TrackingMoreV4Webhooks(TrackingMoreV4WebhookVerifier verifier, Clock clock) {
        this.verifier = verifier;
        this.mapper = new V4ShipmentMapper(clock);
    }

    /** A receiver that verifies nothing, with the system clock. */
    public static TrackingMoreV4Webhooks create() {
        return create(TrackingMoreV4WebhookVerifier.none(), Clock.systemUTC());
    }

    /** A receiver that checks each delivery with {@code verifier}; {@code clock} dates what the body leaves undated. */
    public static TrackingMoreV4Webhooks create(TrackingMoreV4WebhookVerifier verifier, Clock clock) {
        return new TrackingMoreV4Webhooks(Objects.requireNonNull(verifier, "verifier"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Verifies and reads one delivery.
     *
     * @param body the raw POST body, as received
     * @param headers the request's headers (names compared without case)
     * @return the shipment as the webhook reports it
     * @throws TrackingMoreV4WebhookException when the delivery is forged, stale or malformed
     */
    public Shipment receive(byte[] body, Map<String, String> headers) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(headers, "headers");
        if (body.length > MAX_BODY_BYTES) {
            throw malformed("body is larger than " + MAX_BODY_BYTES + " bytes", null);
        }
        verifier.verify(body, headers);
        List<V4TrackingReader.Tracking> trackings;
        try {
            trackings = V4EnvelopeReader.read(body, true).orElseThrow(() -> malformed("body is not a JSON object",
                    null)).trackings();
        } catch (MalformedAnswerException e) {
            throw malformed("data is not a readable tracking: " + e.getMessage(), e);
        }
        if (trackings.size() != 1) {
            throw malformed("data holds " + trackings.size() + " trackings, not one", null);
        }
        try {
            return mapper.shipment(trackings.get(0), Optional.empty(), Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            throw malformed("data is not a readable tracking: " + e.getMessage(), e);
        }
    }

    /** The receiver, its verifier described without its secret. */
    @Override
    public String toString() {
        return "TrackingMoreV4Webhooks[" + verifier + "]";
    }

    private static TrackingMoreV4WebhookException malformed(String message, Throwable cause) {
        return new TrackingMoreV4WebhookException(TrackingMoreV4WebhookException.Reason.MALFORMED, message, cause);
    }
}
