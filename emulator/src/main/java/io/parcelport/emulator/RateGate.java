package io.parcelport.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * TrackingMore's per-account rate limits at the HTTP edge (reference §7): at most {@code perSecond} calls of one kind
 * in any one-second window per API key; a refused call is told to wait as the options say ({@code Retry-After}).
 *
 * <p>Counted here rather than in the backend because one list request may read several backend pages; the server's
 * limit is on requests.
 */
final class RateGate {
    private final int perSecond;
    private final Clock clock;
    private final Map<String, List<Long>> calls = new HashMap<>();
    // Since start, over every key: read-only counters for tests that check a fleet of clients kept to the limits.
    private long admitted;
    private long refused;

    RateGate(int perSecond, Clock clock) {
        this.perSecond = perSecond;
        this.clock = clock;
    }

    /** Now, in this gate's clock. */
    long now() {
        return clock.millis();
    }

    /**
     * Admits a call by {@code apiKey} that arrived at {@code at} (millis), or says how long until a slot frees up.
     * Stamps come from several worker threads and so not always in order: a call is refused when, with it, any
     * one-second window around it would hold more than {@code perSecond} calls.
     */
    synchronized Optional<Duration> admit(String apiKey, long at) {
        List<Long> window = calls.computeIfAbsent(apiKey, k -> new ArrayList<>());
        window.removeIf(t -> t <= at - 2000);
        int position = 0;
        while (position < window.size() && window.get(position) <= at) {
            position++;
        }
        window.add(position, at);
        // Any perSecond + 1 consecutive calls (the new one among them) within less than a second break the limit.
        for (int first = Math.max(0, position - perSecond); first <= position && first + perSecond < window.size();
                first++) {
            if (window.get(first + perSecond) - window.get(first) < 1000) {
                window.remove(position);
                refused++;
                long free = window.get(first) + 1000 - at;
                return Optional.of(Duration.ofMillis(Math.max(1, free)));
            }
        }
        admitted++;
        return Optional.empty();
    }

    /** Calls admitted since start, over every key. */
    synchronized long admitted() {
        return admitted;
    }

    /** Calls refused (answered 429) since start, over every key. */
    synchronized long refused() {
        return refused;
    }
}
