package io.parcelport.adapter.trackingmorev4;

import io.parcelport.emulator.Emulator;
import io.parcelport.emulator.EmulatorOptions;
import io.parcelport.pacing.RetryPolicy;
import io.parcelport.ports.BackendCapabilities;
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
        return Optional.of(new ClosingBoth(client(own), own));
    }

    static TrackingMoreV4Backend client(Emulator target) {
        return TrackingMoreV4Backend.create(TrackingMoreV4Config.builder()
                .apiKey("contract-kit-key")
                .baseUri(target.v4BaseUri())
                .retryPolicy(RetryPolicy.NONE)
                .rateLimits(new V4RateLimits(10_000, 10_000, Duration.ofSeconds(5)))
                .build());
    }

    /** A client that stops its own emulator when closed. */
    private record ClosingBoth(TrackingMoreV4Backend client, Emulator own) implements TrackingBackend {
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
