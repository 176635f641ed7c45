package io.parcelport.adapter.trackingmore;

import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.ports.contract.ClosingAlso;
import io.parcelport.ports.contract.ContractFixtures;
import io.parcelport.ports.contract.TrackingBackendContract;
import io.parcelport.ports.out.TrackingBackend;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The whole port contract kit against the REST adapter over real HTTP, pointed at an emulator on a free loopback
 * port: the same results as the in-memory backend, which the emulator serves through the use cases.
 *
 * <p>One emulator serves the class and is reset before each test (a fresh, empty backend with ample quota); the
 * quota tests get an emulator of their own, stopped with the backend. The adapter's client-side limiters are opened
 * wide and its retries off, so that what is tested is what the emulator answers.
 */
class TrackingMoreOverEmulatorContractTest extends TrackingBackendContract {

    private static Emulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = Emulator.start(EmulatorOptions.builder().port(0).quota(ContractFixtures.AMPLE_QUOTA * 10).build());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Override
    protected TrackingBackend newBackend() {
        emulator.reset();
        return client(emulator);
    }

    @Override
    protected Optional<TrackingBackend> newBackendWithQuota(long quota) {
        Emulator own = Emulator.start(EmulatorOptions.builder().port(0).quota(quota).build());
        return Optional.of(new ClosingAlso(client(own), own));
    }

    static TrackingMoreBackend client(Emulator target) {
        return TrackingMoreBackend.create(TrackingMoreConfig.builder()
                .apiKey("contract-kit-key")
                .baseUri(target.baseUri())
                .retryPolicy(RetryPolicy.NONE)
                .rateLimits(new RateLimits(10_000, 10_000, 0, Duration.ofSeconds(5)))
                .build());
    }
}
