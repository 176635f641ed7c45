package io.parcelport.cli;

import io.parcelport.pacing.PacingEvent;
import io.parcelport.pacing.PacingListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells the person at the terminal why the tool is quiet: one line on standard error as each wait of an HTTP backend
 * starts, such as {@code rate limited by TrackingMore; retrying in 120 s (attempt 2 of 3)}.
 *
 * <p>Every cool-down, retry and surrender is printed, and so is every client-side rate-limit wait of a second or
 * more. Rate-limit waits under a second are summarised instead: the default limit spaces calls by a third of a
 * second, so an import would print a line per row and drown its own output. They are added up, and the wait that
 * brings the unannounced total to a second prints one line with the total, so the tool is never silent for more than
 * a second of waiting. Only the pacing event's own words are printed, which never hold the API key.
 */
final class WaitNotices implements PacingListener {
    private static final Duration WORTH_A_LINE = Duration.ofSeconds(1);

    private final PrintWriter err;
    private final String vendor;
    // Short rate-limit waits not yet mentioned; the backend may call from several threads at once.
    private Duration unannounced = Duration.ZERO;

    WaitNotices(PrintWriter err) {
        this(err, "TrackingMore");
    }

    private WaitNotices(PrintWriter err, String vendor) {
        this.err = Objects.requireNonNull(err, "err");
        this.vendor = vendor;
    }

    /** Notices on the same stream that name {@code otherVendor} as the one that answered. */
    WaitNotices about(String otherVendor) {
        return new WaitNotices(err, otherVendor);
    }

    @Override
    public synchronized void onEvent(PacingEvent event) {
        String line = switch (event.kind()) {
            case RATE_LIMIT_WAIT -> rateLimitWait(event.delay());
            case COOL_DOWN_WAIT -> "cooling down " + seconds(event.delay()) + " after " + vendor + "'s 429"
                    + attempt(event);
            case RETRY -> (rateLimited(event) ? "rate limited by " + vendor : vendor + " failed ("
                    + event.cause() + ")") + "; retrying in " + seconds(event.delay()) + attempt(event);
            case GIVING_UP -> givingUp(event);
        };
        if (line != null) {
            unannounced = Duration.ZERO;
            err.println(line);
            err.flush();
        }
    }

    private String rateLimitWait(Duration delay) {
        if (delay.compareTo(WORTH_A_LINE) >= 0) {
            return "waiting " + seconds(delay) + " for the client-side rate limit";
        }
        unannounced = unannounced.plus(delay);
        if (unannounced.compareTo(WORTH_A_LINE) < 0) {
            return null;
        }
        return "waiting " + seconds(delay) + " for the client-side rate limit (" + seconds(unannounced)
                + " in short waits since the last notice)";
    }

    // The failure itself follows from the error reporter; this line says only why no further attempt is made.
    private static String givingUp(PacingEvent event) {
        if (event.delay().isZero()) {
            return null;
        }
        return "giving up rather than wait " + seconds(event.delay()) + " more: longer than this call may wait"
                + " (see --deadline)";
    }

    private static boolean rateLimited(PacingEvent event) {
        return event.cause().startsWith("RateLimitedException");
    }

    private static String attempt(PacingEvent event) {
        return " (attempt " + event.attempt() + " of " + event.maxAttempts() + ")";
    }

    // Tenths under ten seconds, where they tell the waits apart; whole seconds, rounded up, above.
    static String seconds(Duration delay) {
        long millis = delay.toMillis();
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", Math.ceil(millis / 100.0) / 10);
        }
        return (millis + 999) / 1000 + " s";
    }
}
