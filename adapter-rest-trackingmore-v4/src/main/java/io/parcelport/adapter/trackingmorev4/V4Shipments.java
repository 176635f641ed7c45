package io.parcelport.adapter.trackingmorev4;

import static io.parcelport.ports.RejectionReason.ALREADY_EXISTS;
import static io.parcelport.ports.RejectionReason.CARRIER_NOT_DETECTED;
import static io.parcelport.ports.RejectionReason.INVALID_CARRIER;
import static io.parcelport.ports.RejectionReason.INVALID_FIELD;
import static io.parcelport.ports.RejectionReason.INVALID_TRACKING_NUMBER;
import static io.parcelport.ports.RejectionReason.LIMIT_EXCEEDED;
import static io.parcelport.ports.RejectionReason.NOT_ALLOWED;
import static io.parcelport.ports.RejectionReason.NOT_FOUND;
import static io.parcelport.ports.RejectionReason.QUOTA_EXHAUSTED;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.BackendCapabilities;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.BackendUnavailableException;
import io.parcelport.ports.Capability;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.out.DistinctKeys;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.rest.IdCache;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.v4.V4ClientAnswers;
import io.parcelport.wire.trackingmore.v4.V4ClientRequests;
import io.parcelport.wire.trackingmore.v4.V4MetaCode;
import io.parcelport.wire.trackingmore.v4.V4Query;
import io.parcelport.wire.trackingmore.v4.V4TrackingReader;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link ShipmentTracker} over TrackingMore v4 (v4 reference §2).
 *
 * <p>v4 addresses a tracking by its id, the ports by carrier and number: the id is found with the list call filtered by
 * {@code tracking_numbers} and {@code courier_code}, kept in a bounded {@link IdCache}, and forgotten when a call
 * answers not found (4102, 4112); a cached id that went stale is looked up again once. {@code find} is that list call.
 *
 * <p>What v4 lacks is refused before anything is sent, with {@code OperationNotSupportedException}: a status set by
 * hand, stopping the refresh, filtering by order ids or order time. v4 has no batch update or delete, so
 * {@code updateAll} and {@code deleteAll} call once per item, each item its own outcome.
 *
 * <p>{@code trackNow} is v4's create, which registers and answers the carrier's result in real time (3/s). For a
 * shipment already registered (4101) it looks the shipment up; an {@code EXPIRED} one is retracked by id
 * ({@code POST /trackings/retrack/{id}}, which v4 allows only for expired trackings) and read again; any other is
 * answered as TrackingMore last refreshed it, since v4 offers no other way to ask the carrier now.
 */
final class V4Shipments implements ShipmentTracker {
    private static final Set<RejectionReason> CREATE_OUTCOMES = EnumSet.of(ALREADY_EXISTS, INVALID_CARRIER,
            INVALID_TRACKING_NUMBER, INVALID_FIELD, CARRIER_NOT_DETECTED);
    private static final Set<RejectionReason> BATCH_OUTCOMES = EnumSet.of(INVALID_CARRIER, INVALID_TRACKING_NUMBER,
            INVALID_FIELD, QUOTA_EXHAUSTED, LIMIT_EXCEEDED);
    private static final Set<RejectionReason> UPDATE_OUTCOMES = EnumSet.of(NOT_FOUND, INVALID_FIELD);
    private static final Set<RejectionReason> CHANGE_OUTCOMES = EnumSet.of(NOT_FOUND, ALREADY_EXISTS,
            INVALID_CARRIER, INVALID_FIELD);
    private static final Set<RejectionReason> NOT_FOUND_ONLY = EnumSet.of(NOT_FOUND);

    private final V4Gateway gateway;
    private final V4ShipmentMapper mapper;
    private final IdCache ids;
    private final BackendLimits limits;
    private final BackendCapabilities capabilities;

    V4Shipments(V4Gateway gateway, V4ShipmentMapper mapper, IdCache ids, BackendLimits limits,
            BackendCapabilities capabilities) {
        this.gateway = gateway;
        this.mapper = mapper;
        this.ids = ids;
        this.limits = limits;
        this.capabilities = capabilities;
    }

