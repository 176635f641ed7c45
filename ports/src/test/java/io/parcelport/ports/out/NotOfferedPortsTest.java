package io.parcelport.ports.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.ports.BackendCapabilities;
import io.parcelport.ports.Capability;
import io.parcelport.ports.OperationNotSupportedException;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Each port a backend lacks fails naming its capability and the backend, and its batch sizes keep the contract. */
class NotOfferedPortsTest {
    private final NotOfferedPorts ports = new NotOfferedPorts(new BackendCapabilities("Vendor X", Set.of()));

    @Test
    void everyOperationFailsWithItsOwnCapabilityInTheBackendsName() {
        refused(() -> ports.track(List.of()), Capability.AIR_CARGO);
        refused(ports::info, Capability.ACCOUNT_INFO);
        refused(() -> ports.statusCounts(null), Capability.STATUS_COUNTS);
        refused(() -> ports.checkRemoteAreas(List.of()), Capability.REMOTE_AREAS);
        refused(() -> ports.transitTimes(List.of()), Capability.TRANSIT_TIMES);
    }

    @Test
    void batchSizesArePositiveAsThePortsRequire() {
        assertThat(ports.maxWaybillsPerCall()).isPositive();
        assertThat(ports.maxItemsPerCall()).isPositive();
    }

    private static void refused(ThrowingCallable call, Capability capability) {
        assertThatThrownBy(call).isInstanceOfSatisfying(OperationNotSupportedException.class, e -> {
            assertThat(e.capability()).contains(capability);
            assertThat(e.isRetryable()).isFalse();
        }).hasMessageContaining("not offered by the Vendor X backend");
    }
}
