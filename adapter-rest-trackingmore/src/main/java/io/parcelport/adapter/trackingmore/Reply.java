package io.parcelport.adapter.trackingmore;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.wire.trackingmore.MetaCode;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * A well-formed TrackingMore answer: the HTTP status, {@code meta.code} and {@code meta.message}, and {@code data}
 * as JSON ({@code []} on errors, as TrackingMore sends it).
 *
 * <p>The gateway hands back successes and the error codes an operation may turn into an outcome; failures that no
 * operation turns into an outcome (unauthorised, rate limited, server errors, unreadable answers) are thrown by the
 * gateway instead.
 */
record Reply(Endpoint endpoint, int httpStatus, int metaCode, String message, JsonValue data) {

    boolean isSuccess() {
        return MetaCode.isSuccess(metaCode);
    }

    /** The reason this error answer gives, if it is one of {@code outcomes}. */
    Optional<RejectionReason> outcome(Set<RejectionReason> outcomes) {
        if (isSuccess()) {
            return Optional.empty();
        }
        RejectionReason reason = MetaCode.reasonOf(metaCode);
        return outcomes.contains(reason) ? Optional.of(reason) : Optional.empty();
    }

    /** This error answer as an item's rejection, naming {@code item}. */
    Rejection rejection(RejectionReason reason, Object item) {
        return new Rejection(reason, item + ": " + describe(), Optional.of(Integer.toString(metaCode)));
    }

    /** This error answer as the exception of its operation. */
    BackendException failure() {
        return MetaCodes.exception(failure(endpoint), metaCode, message, Optional.empty());
    }

    BackendException.Failure failure(Endpoint endpoint) {
        return BackendException.Failure.of(endpoint.operation, httpStatus, Integer.toString(metaCode));
    }

    String describe() {
        return "TrackingMore answered meta code " + metaCode + (message.isEmpty() ? "" : " (" + message + ")");
    }
}
