package io.parcelport.application;

import io.parcelport.domain.DeliveryStatus;
import io.parcelport.domain.Shipment;
import io.parcelport.domain.ShipmentKey;
import io.parcelport.domain.ShipmentStatus;
import io.parcelport.domain.StatusChanged;
import io.parcelport.ports.in.ShipmentEventListener;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The hub through which the services tell listeners about the status changes they observe: one per backend, shared
 * by every service that reads, refreshes or changes shipments.
 *
 * <p>The hub remembers the last effective status it saw for each shipment key. When a read shows another one, it
 * emits a {@link StatusChanged} from the remembered status to the new one, stamped with the hub's clock; the first
 * sighting of a key only remembers it. The cause is what the status itself says: a manual override now in force
 * (and not before, or with another status) is {@code MANUAL_OVERRIDE}, an override gone is {@code
 * OVERRIDE_REVERTED}, anything else {@code CARRIER_UPDATE}.
 *
 * <p>Memory: one map entry per distinct key observed (key plus a cached {@link Byte}, roughly 150 bytes), kept
 * until the shipment is deleted or its carrier changed through the services. That is bounded by the account's
 * shipments, which is what an application that watches them wants; call {@link #forgetAll()} to drop it.
 *
 * <p>Thread-safe. When two threads observe the same shipment at once, each change is still emitted once, but
 * listeners may see them in either order. A listener that throws is logged and does not disturb the read.
 */
public final class ShipmentEvents {

    private static final System.Logger LOG = System.getLogger(ShipmentEvents.class.getName());

    private final Clock clock;
    private final List<ShipmentEventListener> listeners = new CopyOnWriteArrayList<>();
    // Effective status ordinal * 2 + 1 if overridden: a Byte, because Byte.valueOf caches every value, so an entry
    // costs the key and the map node only.
    private final Map<ShipmentKey, Byte> lastSeen = new ConcurrentHashMap<>();

    /** A hub that stamps events with {@code clock}. */
    public ShipmentEvents(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A hub on the system clock (UTC). */
    public ShipmentEvents() {
        this(Clock.systemUTC());
    }

    /** Adds a listener; closing the returned handle removes it (once; closing again does nothing). */
    public AutoCloseable subscribe(ShipmentEventListener listener) {
        Objects.requireNonNull(listener, "listener");
        // Wrapped so that the same listener subscribed twice gets two independent handles.
        ShipmentEventListener registration = listener::onStatusChanged;
        listeners.add(registration);
        return () -> listeners.remove(registration);
    }

    /** How many shipments the hub remembers a status for. */
    public int remembered() {
        return lastSeen.size();
    }

    /** Forgets every remembered status: the next sighting of each shipment emits nothing. */
    public void forgetAll() {
        lastSeen.clear();
    }

    /** Records what {@code shipment} shows and emits a change if it differs from what was seen before. */
    void observe(Shipment shipment) {
        ShipmentStatus status = shipment.status();
        byte now = encode(status.effective(), status.isOverridden());
        Byte before = lastSeen.put(shipment.key(), now);
        if (before == null || before == now) {
            return;
        }
        DeliveryStatus from = DeliveryStatus.values()[before >> 1];
        boolean wasOverridden = (before & 1) == 1;
        if (from == status.effective()) {
            return; // only the override flag moved (say, a revert to a carrier status equal to the manual one)
        }
        StatusChanged.Cause cause = status.isOverridden() ? StatusChanged.Cause.MANUAL_OVERRIDE
                : wasOverridden ? StatusChanged.Cause.OVERRIDE_REVERTED
                : StatusChanged.Cause.CARRIER_UPDATE;
        emit(shipment.key(), new StatusChanged(from, status.effective(), clock.instant(), cause));
    }

    /** Forgets {@code key}, as when the shipment is deleted or moved to another key. */
    void forget(ShipmentKey key) {
        lastSeen.remove(key);
    }

    private void emit(ShipmentKey key, StatusChanged event) {
        for (ShipmentEventListener listener : listeners) {
            try {
                listener.onStatusChanged(key, event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a shipment event listener failed on " + key + " " + event, e);
            }
        }
    }

    private static byte encode(DeliveryStatus status, boolean overridden) {
        return (byte) (status.ordinal() * 2 + (overridden ? 1 : 0));
    }
}
