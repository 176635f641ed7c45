package io.parcelport.adapter.trackingmorev4;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.wire.trackingmore.MetaCode.Failure;
import io.parcelport.wire.trackingmore.v4.V4MetaCode;
import io.parcelport.wire.trackingmore.v4.V4TrackingReader;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A TrackingMore v4 answer the gateway hands back: a success, or an error an operation may turn into an outcome
 * (a refusal or an exhausted quota); the other failures the gateway throws.
 *
 * @param endpoint the call
 * @param httpStatus the HTTP status
 * @param code {@code meta.code}, or the HTTP status when the body had none
 * @param message {@code meta.message}, cleaned, or empty
 * @param data {@code data} as a tree ({@link JsonValue#NULL} when read as trackings or absent)
 * @param trackings the trackings in {@code data}, when the call reads them
 */
record V4Reply(V4Endpoint endpoint, int httpStatus, int code, String message, JsonValue data,
        List<V4TrackingReader.Tracking> trackings) {

    boolean isSuccess() {
        return V4MetaCode.failureOf(code, httpStatus) == Failure.NONE;
    }

    /**
     * Why this error answer refuses its item or request: its code's reason (the HTTP status's when the body had no
     * code, so that a bare 404 is {@code NOT_FOUND}); {@code BACKEND_ERROR} for a code the table lacks.
     */
    RejectionReason reason() {
        return V4MetaCode.reasonOf(code);
    }

    /**
     * The reason this error answer gives, if it is one of {@code outcomes}. A 404 "page does not exist" is never an
     * item's outcome: it says the URL is wrong, not that a shipment is missing.
     */
    Optional<RejectionReason> outcome(Set<RejectionReason> outcomes) {
        if (isSuccess() || code == V4MetaCode.NOT_FOUND.code()) {
            return Optional.empty();
        }
        RejectionReason reason = reason();
        return outcomes.contains(reason) ? Optional.of(reason) : Optional.empty();
    }

    /** This error answer as the rejection of {@code item}. */
    Rejection rejection(RejectionReason reason, Object item) {
        return new Rejection(reason, item + ": " + describe(), Optional.of(Integer.toString(code)));
    }

    /** The rejection of {@code item} when the reason is one of {@code outcomes}; otherwise thrown. */
    <T> ItemOutcome<T> rejectedOrThrow(Set<RejectionReason> outcomes, Object item) {
        return outcome(outcomes).<ItemOutcome<T>>map(reason -> ItemOutcome.rejected(rejection(reason, item)))
                .orElseThrow(this::failure);
    }

    /** The rejection of every one of {@code items} when the reason is one of {@code outcomes}; otherwise thrown. */
    <T> List<ItemOutcome<T>> rejectedAllOrThrow(Set<RejectionReason> outcomes, List<?> items) {
        RejectionReason reason = outcome(outcomes).orElseThrow(this::failure);
        return items.stream().map(item -> ItemOutcome.<T>rejected(rejection(reason, item))).toList();
    }

    /** This error answer as the exception of its operation. */
    BackendException failure() {
        return V4Failures.exception(failure(endpoint), V4MetaCode.failureOf(code, httpStatus), reason(),
                describe(), Optional.empty());
    }

    BackendException.Failure failure(V4Endpoint at) {
        return BackendException.Failure.of(at.operation, httpStatus, Integer.toString(code));
    }

    String describe() {
        return "TrackingMore v4 answered code " + code + (message.isEmpty() ? "" : " (" + message + ")");
    }
}
