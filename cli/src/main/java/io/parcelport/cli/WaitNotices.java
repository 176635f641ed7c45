package io.parcelport.cli;

import io.parcelport.pacing.PacingEvent;
import io.parcelport.pacing.PacingListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;

/**
 * Tells the person at the terminal why the tool is quiet: one line on standard error for each wait of the TrackingMore
 * backend longer than a second, such as {@code waiting 120 s: rate limited by TrackingMore (attempt 2 of 3)}.
 *
 * <p>Short waits pass unmentioned: the rate limit spaces calls by a third of a second, and a line for each would
 * drown the output. Only the pacing event's own words are printed, which never hold the API key.
 */
final class WaitNotices implements PacingListener {
    private static final Duration WORTH_A_LINE = Duration.ofSeconds(1);

    private final PrintWriter err;

    WaitNotices(PrintWriter err) {
        this.err = Objects.requireNonNull(err, "err");
    }

    @Override
    public void onEvent(PacingEvent event) {
        if (event.kind() == PacingEvent.Kind.GIVING_UP || event.delay().compareTo(WORTH_A_LINE) <= 0) {
            return;
        }
        long seconds = (event.delay().toMillis() + 999) / 1000;
        err.println("waiting " + seconds + " s: " + why(event) + " (attempt " + event.attempt() + " of "
                + event.maxAttempts() + ")");
        err.flush();
    }

    private static String why(PacingEvent event) {
        return switch (event.kind()) {
            case COOL_DOWN_WAIT -> "rate limited by TrackingMore";
            case RATE_LIMIT_WAIT -> "keeping to TrackingMore's rate limit";
            case RETRY -> event.cause().startsWith("RateLimitedException") ? "rate limited by TrackingMore"
                    : "TrackingMore failed (" + event.cause() + ")";
            case GIVING_UP -> "giving up";
        };
    }
}
