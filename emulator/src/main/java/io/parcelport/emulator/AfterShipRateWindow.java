package io.parcelport.emulator;

import java.util.HashMap;
import java.util.Map;

/**
 * AfterShip's per-endpoint per-second limits (reference §2, §8) as fixed one-second windows, one per key and
 * endpoint: what {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (the Unix
 * second the next window starts) describe. Fixed rather than sliding windows, because a reset time only means
 * something for a window that starts and ends at known seconds.
 */
final class AfterShipRateWindow {
    /**
     * One call's count.
     *
     * @param limit the endpoint's ceiling per second
     * @param remaining calls left in this window after this one (0 when refused)
     * @param resetEpochSecond when the next window starts
     * @param admitted whether the call fits in the window
     */
    record Count(int limit, int remaining, long resetEpochSecond, boolean admitted) {
    }

    private record Window(long second, int used) {
    }

    private final Map<String, Window> windows = new HashMap<>();

    /** Counts a call of {@code key} to {@code endpoint} (limit {@code limit}) that arrived at {@code atMillis}. */
    synchronized Count count(String key, String endpoint, int limit, long atMillis) {
        long second = Math.floorDiv(atMillis, 1000);
        String id = key + "\n" + endpoint;
        Window w = windows.get(id);
        if (w == null || w.second() != second) {
            w = new Window(second, 0);
        }
        if (windows.size() > 10_000) {
            // Stale windows of keys that stopped calling: only the current second's windows matter.
            windows.values().removeIf(v -> v.second() < second);
        }
        boolean admitted = w.used() < limit;
        if (admitted) {
            w = new Window(second, w.used() + 1);
        }
        windows.put(id, w);
        return new Count(limit, Math.max(0, limit - w.used()), second + 1, admitted);
    }
}
