package io.parcelport.adapter.inmemory;

import io.parcelport.ports.contract.TrackingBackendContract;
import io.parcelport.ports.out.TrackingBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The whole port contract kit against the in-memory backend. */
class InMemoryBackendContractTest extends TrackingBackendContract {

    // A clock that ticks a millisecond per read: registrations get distinct times, nobody sleeps, and no simulated
    // step (the first comes an hour after registration) falls due during a test.
    private static ManualClock clock() {
        return ManualClock.ticking(Instant.parse("2025-03-03T08:00:00Z"), Duration.ofMillis(1));
    }

    @Override
    protected TrackingBackend newBackend() {
        return InMemoryBackend.builder().clock(clock()).build();
    }

    @Override
    protected Optional<TrackingBackend> newBackendWithQuota(long quota) {
        return Optional.of(InMemoryBackend.builder().clock(clock()).quota(quota).build());
    }
}
