package io.parcelport.application;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.domain.aircargo.AirportCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.ManualStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.QuotaExhaustedException;
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.out.ShipmentTracker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.mockito.ArgumentCaptor;
import org.mockito.stubbing.Answer;

/** Test data and checks shared by the service tests. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    static final BackendLimits LIMITS = BackendLimits.TRACKINGMORE_V2;

    private Fixtures() {
    }

    /** A mock shipment tracker with TrackingMore's limits, the one thing every service asks of it. */
    static ShipmentTracker mockTracker() {
        ShipmentTracker tracker = mock(ShipmentTracker.class);
        when(tracker.limits()).thenReturn(LIMITS);
        return tracker;
    }

    static ShipmentKey key(int i) {
        return ShipmentKey.of("ups", "1Z" + i);
    }

    static List<ShipmentKey> keys(int count) {
        return IntStream.range(0, count).mapToObj(Fixtures::key).toList();
    }

    static List<NewShipment> newShipments(int count) {
        return IntStream.range(0, count).mapToObj(i -> NewShipment.of(key(i))).toList();
    }

    static Shipment shipment(ShipmentKey key) {
        return shipment(key, ShipmentStatus.initial());
    }

    static Shipment shipment(ShipmentKey key, DeliveryStatus carrierStatus) {
        return shipment(key, ShipmentStatus.of(carrierStatus, Optional.empty()));
    }

    static Shipment overridden(ShipmentKey key, DeliveryStatus carrierStatus, ManualStatus manual) {
        return shipment(key, ShipmentStatus.of(carrierStatus, Optional.empty()).override(manual, T0).status());
    }

    static Shipment shipment(ShipmentKey key, ShipmentStatus status) {
        return Shipment.builder().key(key).createdAt(T0).status(status).build();
    }

    /** The backend's answer to a batch in which every item is accepted. */
    static List<ItemOutcome<Shipment>> acceptAll(List<NewShipment> batch) {
        List<ItemOutcome<Shipment>> outcomes = new ArrayList<>();
        for (NewShipment s : batch) {
            outcomes.add(ItemOutcome.accepted(shipment(s.key())));
        }
        return outcomes;
    }

    /**
     * The batches a mock port received, in call order, checking that {@code operation} was called exactly
     * {@code calls} times.
     */
    @SuppressWarnings("unchecked")
    static <P, T> List<List<T>> batchesSent(P port, int calls, BiConsumer<P, List<T>> operation) {
        ArgumentCaptor<List<T>> batches = ArgumentCaptor.forClass(List.class);
        operation.accept(verify(port, times(calls)), batches.capture());
        return batches.getAllValues();
    }

    /** Answers like {@code otherwise}, but call number {@code failing} (counting from 1) throws {@code failure}. */
    static Answer<Object> failingCall(int failing, RuntimeException failure, Answer<?> otherwise) {
        AtomicInteger calls = new AtomicInteger();
        return call -> {
            if (calls.incrementAndGet() == failing) {
                throw failure;
            }
            return otherwise.answer(call);
        };
    }

    /** A valid air waybill with airline prefix 172 and the given 7-digit serial start. */
    static String waybill(int firstSeven) {
        return String.format("172-%07d%d", firstSeven, firstSeven % 7);
    }

    static AirCargoTracking tracking(AirWaybill waybill) {
        return AirCargoTracking.builder().waybill(waybill).origin(AirportCode.of("LUX"))
                .destination(AirportCode.of("ORD")).build();
    }

    static BackendException unavailable() {
        return new BackendUnavailableException(BackendException.Failure.of("ShipmentTracker.createAll", 503, null),
                "service unavailable");
    }

    static BackendException quotaExhausted() {
        return new QuotaExhaustedException(BackendException.Failure.of("ShipmentTracker.createAll", 402, "4031"),
                "quota exhausted");
    }

    static RateLimitedException rateLimited(Duration retryAfter) {
        return new RateLimitedException(BackendException.Failure.of("ShipmentTracker.trackNow", 429, null),
                "too many requests", Optional.ofNullable(retryAfter));
    }
}
