package io.parcelport.adapter.inmemory;

import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.contract.TrackingBackendContract;
import io.parcelport.ports.out.TrackingBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The whole kit against a backend with other valid limits than TrackingMore's: as many items per page as per batch
 * (50), so that no contract test may assume a page of 100 or two different limits.
 */
class InMemoryBackendEqualLimitsContractTest extends TrackingBackendContract {

    private static final BackendLimits EQUAL = new BackendLimits(50, 50, 40, 40, 3.0, 1.0);

    @Override
    protected TrackingBackend newBackend() {
        return builder().build();
    }

    @Override
    protected Optional<TrackingBackend> newBackendWithQuota(long quota) {
        return Optional.of(builder().quota(quota).build());
    }

    private static InMemoryBackend.Builder builder() {
        return InMemoryBackend.builder()
                .clock(ManualClock.ticking(Instant.parse("2025-03-03T08:00:00Z"), Duration.ofMillis(1)))
                .limits(EQUAL);
    }
}
