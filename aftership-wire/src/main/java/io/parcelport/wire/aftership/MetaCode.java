package io.parcelport.wire.aftership;

import io.parcelport.ports.RejectionReason;
import java.util.Arrays;
import java.util.Optional;

/**
 * AfterShip's {@code meta.code} values (reference §7, identical in 2025-01, 2025-07 and 2026-07) with the HTTP status
 * each comes with, its {@code meta.type}, its message, and what it means to the ports, read both ways: a client reads
 * a code (or, for a code the table lacks, the HTTP status) as a {@link Failure} and a {@link RejectionReason}; a
 * server answers a reason with {@link #answering(RejectionReason)}.
 *
 * <pre>
 * HTTP  meta.code                      failure       reason (the code a server writes for it is marked *)
 * 200   200*, 201                      NONE
 * 400   400*, 4001, 4006, 4008, 4009,  REFUSED       INVALID_FIELD
 *       4011, 4014
 * 400   4003*                          REFUSED       ALREADY_EXISTS
 * 404   4004*, 404; 400 4015           REFUSED       NOT_FOUND
 * 400   4005*, 4007, 4017              REFUSED       INVALID_TRACKING_NUMBER
 * 400   4010*, 4012                    REFUSED       INVALID_CARRIER
 * 400   4013*, 4016                    REFUSED       NOT_ALLOWED
 * 401   401*                           UNAUTHORIZED
 * 403   403                            UNAUTHORIZED
 * 429   429*                           RATE_LIMITED
 * 5xx   500*, 502, 503, 504            UNAVAILABLE   BACKEND_ERROR
 * any other code: by its HTTP status (5xx UNAVAILABLE, 401/403 UNAUTHORIZED, 429 RATE_LIMITED, 2xx NONE, else
 * REFUSED with BACKEND_ERROR)
 * </pre>
 *
 * <p>Choices where the reference is silent: 4012 ("bad courier", five messages, all about the slug or the number's
 * fit to it) reads as {@code INVALID_CARRIER}, since the adapter always names the slug; 4015 (malformed id) reads as
 * {@code NOT_FOUND}, since no tracking has such an id; 201 is a success, as any 2xx is to the 2025-07 SDK. AfterShip
 * documents no quota code, so none reads as quota.
 */
public enum MetaCode {
    OK(200, 200, "OK", "", Failure.NONE, RejectionReason.BACKEND_ERROR, true),
    CREATED(201, 201, "Created", "", Failure.NONE, RejectionReason.BACKEND_ERROR, false),
    INVALID_REQUEST(400, 400, "BadRequest", "The request was invalid or cannot be otherwise served.",
            RejectionReason.INVALID_FIELD, true),
    INVALID_JSON(4001, 400, "BadRequest", "Invalid JSON data.", RejectionReason.INVALID_FIELD, false),
    TRACKING_ALREADY_EXIST(4003, 400, "BadRequest", "Tracking already exists.", RejectionReason.ALREADY_EXISTS,
            true),
    TRACKING_DOES_NOT_EXIST(4004, 404, "NotFound", "Tracking does not exist.", RejectionReason.NOT_FOUND, true),
    TRACKING_NUMBER_INVALID(4005, 400, "BadRequest", "The value of tracking_number is invalid.",
            RejectionReason.INVALID_TRACKING_NUMBER, true),
    TRACKING_REQUIRED(4006, 400, "BadRequest", "tracking object is required.", RejectionReason.INVALID_FIELD, false),
    TRACKING_NUMBER_REQUIRED(4007, 400, "BadRequest", "tracking_number is required.",
            RejectionReason.INVALID_TRACKING_NUMBER, false),
    VALUE_INVALID(4008, 400, "BadRequest", "The value of [field_name] is invalid.", RejectionReason.INVALID_FIELD,
            false),
    VALUE_REQUIRED(4009, 400, "BadRequest", "[field_name] is required.", RejectionReason.INVALID_FIELD, false),
    SLUG_INVALID(4010, 400, "BadRequest", "The value of slug is invalid.", RejectionReason.INVALID_CARRIER, true),
    MISSING_OR_INVALID_REQUIRED_FIELD(4011, 400, "BadRequest",
            "Missing or invalid value of the required fields for this courier.", RejectionReason.INVALID_FIELD, false),
    BAD_COURIER(4012, 400, "BadRequest", "The courier cannot be detected or does not match the tracking number.",
            RejectionReason.INVALID_CARRIER, false),
    INACTIVE_RETRACK_NOT_ALLOWED(4013, 400, "BadRequest",
            "Retrack is not allowed. You can only retrack an inactive tracking.", RejectionReason.NOT_ALLOWED, true),
    NOTIFICATION_REQUIRED(4014, 400, "BadRequest", "notification object is required.",
            RejectionReason.INVALID_FIELD, false),
    ID_INVALID(4015, 400, "BadRequest", "The value of id is invalid.", RejectionReason.NOT_FOUND, false),
    RETRACK_ONCE_ALLOWED(4016, 400, "BadRequest",
            "Retrack is not allowed. You can only retrack each shipment once.", RejectionReason.NOT_ALLOWED, false),
    TRACKING_NUMBER_FORMAT_INVALID(4017, 400, "BadRequest", "The format of tracking_number is invalid.",
            RejectionReason.INVALID_TRACKING_NUMBER, false),
    API_KEY_INVALID(401, 401, "Unauthorized", "Invalid API key.", Failure.UNAUTHORIZED, RejectionReason.BACKEND_ERROR,
            true),
    REQUEST_NOT_ALLOWED(403, 403, "Forbidden", "The request is understood, but it has been refused or access is not"
            + " allowed.", Failure.UNAUTHORIZED, RejectionReason.BACKEND_ERROR, false),
    NOT_FOUND(404, 404, "NotFound", "The URI requested is invalid or the resource requested does not exist.",
            RejectionReason.NOT_FOUND, false),
    TOO_MANY_REQUEST(429, 429, "TooManyRequests", "You have exceeded the API call rate limit.", Failure.RATE_LIMITED,
            RejectionReason.BACKEND_ERROR, true),
    INTERNAL_ERROR(500, 500, "InternalError", "Something went wrong on AfterShip's end.", Failure.UNAVAILABLE,
            RejectionReason.BACKEND_ERROR, true),
    INTERNAL_ERROR_502(502, 502, "InternalError", "Something went wrong on AfterShip's end.", Failure.UNAVAILABLE,
            RejectionReason.BACKEND_ERROR, false),
    INTERNAL_ERROR_503(503, 503, "InternalError", "Something went wrong on AfterShip's end.", Failure.UNAVAILABLE,
            RejectionReason.BACKEND_ERROR, false),
    INTERNAL_ERROR_504(504, 504, "InternalError", "Something went wrong on AfterShip's end.", Failure.UNAVAILABLE,
            RejectionReason.BACKEND_ERROR, false);

