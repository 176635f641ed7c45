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
        return new Accepted<>(value);
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
     * @param result the result
     * @param <T> its type
     */
    record Accepted<T>(T result) implements ItemOutcome<T> {
        public Accepted {
            Objects.requireNonNull(result, "result");
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
            return new Accepted<>(mapper.apply(result));
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
