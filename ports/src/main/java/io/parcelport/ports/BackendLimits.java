package io.parcelport.ports;

/**
 * The limits a backend sets on one call, so that use cases can split and pace work to fit any backend.
 *
 * @param maxBatchSize most items in one many-item call
 * @param maxPageSize most items in one page of a query
 * @param maxQueryNumbers most tracking numbers in one query filter
 * @param maxQueryOrderIds most order ids in one query filter
 * @param realtimeCallsPerSecond most real-time tracking calls per second
 * @param queryCallsPerSecond most query (list) calls per second
 * @param callsInFlight how many calls the use cases keep in flight at once by default when they split work into many
 *     calls (a backend without batch calls, whose batch size is 1, fans out wider; its own pacing keeps the rates)
 */
public record BackendLimits(int maxBatchSize, int maxPageSize, int maxQueryNumbers, int maxQueryOrderIds,
        double realtimeCallsPerSecond, double queryCallsPerSecond, int callsInFlight) {

    /** Calls in flight unless a backend says otherwise. */
    public static final int DEFAULT_CALLS_IN_FLIGHT = 2;

    /** TrackingMore v2's documented limits: 40 per batch, 2000 per page, 40 numbers or orders, 3/s real-time, 1/s list. */
    public static final BackendLimits TRACKINGMORE_V2 = new BackendLimits(40, 2000, 40, 40, 3.0, 1.0);

    /** Limits with {@link #DEFAULT_CALLS_IN_FLIGHT} calls in flight. */
    public BackendLimits(int maxBatchSize, int maxPageSize, int maxQueryNumbers, int maxQueryOrderIds,
            double realtimeCallsPerSecond, double queryCallsPerSecond) {
        this(maxBatchSize, maxPageSize, maxQueryNumbers, maxQueryOrderIds, realtimeCallsPerSecond,
                queryCallsPerSecond, DEFAULT_CALLS_IN_FLIGHT);
    }

    public BackendLimits {
        positive(callsInFlight, "callsInFlight");
        positive(maxBatchSize, "maxBatchSize");
        positive(maxPageSize, "maxPageSize");
        positive(maxQueryNumbers, "maxQueryNumbers");
        positive(maxQueryOrderIds, "maxQueryOrderIds");
        if (!(realtimeCallsPerSecond > 0) || !(queryCallsPerSecond > 0)) {
            throw new IllegalArgumentException("call rates must be positive: " + realtimeCallsPerSecond + ", "
                    + queryCallsPerSecond);
        }
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + value);
        }
    }
}
