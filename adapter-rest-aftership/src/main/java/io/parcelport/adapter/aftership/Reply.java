package io.parcelport.adapter.aftership;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.wire.aftership.Envelope;
import io.parcelport.wire.aftership.MetaCode;
import java.util.Optional;
import java.util.Set;

/**
 * A well-formed AfterShip answer the gateway hands back: a success, or a refusal an operation may turn into an item
 * outcome.
 *
 * @param endpoint the call it answers
 * @param httpStatus the HTTP status
 * @param envelope the envelope read from the body
 * @param message {@code meta.message}, cleaned for messages
 */
record Reply(Endpoint endpoint, int httpStatus, Envelope envelope, String message) {

    boolean isSuccess() {
        return MetaCode.failureOf(envelope.metaCode(), httpStatus) == MetaCode.Failure.NONE;
    }

    int metaCode() {
        return envelope.metaCode();
    }

    /** The reason this refusal gives. */
    RejectionReason reason() {
        return MetaCode.reasonOf(envelope.metaCode());
    }

    /** Whether this is the refusal {@code code}. */
    boolean is(MetaCode code) {
        return !isSuccess() && envelope.metaCode() == code.code();
    }

    /** This refusal as the rejection of {@code item}. */
    Rejection rejection(Object item) {
        return new Rejection(reason(), item + ": " + describe(), Optional.of(Integer.toString(metaCode())));
    }

    /** This refusal as the item's outcome when its reason is one of {@code outcomes}; otherwise thrown. */
    <T> ItemOutcome<T> rejectedOrThrow(Set<RejectionReason> outcomes, Object item) {
        if (outcomes.contains(reason())) {
            return ItemOutcome.rejected(rejection(item));
        }
        throw exception();
    }

    /** This refusal as the exception of its operation. */
    InvalidRequestException exception() {
        return new InvalidRequestException(failure(), reason(), describe());
    }

    BackendException.Failure failure() {
        return BackendException.Failure.of(endpoint.operation, httpStatus, Integer.toString(metaCode()));
    }

    String describe() {
        return "AfterShip answered meta code " + metaCode() + (message.isEmpty() ? "" : ": " + message);
    }
}
