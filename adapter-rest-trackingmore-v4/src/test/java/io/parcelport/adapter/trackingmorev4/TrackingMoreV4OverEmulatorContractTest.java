package io.parcelport.adapter.trackingmorev4;

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
 * The port contract kit against the v4 adapter over real HTTP, pointed at the emulator's v4 face on a free loopback
 * port: what v4 offers runs in full, what it does not is checked to be refused as not offered.
 */
class TrackingMoreV4OverEmulatorContractTest extends TrackingBackendContract {

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

    static TrackingMoreV4Backend client(Emulator target) {
        return TrackingMoreV4Backend.create(TrackingMoreV4Config.builder()
                .apiKey("contract-kit-key")
                .baseUri(target.v4BaseUri())
                .retryPolicy(RetryPolicy.NONE)
                .rateLimits(new V4RateLimits(10_000, 10_000, Duration.ofSeconds(5)))
                .build());
    }
}