    @Override
    public BackendLimits limits() {
        return limits;
    }

    /** {@code POST /trackings/create}: registers and reads in one call (3/s). */
    @Override
    public ItemOutcome<Shipment> create(NewShipment shipment) {
        Objects.requireNonNull(shipment, "shipment");
        return create(V4Endpoint.CREATE, shipment);
    }

    private ItemOutcome<Shipment> create(V4Endpoint endpoint, NewShipment shipment) {
        String body = V4ClientRequests.create(shipment).toString();
        V4Reply reply = gateway.call(endpoint, api -> api.create(body), true);
        if (reply.isSuccess()) {
            return ItemOutcome.accepted(registered(reply, shipment));
        }
        return reply.rejectedOrThrow(CREATE_OUTCOMES, shipment.key());
    }

    private Shipment registered(V4Reply reply, NewShipment request) {
        Optional<Shipment> read = gateway.decode(reply, () -> reply.trackings().stream()
                .filter(t -> matches(t, request.key()))
                .findFirst()
                .map(t -> remembered(mapper.shipment(t, Optional.of(request.key()), request.language()))));
        // A create answer without its tracking (data left out): the registration holds, so read it back.
        Shipment shipment = read.or(() -> lookup(V4Endpoint.FIND, request.key(), request.language()))
                .orElseThrow(() -> new BackendUnavailableException(reply.failure(reply.endpoint()),
                        request.key() + " was registered but neither the answer nor a read shows it"));
        return shipment.toBuilder().carrierExtras(request.carrierExtras()).build();
    }

    /**
     * {@code POST /trackings/batch} (at most 40), then one list call for the created items: a v4 batch answers ids,
     * not results (v4 reference §2.2). An item in neither list of the answer is rejected {@code BACKEND_ERROR}.
     */
    @Override
    public List<ItemOutcome<Shipment>> createAll(List<NewShipment> shipments) {
        DistinctKeys.require(shipments, NewShipment::key, "shipments");
        if (shipments.size() > limits.maxBatchSize()) {
            throw limit(V4Endpoint.CREATE_BATCH, shipments.size() + " shipments exceed the batch limit of "
                    + limits.maxBatchSize());
        }
        if (shipments.isEmpty()) {
            return List.of();
        }
        String body = V4ClientRequests.batch(shipments);
        V4Reply reply = gateway.call(V4Endpoint.CREATE_BATCH, api -> api.createBatch(body));
        if (!reply.isSuccess()) {
            return reply.rejectedAllOrThrow(BATCH_OUTCOMES,
                    shipments.stream().map(NewShipment::key).toList());
        }
        V4ClientAnswers.Batch batch = gateway.decode(reply, () -> V4ClientAnswers.batch(reply.data()));
        List<ItemOutcome<Shipment>> out = new ArrayList<>(shipments.size());
        List<NewShipment> created = new ArrayList<>();
        for (NewShipment s : shipments) {
            Optional<V4ClientAnswers.BatchItem> ok = item(batch.success(), s.key());
            Optional<V4ClientAnswers.BatchItem> refused = item(batch.error(), s.key());
            if (ok.isPresent()) {
                ok.get().id().ifPresent(id -> ids.remember(s.key(), id));
                created.add(s);
                out.add(null);
            } else if (refused.isPresent()) {
                out.add(ItemOutcome.rejected(rejection(refused.get(), s.key())));
            } else {
                out.add(ItemOutcome.rejected(new Rejection(RejectionReason.BACKEND_ERROR, s.key()
                        + ": TrackingMore v4's batch answer names this item in neither success nor error",
                        Optional.empty())));
            }
        }
        List<Shipment> read = created.isEmpty() ? List.of() : readBack(created);
        for (int i = 0, c = 0; i < out.size(); i++) {
            if (out.get(i) == null) {
                NewShipment s = created.get(c++);
                // The key as sent first; the same number under a courier alias TrackingMore answers with second.
                Shipment shipment = read.stream().filter(r -> r.key().equals(s.key())).findFirst()
                        .or(() -> read.stream().filter(r -> r.key().trackingNumber().equals(s.key().trackingNumber()))
                                .findFirst())
                        .orElseGet(() -> placeholder(s));
                out.set(i, ItemOutcome.accepted(shipment.toBuilder().carrierExtras(s.carrierExtras()).build()));
            }
        }
        return out;
    }

