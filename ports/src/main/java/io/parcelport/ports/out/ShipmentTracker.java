package io.parcelport.ports.out;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import java.util.List;
import java.util.Optional;

/**
 * The shipments registered with a tracking backend: register, read, list, change, stop and delete them, and track
 * one in real time.
 *
 * <p>Costs: registering a new shipment, or tracking an unregistered one in real time, spends one unit of the account's
 * quota; a duplicate spends nothing. When the quota is exhausted, operations that would spend it fail with
 * {@link io.parcelport.ports.QuotaExhaustedException} (single item) or reject each item with
 * {@code QUOTA_EXHAUSTED} (batch).
 *
 * <p>Batch calls ({@code createAll}, {@code updateAll}, {@code deleteAll}, {@code stopRefreshing}) take each shipment
 * key at most once and refuse a repeat with {@link IllegalArgumentException} before doing anything
 * ({@link DistinctKeys}): the use cases de-duplicate and answer repeats, once, before they chunk.
 */
public interface ShipmentTracker {

    /** The limits of this backend, constant for the life of the tracker. */
    BackendLimits limits();

    /**
     * Registers one shipment.
     *
     * @return accepted with the registered shipment (status {@code PENDING} or later), or rejected: {@code
     *     ALREADY_EXISTS} when the key is registered (nothing changes), {@code INVALID_CARRIER}, {@code
     *     INVALID_TRACKING_NUMBER}, {@code INVALID_FIELD}
     */
    ItemOutcome<Shipment> create(NewShipment shipment);

    /**
     * Registers up to {@link BackendLimits#maxBatchSize()} shipments; one outcome per item, in input order, as for
     * {@link #create}. Idempotent in effect: repeating a batch registers nothing twice. An item a backend answers
     * "already exists" on its own repeat of the call (after an ambiguous failure) may be accepted with
     * {@link ItemOutcome#foundOnRepeat()}: this call possibly registered it.
     */
    List<ItemOutcome<Shipment>> createAll(List<NewShipment> shipments);

    /** The shipment with this key, as the backend last refreshed it. */
    Optional<Shipment> find(ShipmentKey key);

    /** The shipment with this key, with the carrier's texts in {@code language} where the carrier supports it. */
    Optional<Shipment> find(ShipmentKey key, LanguageCode language);

    /**
     * One page of the registered shipments that match {@code query}.
     *
     * <p>Order is stable: by registration time, then by key, so that paging through an unchanged backend returns
     * every match exactly once. A page past the end is empty. The total is the count over all pages. Refused with
     * {@code InvalidRequestException} ({@code LIMIT_EXCEEDED}) when the page size exceeds
     * {@link BackendLimits#maxPageSize()} or the query names more numbers or order ids than the limits allow.
     */
    Page<Shipment> query(ShipmentQuery query, PageRequest page);

    /**
     * Changes a shipment's details, or its status by hand.
     *
     * @return accepted with the changed shipment, or rejected {@code NOT_FOUND}; setting a status by hand keeps the
     *     carrier's status underneath so that {@code REVERT_TO_CARRIER} restores it
     */
    ItemOutcome<Shipment> update(ShipmentKey key, ShipmentChanges changes);

    /** Changes up to {@link BackendLimits#maxBatchSize()} shipments; one outcome per item, in input order. */
    List<ItemOutcome<Shipment>> updateAll(List<ShipmentUpdate> updates);

    /**
     * Deletes a shipment; a deleted shipment can be registered again.
     *
     * @return accepted with the key, or rejected {@code NOT_FOUND}
     */
    ItemOutcome<ShipmentKey> delete(ShipmentKey key);

    /** Deletes up to {@link BackendLimits#maxBatchSize()} shipments; one outcome per item, in input order. */
    List<ItemOutcome<ShipmentKey>> deleteAll(List<ShipmentKey> keys);

    /**
     * Moves a registered shipment to another carrier, keeping its details; its events are fetched anew.
     *
     * @return accepted with the shipment under its new key, or rejected: {@code NOT_FOUND}, {@code ALREADY_EXISTS}
     *     when the new key is taken, {@code INVALID_CARRIER}
     */
    ItemOutcome<Shipment> changeCarrier(ShipmentKey key, CarrierCode newCarrier);

    /**
     * Stops refreshing up to {@link BackendLimits#maxBatchSize()} shipments from their carriers; they stay
     * registered and readable. Idempotent. One outcome per item, in input order; unknown keys are {@code NOT_FOUND}.
     */
    List<ItemOutcome<ShipmentKey>> stopRefreshing(List<ShipmentKey> keys);

    /**
     * Asks the carrier now instead of waiting for the next background refresh; registers the shipment first when it
     * is not registered (spending quota as {@link #create} does).
     *
     * <p>Backends limit how often this may be called ({@link BackendLimits#realtimeCallsPerSecond()}); beyond it
     * the call fails with {@link io.parcelport.ports.RateLimitedException}.
     *
     * @return accepted with the fresh shipment, or rejected {@code INVALID_CARRIER} / {@code INVALID_FIELD}
     */
    ItemOutcome<Shipment> trackNow(NewShipment shipment);
}
