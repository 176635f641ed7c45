package io.parcelport.emulator;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.ports.Rejection;
import io.parcelport.wire.trackingmore.MetaCode;
import io.parcelport.wire.trackingmore.WireWriter;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Optional;

/**
 * One answer of the emulator: HTTP status, the envelope (v2's, or v4's from {@link V4Answers}), and a
 * {@code Retry-After} when it has one.
 *
 * @param httpStatus the HTTP status (v2: 200 for business errors, as TrackingMore sends them; v4: the real one)
 * @param body the envelope
 * @param retryAfter the wait to advertise, for 429
 */
record Answer(int httpStatus, JsonObject body, Optional<Duration> retryAfter) {

    static Answer ok(JsonValue data) {
        return new Answer(200, WireWriter.envelope(MetaCode.SUCCESS, data), Optional.empty());
    }

    static Answer of(MetaCode meta, JsonValue data) {
        return new Answer(200, WireWriter.envelope(meta, data), Optional.empty());
    }

    /** A business error: HTTP 200, its meta code, and {@code "data": []}. */
    static Answer error(MetaCode meta) {
        return error(meta, meta.message());
    }

    static Answer error(MetaCode meta, String message) {
        return new Answer(200, WireWriter.error(meta, message), Optional.empty());
    }

    /** An error that also sets the HTTP status (404, 405, 429, 500, 503). */
    static Answer httpError(int httpStatus, MetaCode meta, String message) {
        return new Answer(httpStatus, WireWriter.error(meta, message), Optional.empty());
    }

    static Answer rateLimited(Duration retryAfter) {
        return new Answer(429, WireWriter.error(MetaCode.RATE_LIMITED, MetaCode.RATE_LIMITED.message()),
                Optional.of(retryAfter));
    }

    /** The carrier list's answer: {@code meta} holds only the code, as in the doc (reference §5.17). */
    static Answer bareSuccess(JsonValue data) {
        JsonObject meta = JSON.createObjectBuilder().add("code", MetaCode.SUCCESS.code()).build();
        return new Answer(200, JSON.createObjectBuilder().add("meta", meta).add("data", data).build(),
                Optional.empty());
    }

    /** A refusal of the whole request, with the documented message of its code. */
    static Answer rejected(Rejection rejection) {
        return Answer.error(MetaCode.answering(rejection.reason()), message(rejection));
    }

    // The documented message for the code: the backend's own text names internals the real API would not show.
    static String message(Rejection rejection) {
        return MetaCode.answering(rejection.reason()).message();
    }

    /** The meta code this answer carries. */
    int metaCode() {
        return body.getJsonObject("meta").getInt("code");
    }
}
