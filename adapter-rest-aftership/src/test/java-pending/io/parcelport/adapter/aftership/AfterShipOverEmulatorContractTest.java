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
 * on a free loopback port.
 *
 * <p>Pending: the emulator has no AfterShip face yet. To enable it, move this file to {@code src/test/java}, add
 * {@code parcelport-ports-contract} and {@code parcelport-emulator} to this module's test dependencies, and point
 * {@link #afterShipUri(Emulator)} at the face (below it assumes the face is served under
 * {@code /tracking/2025-07} on the emulator's port). Expect the kit's {@code updateAll} test to need the batch limit
 * the kit reads ({@code maxBatchSize} is 1 here; the test sends three updates).
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
        URI base = target.baseUri();
        return URI.create(base.getScheme() + "://" + base.getHost() + ":" + base.getPort() + "/tracking/2025-07");
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
