package io.parcelport.application;

import io.parcelport.ports.BackendException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.OperationNotSupportedException;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.UnauthorizedException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one policy for turning a backend failure of a many-item call into per-item outcomes, so that no item is lost
 * and a many-item use case throws no {@link BackendException} but one: an {@link OperationNotSupportedException}
 * (the backend has no such operation at all) reaches the caller as it is, since it says nothing about any item.
 *
 * <table>
 *   <caption>What a failure of one call means for its items and for the items not yet sent</caption>
 *   <tr><th>Failure</th><th>Items of the failed call</th><th>Items not yet sent</th></tr>
 *   <tr><td>{@link QuotaExhaustedException}</td><td>{@code QUOTA_EXHAUSTED}</td>
 *       <td>{@code QUOTA_EXHAUSTED}, not sent: nothing more can be spent</td></tr>
 *   <tr><td>{@link UnauthorizedException}</td><td>{@code BACKEND_ERROR}</td>
 *       <td>{@code BACKEND_ERROR}, not sent: every call would fail the same way</td></tr>
 *   <tr><td>{@link InvalidRequestException}</td><td>its {@link InvalidRequestException#reason() reason}</td>
 *       <td>sent as usual: the refusal was about that call's content</td></tr>
 *   <tr><td>retryable ({@code RateLimited} after the backend's own retries, {@code Unavailable}, {@code Transport})</td>
 *       <td>{@code BACKEND_ERROR}</td><td>sent as usual: the trouble may be over</td></tr>
 * </table>
 *
 * <p>Every rejection carries the exception's message and backend code; items never sent say so in their message.
 * Because registration is idempotent, re-running the items that are not {@link ItemOutcome#isDone() done} is the
 * way to recover.
 */
final class Failures {

    private Failures() {
    }

    /** Whether {@code failure} means that no further call of the same use-case invocation should be made. */
    static boolean haltsEverything(BackendException failure) {
        return failure instanceof QuotaExhaustedException || failure instanceof UnauthorizedException;
    }

    /** The rejection of an item of a call that failed with {@code failure}. */
    static Rejection rejectionFor(BackendException failure) {
        return new Rejection(reasonFor(failure), failure.getMessage(), failure.backendCode());
    }

    /** The rejection of an item never sent because an earlier call failed with {@code failure}. */
    static Rejection notSentBecause(BackendException failure) {
        return new Rejection(reasonFor(failure), "not sent: an earlier call failed: " + failure.getMessage(),
                failure.backendCode());
    }

    private static RejectionReason reasonFor(BackendException failure) {
        if (failure instanceof QuotaExhaustedException) {
            return RejectionReason.QUOTA_EXHAUSTED;
        }
        if (failure instanceof InvalidRequestException invalid) {
            return invalid.reason();
        }
        return RejectionReason.BACKEND_ERROR;
    }

    /** {@code count} copies of the same rejection. */
    static <R> List<ItemOutcome<R>> all(int count, Rejection rejection) {
        return Collections.nCopies(count, ItemOutcome.rejected(rejection));
    }

    /**
     * The halting failure of one use-case invocation, shared by every chunk (and every round) of it: once set, no
     * further call is made and the remaining items are rejected with {@link #notSentBecause}.
     */
    static final class Halt {
        private final AtomicReference<BackendException> cause = new AtomicReference<>();

        /** Records {@code failure} if it halts everything and nothing halted before. */
        void offer(BackendException failure) {
            if (haltsEverything(failure)) {
                cause.compareAndSet(null, failure);
            }
        }

        /** The failure that halted the invocation, or null while it runs on. */
        BackendException cause() {
            return cause.get();
        }
    }
}
