package io.parcelport.emulator;

import io.parcelport.wire.trackingmore.v4.V4AnswerWriter;
import io.parcelport.wire.trackingmore.v4.V4MetaCode;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Optional;

/**
 * The v4 face's answers: real HTTP statuses beside the meta code (v4 reference §1, §7), the envelope without
 * {@code data} on errors.
 */
final class V4Answers {
    private V4Answers() {
    }

    /** HTTP 200, meta 200, {@code data}. */
    static Answer ok(JsonValue data) {
        return new Answer(200, V4AnswerWriter.envelope(V4MetaCode.SUCCESS, data), Optional.empty());
    }

    /** An error with the HTTP status the README pairs with its code, and its README message. */
    static Answer error(V4MetaCode meta) {
        return error(meta, meta.message());
    }

    /** An error with the HTTP status the README pairs with its code. */
    static Answer error(V4MetaCode meta, String message) {
        return httpError(meta.httpStatus(), meta, message);
    }

    /** An error whose HTTP status is not the one the code usually comes with (405, 503). */
    static Answer httpError(int httpStatus, V4MetaCode meta, String message) {
        return new Answer(httpStatus, V4AnswerWriter.error(meta, message), Optional.empty());
    }

    /** HTTP 429, meta 429, and the {@code Retry-After} that v2's 429 carries too. */
    static Answer rateLimited(Duration retryAfter) {
        return new Answer(429, V4AnswerWriter.error(V4MetaCode.RATE_LIMITED, V4MetaCode.RATE_LIMITED.message()),
                Optional.of(retryAfter));
    }
}
