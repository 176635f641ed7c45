package io.parcelport.wire.trackingmore;

import io.parcelport.ports.RejectionReason;
import java.util.Arrays;
import java.util.Optional;

/**
 * TrackingMore v2's {@code meta.code} values with their {@code meta.type}, message (reference §2) and what each means
 * to the ports, read both ways: a client reads a code as a {@link Failure} and a {@link RejectionReason}, a server
 * answers a reason with {@link #answering(RejectionReason)}. Where an answer was observed with another message (4016,
 * 202), the observed one is used.
 *
 * <p>This is a table: one constant per documented code.
 * <pre>
 * meta.code                  failure          reason (the code a server writes for it is marked *)
 * 200, 201                   NONE
 * 401, 403, 4001, 4002       UNAUTHORIZED
 * 402, 4019, 4021*           QUOTA            QUOTA_EXHAUSTED
 * 429                        RATE_LIMITED
 * 202*, 4020                 REFUSED          LIMIT_EXCEEDED
 * 4012*, 4033                REFUSED          INVALID_FIELD
 * 4013, 4014*                REFUSED          INVALID_TRACKING_NUMBER
 * 4015*                      REFUSED          INVALID_CARRIER
 * 4016*                      REFUSED          ALREADY_EXISTS
 * 4017*, 4031, 404           REFUSED          NOT_FOUND
 * 4018*, 405                 REFUSED          NOT_ALLOWED
 * 4032*                      REFUSED          CARRIER_NOT_DETECTED
 * 500*, 503, other 5xx       UNAVAILABLE      BACKEND_ERROR
 * any other code             REFUSED          BACKEND_ERROR
 * </pre>
 */
public enum MetaCode {
    SUCCESS(200, "Success", "Success", Failure.NONE),
    CREATED(201, "Success", "The request was successful and a resource was created.", Failure.NONE),
    LIMIT_EXCEEDED(202, "Bad Request", "The largest number of 40 each operation.",
            RejectionReason.LIMIT_EXCEEDED, Written.FOR_REASON),
    UNAUTHORIZED(401, "Unauthorized",
            "Authentication failed or user does not have permissions for the requested operation.",
            Failure.UNAUTHORIZED),
    INVALID_API_KEY(4001, "Unauthorized", "Invalid API key.", Failure.UNAUTHORIZED),
    API_KEY_DELETED(4002, "Unauthorized", "API key has been deleted.", Failure.UNAUTHORIZED),
    BAD_REQUEST(4012, "Bad Request", "The request could not be understood or was missing required parameters.",
            RejectionReason.INVALID_FIELD, Written.FOR_REASON),
    NUMBER_REQUIRED(4013, "Bad Request", "Tracking_number is required.", RejectionReason.INVALID_TRACKING_NUMBER),
    INVALID_NUMBER(4014, "Bad Request", "The value of `tracking_number` is invalid.",
            RejectionReason.INVALID_TRACKING_NUMBER, Written.FOR_REASON),
    INVALID_CARRIER(4015, "Bad Request", "The value of `carrier_code` is invalid.",
            RejectionReason.INVALID_CARRIER, Written.FOR_REASON),
    ALREADY_EXISTS(4016, "Bad Request", "Tracking already exists.",
            RejectionReason.ALREADY_EXISTS, Written.FOR_REASON),
    DOES_NOT_EXIST(4017, "Bad Request", "Tracking does not exist.", RejectionReason.NOT_FOUND, Written.FOR_REASON),
    NEEDS_ACTIVATION(4018, "Bad Request", "Due to overload risks this feature requires custom activation.",
            RejectionReason.NOT_ALLOWED, Written.FOR_REASON),
    BALANCE_INSUFFICIENT(4019, "Bad Request", "Your balance is insufficient, please recharge in time",
            Failure.QUOTA),
    TOO_MANY(4020, "Bad Request", "Up to 200 at a time", RejectionReason.LIMIT_EXCEEDED),
    QUOTA_DEFICIENT(4021, "Bad Request", "Remaining quota is deficient, or the 7-day free trial has expired."
            + " To continue using API, please recharge first.", Failure.QUOTA, Written.FOR_REASON),
    EMPTY(4031, "No Content", "The request was successful but the response is empty.", RejectionReason.NOT_FOUND),
    CANNOT_DETECT(4032, "No Content",
            "Cannot detect courier. Assign your shipment a courier instead of by auto detection.",
            RejectionReason.CARRIER_NOT_DETECTED, Written.FOR_REASON),
    INVALID_STATUS(4033, "No Content", "The value of `package status` is invalid.", RejectionReason.INVALID_FIELD),
    PAYMENT_REQUIRED(402, "Payment Required", "Payment required.", Failure.QUOTA),
    FORBIDDEN(403, "Forbidden", "Access denied.", Failure.UNAUTHORIZED),
    NOT_FOUND(404, "Not Found", "Resource was not found.", RejectionReason.NOT_FOUND),
    METHOD_NOT_ALLOWED(405, "Method Not Allowed", "Requested method is not supported for the specified resource.",
            RejectionReason.NOT_ALLOWED),
    CONFLICT(409, "Conflict", "The request could not be completed due to a conflict.",
            RejectionReason.BACKEND_ERROR),
    RATE_LIMITED(429, "Too Many Requests", "Exceeded API limits. Pause requests, wait two minute, and try again.",
            Failure.RATE_LIMITED),
    SERVER_ERROR(500, "Server Error", "Internal server error.", Failure.UNAVAILABLE, Written.FOR_REASON),
    UNAVAILABLE(503, "Service Unavailable",
            "The service is temporary unavailable (e.g. scheduled Platform Maintenance). Try again later.",
            Failure.UNAVAILABLE);