    private static Optional<V4ClientAnswers.BatchItem> item(List<V4ClientAnswers.BatchItem> items, ShipmentKey key) {
        String number = key.trackingNumber().value();
        List<V4ClientAnswers.BatchItem> same = items.stream()
                .filter(i -> i.trackingNumber().filter(number::equals).isPresent()).toList();
        // The courier as sent first; a courier TrackingMore answers under another code (an alias) second.
        return same.stream().filter(i -> i.courierCode().filter(key.carrier().value()::equals).isPresent())
                .findFirst().or(() -> same.stream().findFirst());
    }

    private static Rejection rejection(V4ClientAnswers.BatchItem item, ShipmentKey key) {
        int code = item.errorCode().orElse(-1);
        RejectionReason reason = item.errorCode().isPresent()
                ? V4MetaCode.reasonOf(code) : RejectionReason.BACKEND_ERROR;
        String message = key + ": TrackingMore v4 refused it" + (code < 0 ? "" : " with code " + code)
                + (item.errorMessage().isEmpty() ? "" : " (" + item.errorMessage().replaceAll("\\p{Cntrl}", " ")
                        + ")");
        return new Rejection(reason, message, code < 0 ? Optional.empty() : Optional.of(Integer.toString(code)));
    }

    // The created items' results, read in one list call; a failure of that read keeps the items accepted.
    private List<Shipment> readBack(List<NewShipment> created) {
        ShipmentQuery query = ShipmentQuery.builder().numbers(created.stream().map(s -> s.key().trackingNumber())
                .toList()).build();
        try {
            V4Reply reply = list(V4Endpoint.CREATE_BATCH, V4Query.encode(V4Query.list(query,
                    PageRequest.first(Math.max(created.size(), limits.maxBatchSize())))));
            if (!reply.isSuccess()) {
                return List.of();
            }
            return gateway.decode(reply, () -> shipments(reply.trackings(), Optional.empty()));
        } catch (BackendException e) {
            return List.of();
        }
    }

    // What a batch create says of an item whose result could not be read: registered, nothing known yet.
    private Shipment placeholder(NewShipment s) {
        return Shipment.builder().key(s.key()).backendId(ids.get(s.key())).orderId(s.orderId()).title(s.title())
                .orderTime(s.orderTime()).customerName(s.customerName()).addAllCustomerEmails(s.customerEmails())
                .customerPhone(s.customerPhone()).destinationCountry(s.destinationCountry())
                .logisticsChannel(s.logisticsChannel()).comment(s.comment()).language(s.language())
                .createdAt(mapper.now()).build();
    }

    @Override
    public Optional<Shipment> find(ShipmentKey key) {
        Objects.requireNonNull(key, "key");
        return lookup(V4Endpoint.FIND, key, Optional.empty());
    }

