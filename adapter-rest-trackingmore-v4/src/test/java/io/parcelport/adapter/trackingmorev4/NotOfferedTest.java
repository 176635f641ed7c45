package io.parcelport.adapter.trackingmorev4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.Capability;
import io.parcelport.ports.OperationNotSupportedException;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.TimeRange;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What v4 does not offer fails with {@code OperationNotSupportedException} naming it, and nothing is sent. */
class NotOfferedTest {
    private static final ShipmentKey KEY = ShipmentKey.of("usps", "9400111899562537624326");

    private StubServer server;
    private TrackingMoreV4Backend backend;

    @BeforeEach
    void start() {
        server = new StubServer();
        backend = V4Fixtures.backend(server, V4Fixtures.time());
    }

    @AfterEach
    void stop() {
        backend.close();
        server.close();
    }

    private void assertNotOffered(Runnable call, Capability capability) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOfSatisfying(OperationNotSupportedException.class, e -> {
            assertThat(e.capability()).contains(capability);
            assertThat(e.getMessage()).contains("TrackingMore v4").contains(capability.operation());
        });
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void theCapabilitiesAreV4sAndNameTheBackend() {
        assertThat(backend.capabilities().backend()).isEqualTo("TrackingMore v4");
        assertThat(backend.capabilities().offered()).containsExactlyInAnyOrderElementsOf(EnumSet.of(
                Capability.UPDATE_DETAILS, Capability.CHANGE_CARRIER, Capability.DELETE, Capability.TRACK_NOW,
                Capability.AIR_CARGO, Capability.CARRIER_LIST, Capability.CARRIER_DETECT));
    }

    @Test
    void aStatusSetByHandIsNotOffered() {
        assertNotOffered(() -> backend.shipments().update(KEY, ShipmentChanges.status(StatusCommand.MARK_DELIVERED)),
                Capability.MANUAL_STATUS);
        assertNotOffered(() -> backend.shipments().update(KEY, ShipmentChanges.builder().title("t")
                .status(StatusCommand.REVERT_TO_CARRIER).build()), Capability.MANUAL_STATUS);
    }

    @Test
    void anUpdateAllWithOneStatusCommandSendsNothingAtAll() {
        assertNotOffered(() -> backend.shipments().updateAll(List.of(
                new ShipmentUpdate(KEY, ShipmentChanges.builder().title("t").build()),
                new ShipmentUpdate(ShipmentKey.of("usps", "9400111899562537600001"),
                        ShipmentChanges.status(StatusCommand.MARK_EXCEPTION)))), Capability.MANUAL_STATUS);
    }

    @Test
    void stoppingTheRefreshIsNotOffered() {
        assertNotOffered(() -> backend.shipments().stopRefreshing(List.of(KEY)), Capability.STOP_REFRESHING);
    }

    @Test
    void queriesByOrderIdOrOrderTimeAreNotOffered() {
        assertNotOffered(() -> backend.shipments().query(ShipmentQuery.builder().orderIds(List.of("A-1")).build(),
                PageRequest.first(10)), Capability.QUERY_BY_ORDER_ID);
        assertNotOffered(() -> backend.shipments().query(ShipmentQuery.builder()
                .ordered(TimeRange.since(Instant.parse("2024-01-01T00:00:00Z"))).build(), PageRequest.first(10)),
                Capability.QUERY_BY_ORDER_TIME);
    }

    @Test
    void theAccountAndInsightsAreNotOffered() {
        assertNotOffered(() -> backend.account().info(), Capability.ACCOUNT_INFO);
        assertNotOffered(() -> backend.account().statusCounts(StatusCountQuery.ALL), Capability.STATUS_COUNTS);
        assertNotOffered(() -> backend.insights().checkRemoteAreas(List.of()), Capability.REMOTE_AREAS);
        assertNotOffered(() -> backend.insights().transitTimes(List.of()), Capability.TRANSIT_TIMES);
    }
}
