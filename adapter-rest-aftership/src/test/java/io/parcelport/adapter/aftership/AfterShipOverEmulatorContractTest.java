package io.parcelport.adapter.aftership;

import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.ports.contract.ContractFixtures;
import io.parcelport.ports.contract.TrackingBackendContract;
import io.parcelport.ports.out.TrackingBackend;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The whole port contract kit against the AfterShip adapter over real HTTP, pointed at the emulator's AfterShip face
 * on a free loopback port ({@link Emulator#afterShipBaseUri()}). The kit splits its multi-item calls into batches of
 * the adapter's {@code maxBatchSize}, which is 1 here.
 */
class AfterShipOverEmulatorContractTest extends TrackingBackendContract {

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

    static URI afterShipUri(Emulator target) {
        return target.afterShipBaseUri();
    }

    static AfterShipBackend client(Emulator target) {
        return AfterShipBackend.create(AfterShipConfig.builder()
                .apiKey("contract-kit-key")
                .baseUri(afterShipUri(target))
                .retryPolicy(RetryPolicy.NONE)
                .uniformRate(10_000)
                .maxWait(Duration.ofSeconds(5))
                .build());
    }
}
