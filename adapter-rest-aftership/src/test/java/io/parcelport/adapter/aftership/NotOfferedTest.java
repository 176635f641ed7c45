package io.parcelport.adapter.aftership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.pacing.ManualTicker;
import io.parcelport.ports.Capability;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.OperationNotSupportedException;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.TimeRange;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every operation AfterShip does not offer answers {@code notOffered}, naming it, and sends nothing. */
class NotOfferedTest {
    private static final ShipmentKey KEY = ShipmentKey.of("ups", "1Z1");

    private StubServer server;
    private AfterShipBackend backend;

    @BeforeEach
    void start() {
        server = new StubServer();
        backend = AfterShipBackend.create(Fixtures.config(server, new ManualTicker()).build());
    }

    @AfterEach
    void stop() {
        backend.close();
        server.close();
    }

    @Test
    void theCapabilitiesNameWhatIsOfferedAndEveryOtherOperationIsRefusedBeforeSending() {
        assertThat(backend.capabilities().backend()).isEqualTo("AfterShip 2025-07");
        assertThat(backend.capabilities().offered()).containsExactlyInAnyOrder(Capability.UPDATE_DETAILS,
                Capability.MANUAL_STATUS, Capability.CHANGE_CARRIER, Capability.DELETE, Capability.QUERY_BY_ORDER_ID,
                Capability.CARRIER_LIST, Capability.CARRIER_DETECT);

        Map<Capability, Executable> calls = Map.of(
                Capability.STOP_REFRESHING, () -> backend.shipments().stopRefreshing(List.of(KEY)),
                Capability.TRACK_NOW, () -> backend.shipments().trackNow(NewShipment.of(KEY)),
                Capability.QUERY_BY_ORDER_TIME, () -> backend.shipments().query(ShipmentQuery.builder()
                        .ordered(TimeRange.since(Instant.EPOCH)).build(), PageRequest.first(1)),
                Capability.AIR_CARGO, () -> backend.airCargo().track(List.of(AirWaybill.parse("172-28891936"))),
                Capability.ACCOUNT_INFO, () -> backend.account().info(),
                Capability.STATUS_COUNTS, () -> backend.account().statusCounts(StatusCountQuery.ALL),
                Capability.REMOTE_AREAS, () -> backend.insights().checkRemoteAreas(List.of(
                        RemoteAreaCheck.of(CountryCode.of("JP"), "1000001"))),
                Capability.TRANSIT_TIMES, () -> backend.insights().transitTimes(List.of(new TransitTimeQuery(
                        CarrierCode.of("dhl"), CountryCode.of("CN"), CountryCode.of("US")))));
        EnumSet<Capability> notOffered = EnumSet.allOf(Capability.class);
        notOffered.removeAll(backend.capabilities().offered());
        notOffered.remove(Capability.QUERY_TOTAL);
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(notOffered);

        calls.forEach((capability, call) -> assertThatThrownBy(call::execute)
                .as("%s", capability)
                .isInstanceOfSatisfying(OperationNotSupportedException.class, e -> {
                    assertThat(e.capability()).contains(capability);
                    assertThat(e.getMessage()).contains(capability.operation()).contains("AfterShip 2025-07");
                    assertThat(e.isRetryable()).isFalse();
                }));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aPageCarriesNoTotalSinceTotalsAreNotOffered() {
        server.answer(StubServer.Answer.ok(Fixtures.page(null)));
        assertThat(backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(1)).total()).isEmpty();
        assertThat(backend.capabilities().offers(Capability.QUERY_TOTAL)).isFalse();
    }
}
