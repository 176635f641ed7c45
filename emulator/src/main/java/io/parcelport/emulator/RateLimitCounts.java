package io.parcelport.emulator;

/**
 * What the emulator's rate limits counted since it started, over every API key: calls admitted, and calls refused
 * with HTTP 429 because they would have broken a limit. Read-only; for tests that check that clients kept to the
 * account's limits.
 *
 * @param realtimeAdmitted v2 real-time calls admitted (limit 3 in any second)
 * @param realtimeRefused v2 real-time calls answered 429
 * @param listAdmitted v2 list calls admitted (limit 1 in any second)
 * @param listRefused v2 list calls answered 429
 * @param v4Admitted v4 calls admitted by the general limit (10 in any second)
 * @param v4Refused v4 calls answered 429 by the general limit
 */
public record RateLimitCounts(long realtimeAdmitted, long realtimeRefused, long listAdmitted, long listRefused,
        long v4Admitted, long v4Refused) {

    /** Every 429 the limits answered. */
    public long refused() {
        return realtimeRefused + listRefused + v4Refused;
    }
}