    /** What an answer means to a client, before an operation turns a refusal into an item outcome. */
    public enum Failure {
        /** Success. */
        NONE,
        /** The key is wrong or lacks the right. */
        UNAUTHORIZED,
        /** Too many requests; wait and retry. */
        RATE_LIMITED,
        /** The server failed or is down. */
        UNAVAILABLE,
        /** The request or the item was refused for its {@link MetaCode#reason()}. */
        REFUSED
    }

    private final int code;
    private final int httpStatus;
    private final String type;
    private final String message;
    private final Failure failure;
    private final RejectionReason reason;
    private final boolean writtenForReason;

    MetaCode(int code, int httpStatus, String type, String message, RejectionReason reason, boolean written) {
        this(code, httpStatus, type, message, Failure.REFUSED, reason, written);
    }

    MetaCode(int code, int httpStatus, String type, String message, Failure failure, RejectionReason reason,
            boolean written) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.type = type;
        this.message = message;
        this.failure = failure;
        this.reason = reason;
        this.writtenForReason = written;
    }

    /** The number in {@code meta.code}. */
    public int code() {
        return code;
    }

    /** The HTTP status the code comes with. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The text in {@code meta.type} (2025-07's {@code MetaType} enum). */
    public String type() {
        return type;
    }

    /** The documented {@code meta.message}, abbreviated as the reference gives it. */
    public String message() {
        return message;
    }

    /** What this code means to a client. */
    public Failure failure() {
        return failure;
    }

    /** The reason this code gives for refusing an item or a request ({@code BACKEND_ERROR} when it names none). */
    public RejectionReason reason() {
        return reason;
    }

    /** The entry for a number, if the table has it. */
    public static Optional<MetaCode> of(int code) {
        return Arrays.stream(values()).filter(m -> m.code == code).findFirst();
    }

    /**
     * What an answer means, read tolerantly: by its {@code meta.code} when the table has it, else by the HTTP
     * status; an unknown code on a non-2xx answer is never read as success.
     */
    public static Failure failureOf(int metaCode, int httpStatus) {
        Optional<MetaCode> known = of(metaCode);
        if (known.isPresent() && (known.get().failure != Failure.NONE || httpStatus / 100 == 2)) {
            return known.get().failure;
        }
        if (httpStatus / 100 == 2) {
            return Failure.NONE;
        }
        if (httpStatus == 401 || httpStatus == 403) {
            return Failure.UNAUTHORIZED;
        }
        if (httpStatus == 429) {
            return Failure.RATE_LIMITED;
        }
        if (httpStatus >= 500) {
            return Failure.UNAVAILABLE;
        }
        return Failure.REFUSED;
    }

    /** The reason any number gives; {@link RejectionReason#BACKEND_ERROR} for a code the table lacks. */
    public static RejectionReason reasonOf(int metaCode) {
        return of(metaCode).map(MetaCode::reason).orElse(RejectionReason.BACKEND_ERROR);
    }

    /** The code a server answers for {@code reason}: the one marked for it, else 400 (or 500 for a backend error). */
    public static MetaCode answering(RejectionReason reason) {
        return Arrays.stream(values())
                .filter(m -> m.writtenForReason && m.failure == Failure.REFUSED && m.reason == reason)
                .findFirst()
                .orElse(reason == RejectionReason.BACKEND_ERROR ? INTERNAL_ERROR : INVALID_REQUEST);
    }
}