    @Override
    public Optional<Shipment> find(ShipmentKey key, LanguageCode language) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(language, "language");
        return lookup(V4Endpoint.FIND, key, Optional.of(language));
    }

    /** The list call filtered by number and courier, its match remembered; empty when v4 does not know the key. */
    private Optional<Shipment> lookup(V4Endpoint endpoint, ShipmentKey key, Optional<LanguageCode> language) {
        Map<String, String> params = V4Query.lookup(key.carrier(), key.trackingNumber(), 10);
        language.ifPresent(l -> params.put("lang", l.value()));
        V4Reply reply = list(endpoint, V4Query.encode(params));
        if (reply.isSuccess()) {
            Optional<Shipment> found = gateway.decode(reply, () -> reply.trackings().stream()
                    .filter(t -> matches(t, key)).findFirst()
                    .map(t -> remembered(mapper.shipment(t, Optional.of(key), language))));
            if (found.isEmpty()) {
                ids.forget(key);
            }
            return found;
        }
        if (reply.outcome(NOT_FOUND_ONLY).isPresent()) {
            ids.forget(key);
            return Optional.empty();
        }
        throw reply.failure();
    }

    private static boolean matches(V4TrackingReader.Tracking t, ShipmentKey key) {
        return Wire.text(t.trackingNumber()).map(key.trackingNumber().value()::equals).orElse(true)
                && Wire.text(t.courierCode()).map(key.carrier().value()::equals).orElse(true);
    }

    private Shipment remembered(Shipment shipment) {
        shipment.backendId().ifPresent(id -> ids.remember(shipment.key(), id));
        return shipment;
    }

    private V4Reply list(V4Endpoint endpoint, String query) {
        return gateway.call(endpoint, api -> api.list(query), true);
    }

    /**
     * {@code GET /trackings/get}: one page by {@code pages_amount} and {@code items_amount}, without a total
     * ({@link Page#uncounted}); every filter percent-encoded. Order ids and order times have no v4 filter.
     */
    @Override
    public Page<Shipment> query(ShipmentQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        if (!query.orderIds().isEmpty()) {
            throw capabilities.notOffered(Capability.QUERY_BY_ORDER_ID);
        }
        if (!query.ordered().isUnbounded()) {
            throw capabilities.notOffered(Capability.QUERY_BY_ORDER_TIME);
        }
        if (page.size() > limits.maxPageSize()) {
            throw limit(V4Endpoint.LIST, "page size " + page.size() + " exceeds " + limits.maxPageSize());
        }
        if (query.numbers().size() > limits.maxQueryNumbers()) {
            throw limit(V4Endpoint.LIST, query.numbers().size() + " tracking numbers exceed "
                    + limits.maxQueryNumbers());
        }
        for (TrackingNumber n : query.numbers()) {
            if (n.value().contains(",")) {
                // The filter is comma-separated: a comma inside a number would turn it into two filters.
                throw new InvalidRequestException(BackendException.Failure.of(V4Endpoint.LIST.operation),
                        INVALID_TRACKING_NUMBER, "tracking number '" + n + "' contains ',', which TrackingMore v4's"
                                + " list filter cannot carry");
            }
        }
        V4Reply reply = list(V4Endpoint.LIST, V4Query.encode(V4Query.list(query, page)));
        if (reply.isSuccess()) {
            return gateway.decode(reply, () -> {
                if (reply.trackings().size() > page.size()) {
                    throw new MalformedAnswerException("data", "holds " + reply.trackings().size()
                            + " trackings, more than the " + page.size() + " asked for");
                }
                return Page.uncounted(shipments(reply.trackings(), query.language()), page);
            });
        }
        if (reply.outcome(NOT_FOUND_ONLY).isPresent()) {
            return Page.uncounted(List.of(), page);
        }
        throw reply.failure();
    }

    private List<Shipment> shipments(List<V4TrackingReader.Tracking> trackings, Optional<LanguageCode> language) {
        List<Shipment> out = new ArrayList<>(trackings.size());
        for (V4TrackingReader.Tracking t : trackings) {
            out.add(remembered(mapper.shipment(t, Optional.empty(), language)));
        }
        return out;
    }

    /**
     * {@code PUT /trackings/update/{id}} with the details, then the shipment read back (v4's answer echoes only the
     * editable fields). A status command is not offered.
     */
    @Override
    public ItemOutcome<Shipment> update(ShipmentKey key, ShipmentChanges changes) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(changes, "changes");
        requireDetailsOnly(changes);
        return update(V4Endpoint.UPDATE, key, changes);
    }

    private void requireDetailsOnly(ShipmentChanges changes) {
        if (changes.status().isPresent()) {
            throw capabilities.notOffered(Capability.MANUAL_STATUS);
        }
        capabilities.require(Capability.UPDATE_DETAILS);
    }

    private ItemOutcome<Shipment> update(V4Endpoint endpoint, ShipmentKey key, ShipmentChanges changes) {
        String body = V4ClientRequests.update(changes).toString();
        Optional<V4Reply> reply = byId(endpoint, key, id -> api -> api.update(id, body));
        if (reply.isEmpty()) {
            return notFound(key);
        }
        if (!reply.get().isSuccess()) {
            return reply.get().rejectedOrThrow(UPDATE_OUTCOMES, key);
        }
        return ItemOutcome.accepted(readAfter(endpoint, reply.get(), key));
    }

    // The shipment after a change: read back, else what the change's answer echoes.
    private Shipment readAfter(V4Endpoint endpoint, V4Reply reply, ShipmentKey key) {
        Optional<Shipment> read;
        try {
            read = lookup(V4Endpoint.FIND, key, Optional.empty());
        } catch (BackendException e) {
            read = Optional.empty();
        }
        return read.orElseGet(() -> gateway.decode(reply, () -> mapper.shipment(
                V4TrackingReader.tracking(reply.data(), "data"), Optional.of(key), Optional.empty())));
    }

    /** One {@code PUT /trackings/update/{id}} per item (v4 has no batch update); one outcome each, in order. */
    @Override
    public List<ItemOutcome<Shipment>> updateAll(List<ShipmentUpdate> updates) {
        DistinctKeys.require(updates, ShipmentUpdate::key, "updates");
        if (updates.size() > limits.maxBatchSize()) {
            throw limit(V4Endpoint.UPDATE_ALL, updates.size() + " updates exceed the batch limit of "
                    + limits.maxBatchSize());
        }
        updates.forEach(u -> requireDetailsOnly(u.changes()));
        return updates.stream().map(u -> update(V4Endpoint.UPDATE_ALL, u.key(), u.changes())).toList();
    }

    /** {@code DELETE /trackings/delete/{id}}. */
    @Override
    public ItemOutcome<ShipmentKey> delete(ShipmentKey key) {
        Objects.requireNonNull(key, "key");
        capabilities.require(Capability.DELETE);
        return delete(V4Endpoint.DELETE, key);
    }

    private ItemOutcome<ShipmentKey> delete(V4Endpoint endpoint, ShipmentKey key) {
        Optional<V4Reply> reply = byId(endpoint, key, id -> api -> api.delete(id));
        if (reply.isEmpty()) {
            return notFound(key);
        }
        if (!reply.get().isSuccess()) {
            return reply.get().rejectedOrThrow(NOT_FOUND_ONLY, key);
        }
        ids.forget(key);
        return ItemOutcome.accepted(key);
    }

    /** One {@code DELETE /trackings/delete/{id}} per item (v4 has no batch delete); one outcome each, in order. */
    @Override
    public List<ItemOutcome<ShipmentKey>> deleteAll(List<ShipmentKey> keys) {
        DistinctKeys.require(keys, Function.identity(), "keys");
        capabilities.require(Capability.DELETE);
        if (keys.size() > limits.maxBatchSize()) {
            throw limit(V4Endpoint.DELETE_ALL, keys.size() + " keys exceed the batch limit of "
                    + limits.maxBatchSize());
        }
        return keys.stream().map(k -> delete(V4Endpoint.DELETE_ALL, k)).toList();
    }

    /**
     * {@code PUT /trackings/update/{id}} with {@code courier_code_new}; not repeated after an ambiguous failure. The
     * shipment is then read under its new key; when that read fails, what the answer echoes is taken.
     */
    @Override
    public ItemOutcome<Shipment> changeCarrier(ShipmentKey key, CarrierCode newCarrier) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(newCarrier, "newCarrier");
        capabilities.require(Capability.CHANGE_CARRIER);
        String body = V4ClientRequests.changeCarrier(newCarrier).toString();
        Optional<V4Reply> reply = byId(V4Endpoint.CHANGE_CARRIER, key, id -> api -> api.update(id, body));
        if (reply.isEmpty()) {
            return notFound(key);
        }
        if (!reply.get().isSuccess()) {
            return reply.get().rejectedOrThrow(CHANGE_OUTCOMES, key);
        }
        ShipmentKey moved = new ShipmentKey(newCarrier, key.trackingNumber());
        ids.get(key).ifPresent(id -> ids.remember(moved, id));
        ids.forget(key);
        return ItemOutcome.accepted(readAfter(V4Endpoint.CHANGE_CARRIER, reply.get(), moved));
    }

    @Override
    public List<ItemOutcome<ShipmentKey>> stopRefreshing(List<ShipmentKey> keys) {
        throw capabilities.notOffered(Capability.STOP_REFRESHING);
    }

    /** See the class comment: create in real time, or for a registered shipment its current or retracked result. */
    @Override
    public ItemOutcome<Shipment> trackNow(NewShipment shipment) {
        Objects.requireNonNull(shipment, "shipment");
        capabilities.require(Capability.TRACK_NOW);
        ItemOutcome<Shipment> created = create(V4Endpoint.TRACK_NOW, shipment);
        if (!created.isRejectedFor(ALREADY_EXISTS)) {
            return created;
        }
        Optional<Shipment> current = lookup(V4Endpoint.TRACK_NOW_READ, shipment.key(), shipment.language());
        if (current.isEmpty()) {
            return created; // deleted between the two calls: the 4101 is all there is to say
        }
        if (current.get().status().effective() != DeliveryStatus.EXPIRED) {
            return ItemOutcome.accepted(current.get());
        }
        Optional<V4Reply> retracked = byId(V4Endpoint.RETRACK, shipment.key(), id -> api -> api.retrack(id));
        if (retracked.isPresent() && !retracked.get().isSuccess()
                && retracked.get().outcome(EnumSet.of(NOT_ALLOWED, NOT_FOUND)).isEmpty()) {
            throw retracked.get().failure();
        }
        return ItemOutcome.accepted(lookup(V4Endpoint.TRACK_NOW_READ, shipment.key(), shipment.language())
                .orElse(current.get()));
    }

    /**
     * Calls {@code call} with the key's id: the cached one, or one looked up. A cached id answered "not found" is
     * forgotten and the key looked up once more; empty when no id is found.
     */
    private Optional<V4Reply> byId(V4Endpoint endpoint, ShipmentKey key,
            Function<String, Function<TrackingMoreV4Api, Response>> call) {
        Optional<String> cached = ids.get(key);
        Optional<String> id = cached.or(() -> idOf(key));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        V4Reply reply = gateway.call(endpoint, call.apply(id.get()));
        if (!notFound(reply)) {
            return Optional.of(reply);
        }
        ids.forget(key, id.get());
        if (cached.isEmpty()) {
            return Optional.of(reply);
        }
        Optional<String> fresh = idOf(key).filter(f -> !f.equals(id.get()));
        if (fresh.isEmpty()) {
            return Optional.of(reply);
        }
        V4Reply again = gateway.call(endpoint, call.apply(fresh.get()));
        if (notFound(again)) {
            ids.forget(key, fresh.get());
        }
        return Optional.of(again);
    }

    // 4102 "does not exist" and 4112 "invalid tracking id" (and, for air waybills, never here): the id is stale.
    private static boolean notFound(V4Reply reply) {
        return reply.outcome(NOT_FOUND_ONLY).isPresent();
    }

    private Optional<String> idOf(ShipmentKey key) {
        return lookup(V4Endpoint.FIND, key, Optional.empty()).flatMap(Shipment::backendId);
    }

    private static <T> ItemOutcome<T> notFound(ShipmentKey key) {
        return ItemOutcome.rejected(new Rejection(NOT_FOUND, key + ": TrackingMore v4 has no such tracking",
                Optional.empty()));
    }

    private static InvalidRequestException limit(V4Endpoint endpoint, String message) {
        return new InvalidRequestException(BackendException.Failure.of(endpoint.operation), LIMIT_EXCEEDED, message);
    }
}
