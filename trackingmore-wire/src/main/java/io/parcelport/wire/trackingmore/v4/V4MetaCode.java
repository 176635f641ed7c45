package io.parcelport.wire.trackingmore.v4;

import io.parcelport.ports.RejectionReason;
import io.parcelport.wire.trackingmore.MetaCode.Failure;
import java.util.Arrays;
import java.util.Optional;

/**
 * TrackingMore v4's {@code meta.code} values with the HTTP status each comes with and its README message (v4
 * reference §7), and what each means to the ports, read both ways: a client reads a code (or, when a body has none,
 * the HTTP status) as a {@link Failure} and a {@link RejectionReason}; a server answers a reason with
 * {@link #answering(RejectionReason)}.
 *
 * <pre>
 * HTTP  meta.code                 failure       reason (the code a server writes for it is marked *)
 * 200   200                       NONE
 * 400   400*, 4130                REFUSED       INVALID_FIELD
 * 400   4101*                     REFUSED       ALREADY_EXISTS
 * 400   4102*, 4112, 4165         REFUSED       NOT_FOUND
 * 400   4103*, 4162, 4168         REFUSED       LIMIT_EXCEEDED
 * 400   4110*, 4111               REFUSED       INVALID_TRACKING_NUMBER
 * 400   4113*                     REFUSED       NOT_ALLOWED
 * 400   4120*, 4122               REFUSED       INVALID_CARRIER / INVALID_FIELD (4122: a courier's extra field)
 * 400   4121*                     REFUSED       CARRIER_NOT_DETECTED
 * 400   4160, 4161                REFUSED       INVALID_FIELD / NOT_FOUND (airline not supported)
 * 400   4190*                     QUOTA         QUOTA_EXHAUSTED
 * 401   401*                      UNAUTHORIZED
 * 403   403                       UNAUTHORIZED
 * 404   404                       REFUSED       NOT_FOUND (a path that does not exist)
 * 429   429*                      RATE_LIMITED
 * 500   511*, 512, 513            UNAVAILABLE   BACKEND_ERROR
 * any other code: by its HTTP status class (5xx UNAVAILABLE, 401/403 UNAUTHORIZED, 429 RATE_LIMITED, else REFUSED)
 * </pre>
 *
 * <p>Codes 4162-4168 come from a TrackingMore-branded README that no SDK has (reference §7); they are read, never
 * written.
 */
public enum V4MetaCode {
    SUCCESS(200, 200, "Request response is successful", Failure.NONE, RejectionReason.BACKEND_ERROR, false),
    BAD_REQUEST(400, 400, "Request type error. Please check the API documentation for the request type of this API.",
            RejectionReason.INVALID_FIELD, true),
    ALREADY_EXISTS(4101, 400, "Tracking No. already exists.", RejectionReason.ALREADY_EXISTS, true),
    DOES_NOT_EXIST(4102, 400, "Tracking No. does not exist. Please use \u300cCreate a tracking number\u300d API first"
            + " to create shipment.", RejectionReason.NOT_FOUND, true),
    TOO_MANY(4103, 400, "You have exceeded the shipment quantity of API call. The maximum quantity is 40 shipments"
            + " per call.", RejectionReason.LIMIT_EXCEEDED, true),
    INVALID_NUMBER(4110, 400, "The value of tracking_number is invalid.", RejectionReason.INVALID_TRACKING_NUMBER,
            true),
    NUMBER_REQUIRED(4111, 400, "Tracking_number is required.", RejectionReason.INVALID_TRACKING_NUMBER, false),
    INVALID_ID(4112, 400, "Invalid Tracking ID.", RejectionReason.NOT_FOUND, false),
    RETRACK_NOT_ALLOWED(4113, 400, "Retrack is not allowed. You can only retrack an expired tracking.",
            RejectionReason.NOT_ALLOWED, true),
    INVALID_COURIER(4120, 400, "The value of courier_code is invalid.", RejectionReason.INVALID_CARRIER, true),
    CANNOT_DETECT(4121, 400, "Cannot detect courier.", RejectionReason.CARRIER_NOT_DETECTED, true),
    COURIER_FIELD(4122, 400, "Missing or invalid value of the special required fields for this courier.",
            RejectionReason.INVALID_FIELD, false),
    INVALID_FIELD_NAME(4130, 400, "The format of Field name is invalid.", RejectionReason.INVALID_FIELD, false),
    AWB_INVALID(4160, 400, "The awb_number is required or invaild format.", RejectionReason.INVALID_FIELD, false),
    AIRLINE_NOT_SUPPORTED(4161, 400, "The awb airline does not support yet.", RejectionReason.NOT_FOUND, false),
    AWB_BATCH_TOO_MANY(4162, 400, "One batch only supports 20 awb_numbers.", RejectionReason.LIMIT_EXCEEDED, false),
    AWB_DELETE_FAILED(4163, 400, "Failed to delete the air waybill.", RejectionReason.BACKEND_ERROR, false),
    AWB_CREATE_FAILED(4164, 400, "Failed to create the air waybill.", RejectionReason.BACKEND_ERROR, false),
    AWB_NOT_CREATED(4165, 400, "Query failed: the air waybill was not created.", RejectionReason.NOT_FOUND, false),
    AWB_DELETE_NOT_CREATED(4166, 400, "Deletion failed: the air waybill was not created.",
            RejectionReason.NOT_FOUND, false),
    AWB_EXISTS(4167, 400, "The air waybill already exists.", RejectionReason.ALREADY_EXISTS, false),
    AWB_CREATE_TOO_MANY(4168, 400, "More than 20 air waybills created in one call.", RejectionReason.LIMIT_EXCEEDED,
            false),
    QUOTA_REACHED(4190, 400, "You are reaching the maximum quota limitation, please upgrade your current plan.",
            Failure.QUOTA, RejectionReason.QUOTA_EXHAUSTED, true),
    UNAUTHORIZED(401, 401, "Authentication failed. Please check your API key.", Failure.UNAUTHORIZED,
            RejectionReason.BACKEND_ERROR, true),
    FORBIDDEN(403, 403, "Access prohibited. The request has been refused or access is not allowed.",
            Failure.UNAUTHORIZED, RejectionReason.BACKEND_ERROR, false),
    NOT_FOUND(404, 404, "Page does not exist. Please check the API URL.", RejectionReason.NOT_FOUND, false),
    RATE_LIMITED(429, 429, "Exceeded API request limits, please try again later.", Failure.RATE_LIMITED,
            RejectionReason.BACKEND_ERROR, true),
    SERVER_ERROR(511, 500, "Server error. Please contact us: service@trackingmore.org.", Failure.UNAVAILABLE,
            RejectionReason.BACKEND_ERROR, true),
    SERVER_ERROR_512(512, 500, "Server error. Please contact us: service@trackingmore.org.", Failure.UNAVAILABLE,
            RejectionReason.BACKEND_ERROR, false),
    SERVER_ERROR_513(513, 500, "Server error. Please contact us: service@trackingmore.org.", Failure.UNAVAILABLE,
            RejectionReason.BACKEND_ERROR, false);

