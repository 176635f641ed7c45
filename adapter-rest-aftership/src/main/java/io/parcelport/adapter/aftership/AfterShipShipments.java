package io.parcelport.adapter.aftership;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
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
import io.parcelport.ports.RateLimitedException;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.TimeRange;
import io.parcelport.ports.TransportException;
import io.parcelport.ports.out.DistinctKeys;
import io.parcelport.ports.out.ShipmentTracker;
import io.parcelport.rest.IdCache;
import io.parcelport.rest.PercentEncoding;
import io.parcelport.wire.aftership.MetaCode;
import io.parcelport.wire.aftership.Requests;
import io.parcelport.wire.aftership.Tag;
import io.parcelport.wire.aftership.TrackingPage;
import io.parcelport.wire.aftership.Trackings;
import jakarta.json.JsonObject;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * AfterShip's trackings as a {@link ShipmentTracker}.
 *
 * <p>AfterShip addresses a tracking by its id only (reference §2): an operation on a shipment key first finds the id,
 * from the {@link IdCache} or by listing with {@code tracking_numbers} and {@code slug}, and an answer that the id no
 * longer exists (4004, or 404) makes the adapter forget it and look the key up once more, since the tracking may have
 * been deleted and registered again under a new id.
 *
 * <p>Batch calls take one item ({@link BackendLimits#maxBatchSize()} is 1: AfterShip has no batch create), so the use
 * cases fan out; each still answers one outcome per item and refuses a larger batch before sending anything.
 */
final class AfterShipShipments implements ShipmentTracker {
    /** Most tracking numbers in one list filter: not in the reference; the legacy API documented 50. */
    static final int MAX_QUERY_NUMBERS = 50;
    /**
     * One item per call, so the use cases keep this many calls in flight (create allows 20/s: at 2 in flight a 100 ms
     * answer would cap it at 20/s exactly, and any slower one below); the endpoint's own limiter keeps the rate.
     */
    static final int CALLS_IN_FLIGHT = 8;

    private static final Set<RejectionReason> CREATE_OUTCOMES = EnumSet.of(RejectionReason.ALREADY_EXISTS,
            RejectionReason.INVALID_CARRIER, RejectionReason.INVALID_TRACKING_NUMBER, RejectionReason.INVALID_FIELD,
            RejectionReason.CARRIER_NOT_DETECTED);
    private static final Set<RejectionReason> UPDATE_OUTCOMES = EnumSet.of(RejectionReason.NOT_FOUND,
            RejectionReason.INVALID_FIELD, RejectionReason.INVALID_CARRIER, RejectionReason.NOT_ALLOWED);
    private static final Set<RejectionReason> NOT_FOUND = EnumSet.of(RejectionReason.NOT_FOUND);

    private final Gateway gateway;
    private final BackendCapabilities capabilities;
    private final BackendLimits limits;
    private final IdCache ids;

    AfterShipShipments(Gateway gateway, BackendCapabilities capabilities) {
        this.gateway = gateway;
        this.capabilities = capabilities;
        AfterShipConfig config = gateway.config();
        this.limits = new BackendLimits(1, config.pageSize(), MAX_QUERY_NUMBERS, 1,
                Endpoint.RETRACK.documentedPerSecond, Endpoint.LIST.documentedPerSecond, CALLS_IN_FLIGHT);
        this.ids = new IdCache(config.idCacheSize());
    }

    IdCache ids() {
        return ids;
    }

    @Override
    public BackendLimits limits() {
        return limits;
    }

    // ------------------------------------------------------------------ create

    @Override
    public ItemOutcome<Shipment> create(NewShipment shipment) {
        Objects.requireNonNull(shipment, "shipment");
        boolean[] ambiguous = {false};
        Reply reply = gateway.call(Endpoint.CREATE, post("trackings", Requests.create(shipment)), failure -> {
            if (!provablyNotProcessed(failure)) {
                ambiguous[0] = true;
            }
        });
        if (reply.isSuccess()) {
            return ItemOutcome.accepted(remember(read(reply)));
        }
        if (reply.is(MetaCode.TRACKING_ALREADY_EXIST) && ambiguous[0]) {
            // An earlier attempt of this very call may have registered it before its answer was lost.
            Optional<Shipment> found = lookup(shipment.key());
            if (found.isPresent()) {
                return ItemOutcome.acceptedFoundOnRepeat(found.get());
            }
        }
        return reply.rejectedOrThrow(CREATE_OUTCOMES, shipment.key());
    }

    @Override
    public List<ItemOutcome<Shipment>> createAll(List<NewShipment> shipments) {
        checkBatch(shipments, NewShipment::key, "shipments", "ShipmentTracker.createAll");
        return each(shipments, this::create);
    }

    // ------------------------------------------------------------------ read

    @Override
    public Optional<Shipment> find(ShipmentKey key) {
        Objects.requireNonNull(key, "key");
        return byCachedId(key, Map.of()).or(() -> lookup(key));
    }

    @Override
    public Optional<Shipment> find(ShipmentKey key, LanguageCode language) {
        Objects.requireNonNull(key, "key");
        Map<String, String> lang = Map.of("lang", Objects.requireNonNull(language, "language").value());
        Optional<Shipment> cached = byCachedId(key, lang);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<Shipment> listed = lookup(key);
        return listed.flatMap(s -> s.backendId().flatMap(id -> get(key, id, lang))).or(() -> listed);
    }

    // The tracking under the id the cache holds for `key`; empty (and forgotten) when AfterShip no longer has it.
    private Optional<Shipment> byCachedId(ShipmentKey key, Map<String, String> query) {
        return ids.get(key).flatMap(id -> get(key, id, query));
    }

    private Optional<Shipment> get(ShipmentKey key, String id, Map<String, String> query) {
        Reply reply = gateway.call(Endpoint.GET, new HttpTransport.Call("GET", path(id), query, Optional.empty()));
        if (reply.isSuccess()) {
            Shipment shipment = read(reply);
            if (shipment.key().equals(key)) {
                return Optional.of(remember(shipment));
            }
        } else if (reply.reason() != RejectionReason.NOT_FOUND) {
            throw reply.exception();
        }
        ids.forget(key);
        return Optional.empty();
    }

    /** The shipment with {@code key} found by listing, its id remembered; empty when none has that key. */
    Optional<Shipment> lookup(ShipmentKey key) {
        Map<String, String> q = Requests.list(limits.maxPageSize(), Optional.empty(),
                List.of(key.trackingNumber()), Optional.of(key.carrier()), Optional.empty(), Optional.empty(),
                TimeRange.ANY, TimeRange.ANY);
        Reply reply = gateway.call(Endpoint.FIND_BY_KEY, new HttpTransport.Call("GET", "trackings", q, Optional.empty()));
        if (!reply.isSuccess()) {
            throw reply.exception();
        }
        TrackingPage page = gateway.decode(reply, () -> TrackingPage.read(reply.envelope().dataObject("answer"),
                gateway.config().clock().instant(), "answer.data"));
        return page.trackings().stream().filter(s -> s.key().equals(key)).findFirst().map(this::remember);
    }

    // ------------------------------------------------------------------ query

    @Override
    public Page<Shipment> query(ShipmentQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        String op = Endpoint.LIST.operation;
        if (!query.ordered().isUnbounded()) {
            throw capabilities.notOffered(Capability.QUERY_BY_ORDER_TIME);
        }
        if (page.size() > limits.maxPageSize()) {
            throw limitExceeded(op, "page size " + page.size() + " is over the limit of " + limits.maxPageSize());
        }
        if (query.numbers().size() > limits.maxQueryNumbers()) {
            throw limitExceeded(op, query.numbers().size() + " tracking numbers are over the limit of "
                    + limits.maxQueryNumbers());
        }
        if (query.orderIds().size() > limits.maxQueryOrderIds()) {
            throw limitExceeded(op, query.orderIds().size() + " order ids are over AfterShip's one order_id filter");
        }
        if (page.page() > 1 && page.cursor().isEmpty()) {
            throw new InvalidRequestException(BackendException.Failure.of(op), RejectionReason.INVALID_FIELD,
                    "AfterShip pages by cursor only: follow Page.next() instead of asking for page " + page.page());
        }
        Optional<DeliveryStatus> status = query.status();
        // AfterShip never reports "not found" apart from pending (reference §9).
        if (status.filter(s -> s == DeliveryStatus.NOT_FOUND).isPresent()) {
            return Page.withCursor(List.of(), page, Optional.empty());
        }
        // Two tags read as out-for-delivery, and one tag filter names one tag: that status is filtered here.
        boolean filterHere = status.filter(s -> s == DeliveryStatus.OUT_FOR_DELIVERY).isPresent();
        Optional<Tag> tag = filterHere ? Optional.empty() : status.map(s -> Tag.of(s, Optional.empty()));
        Map<String, String> q = Requests.list(page.size(), page.cursor(), query.numbers(), Optional.empty(),
                query.orderIds().stream().findFirst(), tag, query.created(), query.updated());
        Reply reply = gateway.call(Endpoint.LIST, new HttpTransport.Call("GET", "trackings", q, Optional.empty()));
        if (!reply.isSuccess()) {
            throw reply.exception();
        }
        TrackingPage read = gateway.decode(reply, () -> TrackingPage.read(reply.envelope().dataObject("answer"),
                gateway.config().clock().instant(), "answer.data"));
        List<Shipment> items = new ArrayList<>();
        for (Shipment s : read.trackings()) {
            remember(s);
            // The archive flag is a custom field AfterShip cannot filter on: it is filtered here, as that status is.
            boolean archivedMatches = switch (query.archived()) {
                case ARCHIVED_ONLY -> s.isArchived();
                case ACTIVE_ONLY -> !s.isArchived();
                case EITHER -> true;
            };
            if ((status.isEmpty() || s.deliveryStatus() == status.get()) && archivedMatches) {
                items.add(s);
            }
        }
        if (items.size() > page.size()) {
            // Cutting the page would lose the rest for good, since the cursor continues after what was sent.
            throw new BackendUnavailableException(reply.failure(), "AfterShip answered " + items.size()
                    + " trackings to a page of " + page.size() + " (limit ignored)");
        }
        return Page.withCursor(items, page, read.nextCursor());
    }

    // ------------------------------------------------------------------ update

    @Override
    public ItemOutcome<Shipment> update(ShipmentKey key, ShipmentChanges changes) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(changes, "changes");
        boolean details = Requests.hasDetails(changes);
        if (details) {
            capabilities.require(Capability.UPDATE_DETAILS);
        }
        if (changes.status().isPresent()) {
            capabilities.require(Capability.MANUAL_STATUS);
        }
        if (changes.archived().isPresent()) {
            capabilities.require(Capability.UPDATE_DETAILS);
        }
        return withId(key, (id, current) -> {
            Optional<Shipment> result = Optional.empty();
            if (details) {
                Shipment now = current.orElse(null);
                if (now == null && (changes.customerName().isPresent() || changes.customerEmails().isPresent()
                        || changes.customerPhone().isPresent())) {
                    now = get(key, id, Map.of()).orElse(null);
                    if (now == null) {
                        return null;
                    }
                }
                var body = Requests.update(changes, Optional.ofNullable(now).flatMap(Shipment::customerName),
                        now == null ? List.of() : now.customerEmails(),
                        Optional.ofNullable(now).flatMap(Shipment::customerPhone));
                Reply reply = gateway.call(Endpoint.UPDATE, put(path(id), body));
                if (!reply.isSuccess()) {
                    return refusal(reply, key, UPDATE_OUTCOMES);
                }
                result = Optional.of(remember(read(reply)));
            }
            if (changes.archived().isPresent()) {
                // AfterShip has no archive: the flag lives in a custom field of the tracking (Requests.ARCHIVED_FIELD).
                Reply reply = gateway.call(Endpoint.UPDATE, put(path(id), Requests.archive(changes.archived().get())));
                if (!reply.isSuccess()) {
                    return refusal(reply, key, UPDATE_OUTCOMES);
                }
                result = Optional.of(remember(read(reply)));
            }
            if (changes.status().isPresent()) {
                // Mark-as-completed is AfterShip's manual status: DELIVERED, or LOST for an exception (the writer's
                // Exception_013); the one way back to the carrier's status is a retrack (§2.6, §2.7).
                Reply reply = switch (changes.status().get()) {
                    case MARK_DELIVERED -> gateway.call(Endpoint.MARK_COMPLETED, post(path(id)
                            + "/mark-as-completed", Requests.complete(Requests.CompletionReason.DELIVERED)));
                    case MARK_EXCEPTION -> gateway.call(Endpoint.MARK_COMPLETED, post(path(id)
                            + "/mark-as-completed", Requests.complete(Requests.CompletionReason.LOST)));
                    case REVERT_TO_CARRIER -> gateway.call(Endpoint.RETRACK, new HttpTransport.Call("POST",
                            path(id) + "/retrack", Map.of(), Optional.empty()));
                };
                if (!reply.isSuccess()) {
                    return refusal(reply, key, UPDATE_OUTCOMES);
                }
                result = Optional.of(remember(read(reply)));
            }
            return ItemOutcome.accepted(result.orElseThrow());
        });
    }

    @Override
    public List<ItemOutcome<Shipment>> updateAll(List<ShipmentUpdate> updates) {
        checkBatch(updates, ShipmentUpdate::key, "updates", "ShipmentTracker.updateAll");
        return each(updates, u -> update(u.key(), u.changes()));
    }

    @Override
    public ItemOutcome<Shipment> changeCarrier(ShipmentKey key, CarrierCode newCarrier) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(newCarrier, "newCarrier");
        capabilities.require(Capability.CHANGE_CARRIER);
        ShipmentKey target = new ShipmentKey(newCarrier, key.trackingNumber());
        if (target.equals(key)) {
            return find(key).<ItemOutcome<Shipment>>map(ItemOutcome::accepted)
                    .orElseGet(() -> ItemOutcome.rejected(RejectionReason.NOT_FOUND, key + ": not registered"));
        }
        return withId(key, (id, current) -> {
            if (lookup(target).isPresent()) {
                return ItemOutcome.rejected(RejectionReason.ALREADY_EXISTS, target + ": already registered");
            }
            Reply reply = gateway.call(Endpoint.CHANGE_CARRIER, put(path(id), Requests.changeSlug(newCarrier)));
            if (!reply.isSuccess()) {
                return refusal(reply, key, EnumSet.of(RejectionReason.NOT_FOUND, RejectionReason.ALREADY_EXISTS,
                        RejectionReason.INVALID_CARRIER, RejectionReason.INVALID_FIELD));
            }
            ids.forget(key);
            return ItemOutcome.accepted(remember(read(reply)));
        });
    }

    // ------------------------------------------------------------------ delete, retrack

    @Override
    public ItemOutcome<ShipmentKey> delete(ShipmentKey key) {
        Objects.requireNonNull(key, "key");
        capabilities.require(Capability.DELETE);
        return withId(key, (id, current) -> {
            Reply reply = gateway.call(Endpoint.DELETE, new HttpTransport.Call("DELETE", path(id), Map.of(),
                    Optional.empty()));
            if (!reply.isSuccess()) {
                return refusal(reply, key, NOT_FOUND);
            }
            ids.forget(key);
            return ItemOutcome.accepted(key);
        });
    }

    @Override
    public List<ItemOutcome<ShipmentKey>> deleteAll(List<ShipmentKey> keys) {
        capabilities.require(Capability.DELETE);
        checkBatch(keys, Function.identity(), "keys", "ShipmentTracker.deleteAll");
        return each(keys, this::delete);
    }

    /** Restarts tracking an inactive shipment (reference §2.6); no port carries it. */
    ItemOutcome<Shipment> retrack(ShipmentKey key) {
        Objects.requireNonNull(key, "key");
        return withId(key, (id, current) -> {
            Reply reply = gateway.call(Endpoint.RETRACK, new HttpTransport.Call("POST", path(id) + "/retrack",
                    Map.of(), Optional.empty()));
            if (!reply.isSuccess()) {
                return refusal(reply, key, EnumSet.of(RejectionReason.NOT_FOUND, RejectionReason.NOT_ALLOWED));
            }
            return ItemOutcome.accepted(remember(read(reply)));
        });
    }

    @Override
    public List<ItemOutcome<ShipmentKey>> stopRefreshing(List<ShipmentKey> keys) {
        throw capabilities.notOffered(Capability.STOP_REFRESHING);
    }

    @Override
    public ItemOutcome<Shipment> trackNow(NewShipment shipment) {
        throw capabilities.notOffered(Capability.TRACK_NOW);
    }

    // ------------------------------------------------------------------ helpers

    /** What an operation does once it has the tracking's id (and the tracking, when the lookup read it). */
    @FunctionalInterface
    private interface WithId<T> {
        /** The outcome, or null when the id turned out stale (the caller looks the key up once more). */
        ItemOutcome<T> apply(String id, Optional<Shipment> current);
    }

    // Runs `action` with the key's id: the cached one first; when AfterShip answers that it no longer exists, the
    // one a fresh lookup finds; NOT_FOUND when the key is not registered.
    private <T> ItemOutcome<T> withId(ShipmentKey key, WithId<T> action) {
        Optional<String> cached = ids.get(key);
        if (cached.isPresent()) {
            ItemOutcome<T> outcome = action.apply(cached.get(), Optional.empty());
            if (outcome != null) {
                return outcome;
            }
            ids.forget(key);
        }
        Optional<Shipment> found = lookup(key);
        if (found.isEmpty() || found.get().backendId().isEmpty()) {
            return ItemOutcome.rejected(RejectionReason.NOT_FOUND, key + ": not registered with AfterShip");
        }
        ItemOutcome<T> outcome = action.apply(found.get().backendId().get(), found);
        if (outcome == null) {
            ids.forget(key);
            return ItemOutcome.rejected(RejectionReason.NOT_FOUND, key + ": deleted while it was being changed");
        }
        return outcome;
    }

    // A refusal as the outcome; null for "this id does not exist" so that withId can look the key up again.
    private <T> ItemOutcome<T> refusal(Reply reply, ShipmentKey key, Set<RejectionReason> outcomes) {
        if (reply.reason() == RejectionReason.NOT_FOUND) {
            return null;
        }
        return reply.rejectedOrThrow(outcomes, key);
    }

    private Shipment read(Reply reply) {
        return gateway.decode(reply, () -> Trackings.read(reply.envelope().dataObject("answer"),
                gateway.config().clock().instant(), "answer.data"));
    }

    private Shipment remember(Shipment shipment) {
        shipment.backendId().ifPresent(id -> ids.remember(shipment.key(), id));
        return shipment;
    }

    private <T> void checkBatch(List<T> items, Function<T, ShipmentKey> keyOf, String name, String op) {
        DistinctKeys.require(items, keyOf, name);
        if (items.size() > limits.maxBatchSize()) {
            throw limitExceeded(op, items.size() + " items are over AfterShip's " + limits.maxBatchSize()
                    + " per call (it has no batch calls)");
        }
    }

    private static <T, R> List<ItemOutcome<R>> each(List<T> items, Function<T, ItemOutcome<R>> one) {
        List<ItemOutcome<R>> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(one.apply(item));
        }
        return out;
    }

    private static InvalidRequestException limitExceeded(String op, String message) {
        return new InvalidRequestException(BackendException.Failure.of(op), RejectionReason.LIMIT_EXCEEDED, message);
    }

    static boolean provablyNotProcessed(BackendException failure) {
        return failure instanceof RateLimitedException
                || failure instanceof TransportException && failure.getCause() instanceof ConnectException;
    }

    static String path(String id) {
        return "trackings/" + PercentEncoding.encoded(id);
    }

    private static HttpTransport.Call post(String path, JsonObject body) {
        return new HttpTransport.Call("POST", path, Map.of(), Gateway.json(body));
    }

    private static HttpTransport.Call put(String path, JsonObject body) {
        return new HttpTransport.Call("PUT", path, Map.of(), Gateway.json(body));
    }
}
