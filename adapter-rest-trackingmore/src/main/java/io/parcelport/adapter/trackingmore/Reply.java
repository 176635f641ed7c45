package io.parcelport.adapter.trackingmore;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.wire.trackingmore.MetaCode;
import io.parcelport.wire.trackingmore.Wire;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A well-formed TrackingMore answer: the HTTP status, {@code meta.code} and {@code meta.message}, and {@code data}
 * as JSON ({@code []} on errors, as TrackingMore sends it); a list's page and a single tracking come already read
 * into their records ({@code read}, with {@code data} null) when they could be.
 *
 * <p>The gateway hands back successes and the error codes an operation may turn into an outcome; failures that no
 * operation turns into an outcome (unauthorised, rate limited, server errors, unreadable answers) are thrown by the
 * gateway instead.
 */
record Reply(Endpoint endpoint, int httpStatus, int metaCode, String message, JsonValue data, Object read) {

    /** The list page already read from the stream, or null when {@code data} holds it. */
    Wire.ListPage page() {
        return read instanceof Wire.ListPage page ? page : null;
    }

    /** The tracking already read from the stream, or null when {@code data} holds it. */
    Wire.Tracking tracking() {
        return read instanceof Wire.Tracking tracking ? tracking : null;
    }

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

    /**
     * This error answer as the rejection of {@code item} when its reason is one of {@code outcomes} (expected
     * outcomes of the operation); otherwise thrown as the exception of its operation.
     */
    <T> ItemOutcome<T> rejectedOrThrow(Set<RejectionReason> outcomes, Object item) {
        return outcome(outcomes).<ItemOutcome<T>>map(reason -> ItemOutcome.rejected(rejection(reason, item)))
                .orElseThrow(this::failure);
    }

    /**
     * This error answer as the rejection of every one of {@code items} when its reason is one of {@code outcomes}
     * (a many-item call refused as a whole); otherwise thrown as the exception of its operation.
     */
    <T> List<ItemOutcome<T>> rejectedAllOrThrow(Set<RejectionReason> outcomes, List<?> items) {
        RejectionReason reason = outcome(outcomes).orElseThrow(this::failure);
        return items.stream().map(item -> ItemOutcome.<T>rejected(rejection(reason, item))).toList();
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
