package io.parcelport.adapter.trackingmore;

import io.parcelport.ports.BackendCapabilities;
import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.ports.contract.ContractFixtures;
import io.parcelport.ports.contract.TrackingBackendContract;
import io.parcelport.ports.out.AirCargoTracker;
import io.parcelport.ports.out.CarrierDirectory;
import io.parcelport.ports.out.LogisticsInsights;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.ports.out.TrackingAccount;
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
        return Optional.of(new ClosingBoth(client(own), own));
    }

    static TrackingMoreBackend client(Emulator target) {
        return TrackingMoreBackend.create(TrackingMoreConfig.builder()
                .apiKey("contract-kit-key")
                .baseUri(target.baseUri())
                .retryPolicy(RetryPolicy.NONE)
                .rateLimits(new RateLimits(10_000, 10_000, 0, Duration.ofSeconds(5)))
                .build());
    }

    /** A client that stops its own emulator when closed. */
    private record ClosingBoth(TrackingMoreBackend client, Emulator own) implements TrackingBackend {
        @Override
        public BackendCapabilities capabilities() {
            return client.capabilities();
        }

        @Override
        public ShipmentTracker shipments() {
            return client.shipments();
        }

        @Override
        public AirCargoTracker airCargo() {
            return client.airCargo();
        }

        @Override
        public CarrierDirectory carriers() {
            return client.carriers();
        }

        @Override
        public TrackingAccount account() {
            return client.account();
        }

        @Override
        public LogisticsInsights insights() {
            return client.insights();
        }

        @Override
        public void close() {
            client.close();
            own.close();
        }
    }
}
