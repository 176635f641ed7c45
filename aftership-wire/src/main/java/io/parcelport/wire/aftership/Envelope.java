package io.parcelport.wire.aftership;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * AfterShip's envelope {@code {"meta": {code, message, type}, "data": ...}} (reference §1, §7), read and written.
 *
 * @param metaCode {@code meta.code}; the HTTP status when the body has none
 * @param message {@code meta.message}, present on errors
 * @param type {@code meta.type}, present on errors
 * @param data {@code data}; {@link JsonValue#NULL} when absent
 */
public record Envelope(int metaCode, Optional<String> message, Optional<String> type, JsonValue data) {

    /**
     * The envelope of a body; an error body that is not an AfterShip envelope (a proxy's HTML page, an empty body)
     * reads as the HTTP status with no message, so that every error answer parses into a useful failure.
     *
     * @throws MalformedAnswerException when a 2xx body is not an envelope
     */
    public static Envelope read(byte[] body, int httpStatus, String what) {
        boolean success = httpStatus / 100 == 2;
        JsonValue value;
        try {
            value = Json.parse(body, what);
        } catch (MalformedAnswerException e) {
            if (success) {
                throw e;
            }
            return new Envelope(httpStatus, Optional.empty(), Optional.empty(), JsonValue.NULL);
        }
        if (!(value instanceof JsonObject root)) {
            if (success) {
                throw new MalformedAnswerException(what, "is not a JSON object");
            }
            return new Envelope(httpStatus, Optional.empty(), Optional.empty(), JsonValue.NULL);
        }
        int code = httpStatus;
        Optional<String> message = Optional.empty();
        Optional<String> type = Optional.empty();
        if (root.get("meta") instanceof JsonObject meta) {
            if (meta.get("code") instanceof JsonNumber n && n.isIntegral()) {
                code = n.intValue();
            } else if (meta.get("code") instanceof JsonString s && s.getString().strip().matches("\\d{1,9}")) {
                code = Integer.parseInt(s.getString().strip());
            }
            message = Json.text(meta.get("message"), what + ".meta.message");
            type = Json.text(meta.get("type"), what + ".meta.type");
        } else if (success) {
            throw new MalformedAnswerException(what + ".meta", "is missing");
        }
        JsonValue data = root.getOrDefault("data", JsonValue.NULL);
        return new Envelope(code, message, type, data == null ? JsonValue.NULL : data);
    }

    /** {@code data} as an object, or refused naming {@code what}. */
    public JsonObject dataObject(String what) {
        return Json.asObject(data, what + ".data");
    }

    /** A success envelope around {@code data}. */
    public static JsonObject success(JsonValue data) {
        return Json.object().add("meta", Json.object().add("code", 200)).add("data", data).build();
    }

    /** An error envelope for {@code code} with its documented type, {@code message} (or the documented one). */
    public static JsonObject error(MetaCode code, Optional<String> message) {
        JsonObjectBuilder meta = Json.object().add("code", code.code())
                .add("message", message.orElse(code.message()))
                .add("type", code.type());
        return Json.object().add("meta", meta).add("data", Json.object()).build();
    }
}
