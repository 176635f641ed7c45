package io.parcelport.ports.contract;

import io.parcelport.ports.out.TrackingBackend;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a backend's test supplies to a contract that runs its parts as nested classes: fresh backends, and nothing
 * else, so that the test subclass stays a factory.
 */
@ExtendWith(CapabilityGate.class)
abstract class BackendFactory {

    /** A fresh, empty backend with ample quota that knows what {@link ContractFixtures} lists. */
    protected abstract TrackingBackend newBackend();

    /** A fresh, empty backend starting with exactly {@code quota}, if the adapter can make one; empty by default. */
    protected Optional<TrackingBackend> newBackendWithQuota(long quota) {
        return Optional.empty();
    }
}
