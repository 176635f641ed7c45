package io.parcelport.application;

import io.parcelport.domain.Shipment;
import io.parcelport.domain.ShipmentKey;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.in.RefreshShipmentsUseCase;
import io.parcelport.ports.out.ShipmentTracker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Real-time tracking that waits for the backend's rate limit instead of failing on it.
 *
 * <p>Every call first takes a slot from a {@link RateLimiter} (at the backend's real-time rate, shared by everyone
 * who uses this service); a "rate limited" answer all the same is waited out and retried as {@link RateLimitRetry}
 * says, and the pause applies to every caller of the limiter. {@link #refreshAll} tracks its items one after another
 * in input order (the rate, not the latency, is what bounds throughput), tracks a key repeated in the input once and
 * gives every occurrence the same outcome, and turns backend failures into per-item outcomes as {@link Failures}
 * describes. {@link #refresh} (one item) lets them propagate. Fresh shipments pass through the {@link
 * ShipmentEvents} hub.
 */
public final class RefreshShipmentsService implements RefreshShipmentsUseCase {

    private final ShipmentTracker tracker;
    private final ShipmentEvents events;
    private final RateLimiter limiter;
    private final RateLimitRetry retry;

    /**
     * A service over {@code tracker}.
     *
     * @param tracker the backend's shipments
     * @param events the hub that hears of fresh statuses
     * @param limiter paces real-time calls; build it at {@code tracker.limits().realtimeCallsPerSecond()}
     * @param retry how to answer "rate limited"
     */
    public RefreshShipmentsService(ShipmentTracker tracker, ShipmentEvents events, RateLimiter limiter,
            RateLimitRetry retry) {
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.events = Objects.requireNonNull(events, "events");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /** A service pacing itself at the tracker's real-time rate on the system clock, with the default retry. */
    public RefreshShipmentsService(ShipmentTracker tracker, ShipmentEvents events) {
        this(tracker, events, RateLimiter.perSecond(tracker.limits().realtimeCallsPerSecond()), RateLimitRetry.DEFAULT);
    }

    @Override
    public ItemOutcome<Shipment> refresh(NewShipment shipment) {
        Objects.requireNonNull(shipment, "shipment");
        ItemOutcome<Shipment> outcome = retry.call(limiter, () -> tracker.trackNow(shipment));
        outcome.value().ifPresent(events::observe);
        return outcome;
    }

    @Override
    public List<ItemOutcome<Shipment>> refreshAll(List<NewShipment> shipments) {
        Objects.requireNonNull(shipments, "shipments");
        List<ItemOutcome<Shipment>> outcomes = new ArrayList<>(shipments.size());
        Map<ShipmentKey, ItemOutcome<Shipment>> done = new HashMap<>();
        Failures.Halt halt = new Failures.Halt();
        for (int i = 0; i < shipments.size(); i++) {
            NewShipment shipment = Objects.requireNonNull(shipments.get(i), "shipments[" + i + "]");
            ItemOutcome<Shipment> outcome = done.get(shipment.key());
            if (outcome == null) {
                outcome = refreshOne(shipment, halt);
                done.put(shipment.key(), outcome);
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private ItemOutcome<Shipment> refreshOne(NewShipment shipment, Failures.Halt halt) {
        BackendException halted = halt.cause();
        if (halted != null) {
            return ItemOutcome.rejected(Failures.notSentBecause(halted));
        }
        try {
            return refresh(shipment);
        } catch (BackendException e) {
            halt.offer(e);
            return ItemOutcome.rejected(Failures.rejectionFor(e));
        }
    }
}
