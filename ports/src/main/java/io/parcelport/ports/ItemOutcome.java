package io.parcelport.ports;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What happened to one item of a request: accepted with a result, or rejected with a {@link Rejection}.
 *
 * <p>Many-item operations return one outcome per input item, in input order, so a caller pairs them by index.
 *
 * @param <T> the result of an accepted item
 */
public sealed interface ItemOutcome<T> permits ItemOutcome.Accepted, ItemOutcome.Rejected {

    /** An accepted item and its result. */
    static <T> ItemOutcome<T> accepted(T value) {
        return new Accepted<>(value, false);
    }

    /**
     * An item found done when a repeat of its call (sent again after an ambiguous failure: a timeout, a reset, a
     * 5xx) was answered "already exists": the result was read back, and an earlier attempt of the same call possibly
     * did it (or someone else did before). See {@link #foundOnRepeat()}.
     */
    static <T> ItemOutcome<T> acceptedFoundOnRepeat(T value) {
        return new Accepted<>(value, true);
    }

    /** A rejected item. */
    static <T> ItemOutcome<T> rejected(Rejection rejection) {
        return new Rejected<>(rejection);
    }

    /** A rejected item, without a backend code. */
    static <T> ItemOutcome<T> rejected(RejectionReason reason, String message) {
        return new Rejected<>(Rejection.of(reason, message));
    }

    /** Whether the item was accepted: an accepted item always has its result, a rejected one never. */
    default boolean isAccepted() {
        return value().isPresent();
    }

    /** The result, when accepted. */
    Optional<T> value();

    /** The rejection, when rejected. */
    Optional<Rejection> rejection();

    /**
     * Whether the item is accepted because it was found done when a repeat of its call was answered "already
     * exists" after an ambiguous failure, so that this call possibly did it: a create that a backend processed but
     * whose answer was lost reads as accepted, not as {@code ALREADY_EXISTS}. Never true for a rejected item.
     */
    default boolean foundOnRepeat() {
        return false;
    }

    /** Whether the item was rejected for {@code reason}. */
    default boolean isRejectedFor(RejectionReason reason) {
        return rejection().map(r -> r.reason() == reason).orElse(false);
    }

    /** Accepted, or rejected only because it already exists: for an idempotent import, the item is done. */
    default boolean isDone() {
        return isAccepted() || isRejectedFor(RejectionReason.ALREADY_EXISTS);
    }

    /** The same outcome with the result mapped. */
    <R> ItemOutcome<R> map(Function<? super T, ? extends R> mapper);

    /**
     * An accepted item.
     *
     * <p>Why a flag rather than an {@code ALREADY_EXISTS} rejection carrying the shipment: the caller asked for the
     * shipment to be registered and it is, so the outcome is a success with its result (callers that only test
     * {@link #isAccepted()} read it right); the flag only tells those who report "created" apart from "already
     * there" that this one may be either.
     *
     * @param result the result
     * @param foundOnRepeat see {@link ItemOutcome#foundOnRepeat()}
     * @param <T> its type
     */
    record Accepted<T>(T result, boolean foundOnRepeat) implements ItemOutcome<T> {
        public Accepted {
            Objects.requireNonNull(result, "result");
        }

        /** An accepted item, not {@link #foundOnRepeat()}. */
        public Accepted(T result) {
            this(result, false);
        }

        @Override
        public Optional<T> value() {
            return Optional.of(result);
        }

        @Override
        public Optional<Rejection> rejection() {
            return Optional.empty();
        }

        @Override
        public <R> ItemOutcome<R> map(Function<? super T, ? extends R> mapper) {
            return new Accepted<>(mapper.apply(result), foundOnRepeat);
        }
    }

    /**
     * A rejected item.
     *
     * @param reason why
     * @param <T> the result type it would have had
     */
    record Rejected<T>(Rejection reason) implements ItemOutcome<T> {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Optional<T> value() {
            return Optional.empty();
        }

        @Override
        public Optional<Rejection> rejection() {
            return Optional.of(reason);
        }

        @Override
        public <R> ItemOutcome<R> map(Function<? super T, ? extends R> mapper) {
            return new Rejected<>(reason);
        }
    }
}
