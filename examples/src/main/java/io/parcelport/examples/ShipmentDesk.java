package io.parcelport.examples;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.Capability;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.in.ParcelportUseCases;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A shop's shipping desk, written against Parcelport's use cases and nothing else: it takes shipments in, shows a
 * board of where they are, renames and cancels them. It never names a backend, so the same class runs on any.
 */
public final class ShipmentDesk {

    /**
     * One line of the board.
     *
     * @param status where the shipment is
     * @param title the shop's title for it
     * @param orderId the shop's order
     * @param events how many carrier events it has
     */
    public record Line(DeliveryStatus status, Optional<String> title, Optional<String> orderId, int events) {
    }

    private final ParcelportUseCases parcelport;

    /** A desk over {@code parcelport}. */
    public ShipmentDesk(ParcelportUseCases parcelport) {
        this.parcelport = Objects.requireNonNull(parcelport, "parcelport");
    }

    /** Registers the shipments; the keys of those now registered (a repeat counts), in input order. */
    public List<ShipmentKey> takeIn(List<NewShipment> shipments) {
        List<ItemOutcome<Shipment>> outcomes = parcelport.register().registerAll(shipments);
        return java.util.stream.IntStream.range(0, shipments.size()).filter(i -> outcomes.get(i).isDone())
                .mapToObj(i -> shipments.get(i).key()).toList();
    }

    /** Where each of {@code keys} is; a key the backend does not know is left out. */
    public SortedMap<ShipmentKey, Line> board(Collection<ShipmentKey> keys) {
        SortedMap<ShipmentKey, Line> board = new TreeMap<>();
        for (ShipmentKey key : keys) {
            parcelport.follow().find(key).ifPresent(s -> board.put(key, new Line(s.deliveryStatus(), s.title(),
                    s.orderId(), s.events().size())));
        }
        return board;
    }

    /** Every shipment the backend lists, whatever its paging. */
    public SortedSet<ShipmentKey> listed() {
        try (var all = parcelport.follow().query(ShipmentQuery.ALL)) {
            return all.map(Shipment::key).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Renames a shipment where the backend lets details change; whether it did. */
    public boolean retitle(ShipmentKey key, String title) {
        return parcelport.capabilities().offers(Capability.UPDATE_DETAILS)
                && parcelport.manage().update(key, ShipmentChanges.builder().title(title).build()).isAccepted();
    }

    /** Cancels (deletes) a shipment where the backend deletes; whether it is gone. */
    public boolean cancel(ShipmentKey key) {
        return parcelport.capabilities().offers(Capability.DELETE) && parcelport.manage().delete(key).isDone();
    }
}
