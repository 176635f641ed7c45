package io.parcelport.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.Capability;
import io.parcelport.ports.OperationNotSupportedException;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.TimeRange;
import io.parcelport.ports.out.TrackingBackend;
import java.time.Instant;
import java.util.List;

/**
 * What a backend must answer when asked for an optional operation it does not offer: an
 * {@link OperationNotSupportedException} naming the operation and the backend, whatever the arguments (the key below
 * is not even registered, so a backend that went to its server first would answer something else).
 */
final class NotOffered {

    private NotOffered() {
    }

    static void check(TrackingBackend backend, Capability capability) {
        if (capability == Capability.QUERY_TOTAL) {
            assertThat(backend.shipments().query(ShipmentQuery.ALL, PageRequest.first(1)).total())
                    .as("a backend that does not count gives no total").isEmpty();
            return;
        }
        String name = backend.capabilities().backend();
        assertThatThrownBy(() -> call(backend, capability))
                .as("%s on the %s backend", capability, name)
                .isInstanceOfSatisfying(OperationNotSupportedException.class, e -> {
                    assertThat(e.capability()).contains(capability);
                    assertThat(e.getMessage()).contains(capability.operation()).contains(name);
                    assertThat(e.isRetryable()).isFalse();
                });
    }

    private static void call(TrackingBackend backend, Capability capability) {
        ShipmentKey key = ContractSupport.key(1);
        switch (capability) {
            case UPDATE_DETAILS -> backend.shipments().update(key, ShipmentChanges.builder().title("t").build());
            case MANUAL_STATUS -> backend.shipments().update(key, ShipmentChanges.status(StatusCommand.MARK_DELIVERED));
            case CHANGE_CARRIER -> backend.shipments().changeCarrier(key, ContractFixtures.UPS);
            case DELETE -> backend.shipments().delete(key);
            case STOP_REFRESHING -> backend.shipments().stopRefreshing(List.of(key));
            case TRACK_NOW -> backend.shipments().trackNow(ContractSupport.newShipment(key));
            case QUERY_BY_ORDER_ID -> backend.shipments().query(ShipmentQuery.builder().orderIds(List.of("ORD-1")).build(),
                    PageRequest.first(1));
            case QUERY_BY_ORDER_TIME -> backend.shipments().query(ShipmentQuery.builder()
                    .ordered(TimeRange.since(Instant.EPOCH)).build(), PageRequest.first(1));
            case AIR_CARGO -> backend.airCargo().track(List.of(ContractFixtures.SEED_AIR_WAYBILL));
            case CARRIER_LIST -> backend.carriers().carriers(LanguageCode.ENGLISH);
            case CARRIER_DETECT -> backend.carriers().detect(key.trackingNumber());
            case ACCOUNT_INFO -> backend.account().info();
            case STATUS_COUNTS -> backend.account().statusCounts(StatusCountQuery.ALL);
            case REMOTE_AREAS -> backend.insights().checkRemoteAreas(List.of(ContractFixtures.REMOTE_JAPAN));
            case TRANSIT_TIMES -> backend.insights().transitTimes(List.of(
                    new TransitTimeQuery(ContractFixtures.DHL, CountryCode.of("CN"), CountryCode.of("US"))));
            case QUERY_TOTAL -> throw new IllegalStateException("a total is read, not called");
        }
    }
}
