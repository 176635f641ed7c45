package io.parcelport.benchmarks.e2e;

import io.parcelport.pacing.PacingEvent;
import io.parcelport.pacing.PacingListener;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the server's 429 answers as the client's pacer reports them, because the emulator keeps no count of its
 * refusals that a bench could read.
 *
 * <p>The pacer tells of each failed attempt once, as a {@code RETRY} or a {@code GIVING_UP} naming
 * {@code "..., HTTP 429"}. It names that same failure a second time when the call then gives up waiting (for the
 * cool-down the 429 started, or for a rate-limit slot): a {@code GIVING_UP} of attempt {@code n} on the same thread
 * after the {@code RETRY} of attempt {@code n + 1}. Those repeats are not counted. A call that fails on its first
 * attempt and gives up at once, on a thread whose previous call retried after a 429 at attempt 1, would be missed;
 * with the default retry policy a 429 with {@code Retry-After} up to 120 s is always retried, so that does not arise.
 */
final class RateLimitedAnswers implements PacingListener {
    private final AtomicLong answers = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong givenUp = new AtomicLong();
    private final AtomicLong clientWaits = new AtomicLong();
    private final ThreadLocal<int[]> retriedAfter429 = ThreadLocal.withInitial(() -> new int[] {-1});

    @Override
    public void onEvent(PacingEvent event) {
        boolean answered429 = event.cause().endsWith("HTTP 429");
        int[] retried = retriedAfter429.get();
        switch (event.kind()) {
            case RETRY -> {
                retries.incrementAndGet();
                if (answered429) {
                    answers.incrementAndGet();
                }
                retried[0] = answered429 ? event.attempt() : -1;
            }
            case GIVING_UP -> {
                givenUp.incrementAndGet();
                if (answered429 && retried[0] != event.attempt() + 1) {
                    answers.incrementAndGet();
                }
                retried[0] = -1;
            }
            case RATE_LIMIT_WAIT -> clientWaits.incrementAndGet();
            case COOL_DOWN_WAIT -> { }
        }
    }

    /** The 429 answers seen so far. */
    long answers() {
        return answers.get();
    }

    /** Attempts repeated, for any reason. */
    long retries() {
        return retries.get();
    }

    /** Calls that failed for good. */
    long givenUp() {
        return givenUp.get();
    }

    /** Times a call waited for a slot of the client's own rate limit. */
    long clientWaits() {
        return clientWaits.get();
    }
}
