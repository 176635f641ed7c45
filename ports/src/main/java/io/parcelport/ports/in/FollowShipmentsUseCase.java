package io.parcelport.ports.in;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCountQuery;
import java.util.Optional;
import java.util.stream.Stream;

/** Read registered shipments: one by key, many by query (lazily, any number), and counts per status. */
public interface FollowShipmentsUseCase {

    /** The shipment with this key. */
    Optional<Shipment> find(ShipmentKey key);

    /** The shipment with this key, carrier texts in {@code language} where supported. */
    Optional<Shipment> find(ShipmentKey key, LanguageCode language);

    /**
     * Every shipment matching {@code query}, fetched page by page as the stream is consumed, so that any number can
     * be walked without holding them all. Close the stream (or consume it fully) to release it.
     */
    Stream<Shipment> query(ShipmentQuery query);

    /** As {@link #query(ShipmentQuery)}, with pages of {@code pageSize} (at most the backend's page limit). */
    Stream<Shipment> query(ShipmentQuery query, int pageSize);

    /**
     * One page of the shipments matching {@code query}, with the total over all pages, for callers that page
     * themselves (a user interface, an API of their own). The query must fit the backend's filter limits, and the
     * page size its page limit; larger ones are refused with {@link IllegalArgumentException}.
     */
    Page<Shipment> page(ShipmentQuery query, PageRequest page);

    /** How many shipments are in each status. */
    StatusCounts statusCounts(StatusCountQuery query);

    /**
     * Takes a shipment the backend pushed (a verified webhook, say) along the path every read takes, so that its
     * status is judged by the domain and listeners hear of a change once, whether it arrived by push or by a later
     * read.
     *
     * @param pushed the shipment as the backend reported it
     * @return the shipment as the application shows it: with the last accepted status if the reported one was refused
     */
    Shipment receive(Shipment pushed);

    /** Registers a listener for the status changes observed by reads; returns a handle that removes it. */
    AutoCloseable subscribe(ShipmentEventListener listener);
}
