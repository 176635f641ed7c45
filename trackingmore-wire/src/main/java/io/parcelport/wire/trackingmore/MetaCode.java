package io.parcelport.wire.trackingmore;

import java.util.Arrays;
import java.util.Optional;

/**
 * TrackingMore v2's {@code meta.code} values with their {@code meta.type} and message (reference §2); where an answer
 * was observed with another message (4016, 202), the observed one is used.
 */
public enum MetaCode {
    SUCCESS(200, "Success", "Success"),
    CREATED(201, "Success", "The request was successful and a resource was created."),
    LIMIT_EXCEEDED(202, "Bad Request", "The largest number of 40 each operation."),
    UNAUTHORIZED(401, "Unauthorized",
            "Authentication failed or user does not have permissions for the requested operation."),
    INVALID_API_KEY(4001, "Unauthorized", "Invalid API key."),
    API_KEY_DELETED(4002, "Unauthorized", "API key has been deleted."),
    BAD_REQUEST(4012, "Bad Request",
            "The request could not be understood or was missing required parameters."),
    NUMBER_REQUIRED(4013, "Bad Request", "Tracking_number is required."),
    INVALID_NUMBER(4014, "Bad Request", "The value of `tracking_number` is invalid."),
    INVALID_CARRIER(4015, "Bad Request", "The value of `carrier_code` is invalid."),
    ALREADY_EXISTS(4016, "Bad Request", "Tracking already exists."),
    DOES_NOT_EXIST(4017, "Bad Request", "Tracking does not exist."),
    NEEDS_ACTIVATION(4018, "Bad Request", "Due to overload risks this feature requires custom activation."),
    BALANCE_INSUFFICIENT(4019, "Bad Request", "Your balance is insufficient, please recharge in time"),
    TOO_MANY(4020, "Bad Request", "Up to 200 at a time"),
    QUOTA_DEFICIENT(4021, "Bad Request", "Remaining quota is deficient, or the 7-day free trial has expired."
            + " To continue using API, please recharge first."),
    EMPTY(4031, "No Content", "The request was successful but the response is empty."),
    CANNOT_DETECT(4032, "No Content",
            "Cannot detect courier. Assign your shipment a courier instead of by auto detection."),
    INVALID_STATUS(4033, "No Content", "The value of `package status` is invalid."),
    PAYMENT_REQUIRED(402, "Payment Required", "Payment required."),
    FORBIDDEN(403, "Forbidden", "Access denied."),
    NOT_FOUND(404, "Not Found", "Resource was not found."),
    METHOD_NOT_ALLOWED(405, "Method Not Allowed", "Requested method is not supported for the specified resource."),
    CONFLICT(409, "Conflict", "The request could not be completed due to a conflict."),
    RATE_LIMITED(429, "Too Many Requests", "Exceeded API limits. Pause requests, wait two minute, and try again."),
    SERVER_ERROR(500, "Server Error", "Internal server error."),
    UNAVAILABLE(503, "Service Unavailable",
            "The service is temporary unavailable (e.g. scheduled Platform Maintenance). Try again later.");

    private final int code;
    private final String type;
    private final String message;

    MetaCode(int code, String type, String message) {
        this.code = code;
        this.type = type;
        this.message = message;
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

    /** Whether this code means success (200 and 201; 202 is an error despite its number). */
    public boolean isSuccess() {
        return code == 200 || code == 201;
    }

    /** The entry for a number, if the table has it. */
    public static Optional<MetaCode> of(int code) {
        return Arrays.stream(values()).filter(m -> m.code == code).findFirst();
    }
}
