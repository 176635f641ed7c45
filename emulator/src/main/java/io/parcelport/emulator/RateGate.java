package io.parcelport.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
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
    private final Map<String, Deque<Long>> calls = new HashMap<>();

    RateGate(int perSecond, Clock clock) {
        this.perSecond = perSecond;
        this.clock = clock;
    }

    /** Admits a call by {@code apiKey} now, or says how long until a slot frees up. */
    synchronized Optional<Duration> admit(String apiKey) {
        long now = clock.millis();
        Deque<Long> window = calls.computeIfAbsent(apiKey, k -> new ArrayDeque<>());
        while (!window.isEmpty() && window.peekFirst() <= now - 1000) {
            window.pollFirst();
        }
        if (window.size() >= perSecond) {
            return Optional.of(Duration.ofMillis(window.peekFirst() + 1000 - now));
        }
        window.addLast(now);
        return Optional.empty();
    }
}