    /** What an answer with a code means to a client, before any operation turns a refusal into an item outcome. */
    public enum Failure {
        /** Success: 200 and 201 (202 is an error despite its number). */
        NONE,
        /** The key is wrong or lacks the right. */
        UNAUTHORIZED,
        /** The balance or quota ran out. */
        QUOTA,
        /** Too many requests; wait and retry. */
        RATE_LIMITED,
        /** The server failed or is down. */
        UNAVAILABLE,
        /** The request or an item was refused for its {@link MetaCode#reason()}. */
        REFUSED
    }

    // Marks the one code a server answers for its reason, so that reading and writing share one table.
    private enum Written { FOR_REASON, NOT }

    private final int code;
    private final String type;
    private final String message;
    private final Failure failure;
    private final RejectionReason reason;
    private final boolean writtenForReason;

    MetaCode(int code, String type, String message, Failure failure) {
        this(code, type, message, failure, Written.NOT);
    }

    MetaCode(int code, String type, String message, Failure failure, Written written) {
        // Only quota has an item outcome of its own among the failures; the rest name no reason.
        this(code, type, message, failure,
                failure == Failure.QUOTA ? RejectionReason.QUOTA_EXHAUSTED : RejectionReason.BACKEND_ERROR, written);
    }

    MetaCode(int code, String type, String message, RejectionReason reason) {
        this(code, type, message, reason, Written.NOT);
    }

    MetaCode(int code, String type, String message, RejectionReason reason, Written written) {
        this(code, type, message, Failure.REFUSED, reason, written);
    }

    MetaCode(int code, String type, String message, Failure failure, RejectionReason reason, Written written) {
        this.code = code;
        this.type = type;
        this.message = message;
        this.failure = failure;
        this.reason = reason;
        this.writtenForReason = written == Written.FOR_REASON;
    }

    /** The number in {@code meta.code}. */
    public int code() {
        return code;
    }

    /** The text in {@code meta.type}. */
    public String type() {
        return type;
    }

    /** The documented (or observed) {@code meta.message}. */
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

    /** Whether {@code code} means success (200 and 201; 202 is an error despite its number). */
    public static boolean isSuccess(int code) {
        return failureOf(code) == Failure.NONE;
    }

    /**
     * What any number means to a client, read tolerantly: a code the table lacks is {@link Failure#UNAVAILABLE} in
     * 500-599 (a server error is one whatever its number) and {@link Failure#REFUSED} otherwise.
     */
    public static Failure failureOf(int code) {
        return of(code).map(MetaCode::failure)
                .orElse(code >= 500 && code <= 599 ? Failure.UNAVAILABLE : Failure.REFUSED);
    }

    /** The reason any number gives; {@link RejectionReason#BACKEND_ERROR} for a code the table lacks. */
    public static RejectionReason reasonOf(int code) {
        return of(code).map(MetaCode::reason).orElse(RejectionReason.BACKEND_ERROR);
    }

    /** The code a server answers for {@code reason}: the one constant marked for it in the table. */
    public static MetaCode answering(RejectionReason reason) {
        return Arrays.stream(values()).filter(m -> m.writtenForReason && m.reason == reason).findFirst()
                .orElseThrow(() -> new IllegalStateException("no meta code is written for " + reason));
    }
}