    private final int code;
    private final int httpStatus;
    private final String message;
    private final Failure failure;
    private final RejectionReason reason;
    private final boolean writtenForReason;

    V4MetaCode(int code, int httpStatus, String message, RejectionReason reason, boolean written) {
        this(code, httpStatus, message, Failure.REFUSED, reason, written);
    }

    V4MetaCode(int code, int httpStatus, String message, Failure failure, RejectionReason reason, boolean written) {
        this.code = code;
        this.httpStatus = httpStatus;
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

    /** The README's {@code meta.message}. */
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
    public static Optional<V4MetaCode> of(int code) {
        return Arrays.stream(values()).filter(m -> m.code == code).findFirst();
    }

    /**
     * What an answer means to a client, read tolerantly: by its {@code meta.code} when the table has it, else by the
     * HTTP status's class (an unknown code is never read as success, nor is meta 200 on an HTTP status outside 2xx).
     */
    public static Failure failureOf(int metaCode, int httpStatus) {
        Optional<V4MetaCode> known = of(metaCode);
        // A body that says 200 on an error status (a proxy's page, a half-written answer) is no success.
        if (known.isPresent() && !(known.get() == SUCCESS && (httpStatus < 200 || httpStatus > 299))) {
            return known.get().failure;
        }
        if (httpStatus == 401 || httpStatus == 403) {
            return Failure.UNAUTHORIZED;
        }
        if (httpStatus == 429) {
            return Failure.RATE_LIMITED;
        }
        if (httpStatus >= 500 || metaCode >= 500 && metaCode <= 599) {
            return Failure.UNAVAILABLE;
        }
        return Failure.REFUSED;
    }

    /** The reason any number gives; {@link RejectionReason#BACKEND_ERROR} for a code the table lacks. */
    public static RejectionReason reasonOf(int metaCode) {
        return of(metaCode).map(V4MetaCode::reason).orElse(RejectionReason.BACKEND_ERROR);
    }

    /** The code a server answers for {@code reason}: the one constant marked for it in the table. */
    public static V4MetaCode answering(RejectionReason reason) {
        return Arrays.stream(values()).filter(m -> m.writtenForReason && m.failure == Failure.REFUSED
                        && m.reason == reason || m.writtenForReason && m.failure == Failure.QUOTA
                        && reason == RejectionReason.QUOTA_EXHAUSTED)
                .findFirst()
                .orElseGet(() -> reason == RejectionReason.BACKEND_ERROR ? SERVER_ERROR : BAD_REQUEST);
    }
}
