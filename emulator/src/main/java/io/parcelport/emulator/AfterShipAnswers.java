package io.parcelport.emulator;

import static io.parcelport.wire.aftership.Json.PROVIDER;

import io.parcelport.wire.aftership.Envelope;
import io.parcelport.wire.aftership.MetaCode;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * The AfterShip face's answers (reference §1, §7): real HTTP statuses, {@code meta.code} beside them, and
 * {@code meta.message}/{@code meta.type} only on errors, whose {@code data} is {@code {}} as in the official fixture.
 */
final class AfterShipAnswers {
    private AfterShipAnswers() {
    }

    /** HTTP 200, meta 200, {@code data}. */
    static Answer ok(JsonValue data) {
        return new Answer(200, Envelope.success(data), Optional.empty());
    }

    /** HTTP 201, meta 201, {@code data}: a created tracking or connection. */
    static Answer created(JsonValue data) {
        return new Answer(201, PROVIDER.createObjectBuilder()
                .add("meta", PROVIDER.createObjectBuilder().add("code", MetaCode.CREATED.code()))
                .add("data", data).build(), Optional.empty());
    }

    /** An error with the HTTP status its code comes with and its documented message. */
    static Answer error(MetaCode meta) {
        return error(meta, meta.message());
    }

    /** An error with the HTTP status its code comes with. */
    static Answer error(MetaCode meta, String message) {
        return new Answer(meta.httpStatus(), Envelope.error(meta, Optional.of(message)), Optional.empty());
    }
}
