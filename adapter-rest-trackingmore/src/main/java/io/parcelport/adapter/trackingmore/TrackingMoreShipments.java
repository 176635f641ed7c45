package io.parcelport.adapter.trackingmore;

import static io.parcelport.ports.RejectionReason.ALREADY_EXISTS;
import static io.parcelport.ports.RejectionReason.BACKEND_ERROR;
import static io.parcelport.ports.RejectionReason.CARRIER_NOT_DETECTED;
import static io.parcelport.ports.RejectionReason.INVALID_CARRIER;
import static io.parcelport.ports.RejectionReason.INVALID_FIELD;
import static io.parcelport.ports.RejectionReason.INVALID_TRACKING_NUMBER;
import static io.parcelport.ports.RejectionReason.LIMIT_EXCEEDED;
import static io.parcelport.ports.RejectionReason.NOT_FOUND;
import static io.parcelport.ports.RejectionReason.QUOTA_EXHAUSTED;

import io.parcelport.domain.CarrierCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.ManualStatus;
import io.parcelport.domain.Shipment;
import io.parcelport.domain.ShipmentKey;
import io.parcelport.domain.ShipmentStatus;
import io.parcelport.domain.TrackingNumber;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendLimits;
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
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.TimeRange;
import io.parcelport.ports.out.DistinctKeys;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireBinding;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * {@link io.parcelport.ports.out.ShipmentTracker} over TrackingMore v2. Each method's Javadoc names the endpoint and
 * whether the call is retried (see {@link Endpoint} for why).
 */
final class TrackingMoreShipments implements io.parcelport.ports.out.ShipmentTracker {
    private static final Set<RejectionReason> CREATE_OUTCOMES = EnumSet.of(ALREADY_EXISTS, INVALID_CARRIER,
            INVALID_TRACKING_NUMBER, INVALID_FIELD, CARRIER_NOT_DETECTED);
    private static final Set<RejectionReason> NOT_FOUND_ONLY = EnumSet.of(NOT_FOUND);
    private static final Set<RejectionReason> CHANGE_CARRIER_OUTCOMES = EnumSet.of(NOT_FOUND, ALREADY_EXISTS,
            INVALID_CARRIER);

    private final HttpGateway gateway;
    private final ShipmentMapper mapper;
    private final Clock clock;
    private final BackendLimits limits = BackendLimits.TRACKINGMORE_V2;
    // TrackingMore v2 shows only the status in force: a status set by hand (4 or 7) hides the carrier's, and no
    // field says so. The adapter remembers the overrides it set itself, over the carrier's status it read just
    // before, and puts them back on what it reads while the answer still shows the manual status.
    private final Map<ShipmentKey, ShipmentStatus> overrides = new ConcurrentHashMap<>();

    TrackingMoreShipments(HttpGateway gateway, ShipmentMapper mapper, Clock clock) {
        this.gateway = gateway;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public BackendLimits limits() {
        return limits;
    }

    /** {@code POST /trackings/post}; retried (a repeat answers 4016, {@code ALREADY_EXISTS}). */
    @Override
    public ItemOutcome<Shipment> create(NewShipment shipment) {
        Objects.requireNonNull(shipment, "shipment");
        Reply reply = gateway.call(Endpoint.CREATE, api -> api.create(Requests.create(shipment).toString()));
        if (reply.isSuccess()) {
            return ItemOutcome.accepted(gateway.decode(reply, () -> registered(reply.data(), shipment)));
        }
        return reply.outcome(CREATE_OUTCOMES)
                .<ItemOutcome<Shipment>>map(reason -> ItemOutcome.rejected(reply.rejection(reason, shipment.key())))
                .orElseThrow(reply::failure);
    }

    /**
     * {@code POST /trackings/batch}; retried (repeated items answer 4016). Keys repeated in the input are sent once
     * and the repeats reported {@code ALREADY_EXISTS}; a quota error rejects every item {@code QUOTA_EXHAUSTED}.
     */
    @Override
    public List<ItemOutcome<Shipment>> createAll(List<NewShipment> shipments) {
        DistinctKeys.require(shipments, NewShipment::key, "shipments");
        checkBatch(shipments, Endpoint.CREATE_BATCH);
        Map<ShipmentKey, NewShipment> unique = new LinkedHashMap<>();
        shipments.forEach(s -> unique.putIfAbsent(Objects.requireNonNull(s, "shipment").key(), s));
        if (unique.isEmpty()) {
            return List.of();
        }
        String body = Requests.array(unique.values().stream().map(Requests::create).toList());
        Reply reply = gateway.call(Endpoint.CREATE_BATCH, api -> api.createBatch(body));
        Map<ShipmentKey, ItemOutcome<Shipment>> outcomes = new LinkedHashMap<>();
        if (reply.isSuccess()) {
            BatchReport report = gateway.decode(reply, () -> BatchReport.read(reply.data(), "added"));
            for (NewShipment s : unique.values()) {
                outcomes.put(s.key(), gateway.decode(reply, () -> createdItem(reply, report, s)));
            }
        } else {
            RejectionReason reason = wholeBatchReason(reply, EnumSet.of(QUOTA_EXHAUSTED, ALREADY_EXISTS,
                    INVALID_CARRIER, INVALID_TRACKING_NUMBER, INVALID_FIELD, CARRIER_NOT_DETECTED));
            unique.keySet().forEach(k -> outcomes.put(k, ItemOutcome.rejected(reply.rejection(reason, k))));
        }
        return inInputOrder(shipments.stream().map(NewShipment::key).toList(), outcomes, ALREADY_EXISTS,
                "registered earlier in this batch");
    }

    private ItemOutcome<Shipment> createdItem(Reply reply, BatchReport report, NewShipment s) {
        Optional<BatchReport.Item> item = report.find(s.key());
        if (item.isEmpty()) {
            return ItemOutcome.rejected(new Rejection(BACKEND_ERROR, s.key()
                    + ": TrackingMore did not report on this item", Optional.of(Integer.toString(reply.metaCode()))));
        }
        if (item.get().code().isPresent()) {
            return ItemOutcome.rejected(itemRejection(s.key(), item.get()));
        }
        return ItemOutcome.accepted(registered(item.get().json(), s));
    }

    // What TrackingMore does not echo (carrier extras, language) is what the caller registered.
    private Shipment registered(JsonValue data, NewShipment request) {
        Shipment shipment = mapper.shipment(data, Optional.of(request.key()), request.language());
        return shipment.toBuilder().carrierExtras(request.carrierExtras()).build();
    }

    /** {@code GET /trackings/{carrier}/{number}}; retried (a read). 4017 and 4031 are empty. */
    @Override
    public Optional<Shipment> find(ShipmentKey key) {
        return find(key, Optional.empty());
    }

    /** {@code GET /trackings/{carrier}/{number}/{lang}}; retried (a read). */
    @Override
    public Optional<Shipment> find(ShipmentKey key, LanguageCode language) {
        return find(key, Optional.of(Objects.requireNonNull(language, "language")));
    }

    private Optional<Shipment> find(ShipmentKey key, Optional<LanguageCode> language) {
        Objects.requireNonNull(key, "key");
        String carrier = key.carrier().value();
        String number = PathValues.number(key, Endpoint.FIND);
        Reply reply = gateway.call(Endpoint.FIND, api -> language.isPresent()
                ? api.get(carrier, number, language.get().value()) : api.get(carrier, number));
        if (reply.isSuccess()) {
            if (reply.data() instanceof JsonArray array && array.isEmpty()) {
                return Optional.empty(); // TrackingMore's [] for "nothing", even with a success code
            }
            return Optional.of(remembered(gateway.decode(reply,
                    () -> mapper.shipment(reply.data(), Optional.of(key), language))));
        }
        if (reply.outcome(NOT_FOUND_ONLY).isPresent()) {
            return Optional.empty();
        }
        throw reply.failure();
    }

    /**
     * {@code GET /trackings/get} with filters as Unix seconds, {@code numbers}/{@code orders} comma-joined and
     * {@code archived} as "true"/"false"; retried (a read); waits on the list limiter (1/s). 4031 is an empty page.
     * The order is TrackingMore's.
     */
    @Override
    public Page<Shipment> query(ShipmentQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        String op = Endpoint.LIST.operation;
        if (page.size() > limits.maxPageSize()) {
            throw limit(op, "page size " + page.size() + " exceeds " + limits.maxPageSize());
        }
        if (query.numbers().size() > limits.maxQueryNumbers()) {
            throw limit(op, query.numbers().size() + " tracking numbers exceed " + limits.maxQueryNumbers());
        }
        if (query.orderIds().size() > limits.maxQueryOrderIds()) {
            throw limit(op, query.orderIds().size() + " order ids exceed " + limits.maxQueryOrderIds());
        }
        for (TrackingNumber n : query.numbers()) {
            if (n.value().contains(",")) {
                // The list filter is comma-separated: a comma inside a number would turn it into two filters.
                throw new InvalidRequestException(BackendException.Failure.of(op), INVALID_TRACKING_NUMBER,
                        "tracking number '" + n + "' contains ',', which TrackingMore's list filter cannot carry");
            }
        }
        String numbers = query.numbers().isEmpty() ? null
                : query.numbers().stream().map(TrackingNumber::value).collect(Collectors.joining(","));
        String orders = query.orderIds().isEmpty() ? null : String.join(",", query.orderIds());
        String archived = switch (query.archived()) {
            case ARCHIVED_ONLY -> "true";
            case ACTIVE_ONLY -> "false";
            case EITHER -> null;
        };
        String status = query.status().map(ShipmentMapper::wireStatus).orElse(null);
        String lang = query.language().map(LanguageCode::value).orElse(null);
        Reply reply = gateway.call(Endpoint.LIST, api -> api.list(page.page(), page.size(), status,
                from(query.created()), to(query.created()), from(query.updated()), to(query.updated()),
                from(query.ordered()), to(query.ordered()), numbers, orders, archived, lang));
        if (reply.isSuccess()) {
            return gateway.decode(reply, () -> page(reply.data(), page, query.language()));
        }
        if (reply.outcome(NOT_FOUND_ONLY).isPresent()) {
            return new Page<>(List.of(), page, 0);
        }
        throw reply.failure();
    }

    private Page<Shipment> page(JsonValue data, PageRequest request, Optional<LanguageCode> language) {
        if (data instanceof JsonArray array && array.isEmpty()) {
            return new Page<>(List.of(), request, 0);
        }
        Wire.ListPage list = WireBinding.bind(WireBinding.object(data, "data"), Wire.ListPage.class, "data");
        List<JsonValue> items = list.items() == null ? List.of() : list.items();
        if (items.size() > request.size()) {
            throw new MalformedAnswerException("data.items", "holds " + items.size() + " items, more than the "
                    + request.size() + " asked for");
        }
        List<Shipment> shipments = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            shipments.add(remembered(mapper.shipment(items.get(i), Optional.empty(), language)));
        }
        long total = Wire.whole(list.total(), "data.total")
                .orElse(list.count() != null ? list.count() : shipments.size());
        // A total below what this page proves to exist would make Page.hasNext() lie; trust the items.
        total = Math.max(total, request.offset() + shipments.size());
        return new Page<>(shipments, request, total);
    }

    private static Long from(TimeRange range) {
        return range.from().map(Instant::getEpochSecond).orElse(null);
    }

    private static Long to(TimeRange range) {
        return range.to().map(Instant::getEpochSecond).orElse(null);
    }

    /**
     * {@code PUT /trackings/{carrier}/{number}}; retried (setting values twice ends in the same state). A status
     * command is sent as 4, 7 or 8 and, for 4 and 7, recorded as a manual override on the returned status.
     */
    @Override
    public ItemOutcome<Shipment> update(ShipmentKey key, ShipmentChanges changes) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(changes, "changes");
        // Checked before the call: inside the request the refusal would be taken for a transport failure.
        String number = PathValues.number(key, Endpoint.UPDATE);
        Optional<ShipmentStatus> before = statusBeforeOverride(key, changes);
        String body = Requests.changes(changes).toString();
        Reply reply = gateway.call(Endpoint.UPDATE, api -> api.update(key.carrier().value(), number, body));
        if (reply.isSuccess()) {
            if (reply.data() instanceof JsonObject) {
                return ItemOutcome.accepted(gateway.decode(reply,
                        () -> withCommand(mapper.shipment(reply.data(), Optional.of(key), Optional.empty()), changes,
                                before)));
            }
            // Only part of the PUT answer is documented; when it carries no tracking, read the shipment back.
            return find(key).map(s -> ItemOutcome.accepted(withCommand(s, changes, before)))
                    .orElseGet(() -> ItemOutcome.rejected(NOT_FOUND, key + ": not found after the update"));
        }
        return reply.outcome(NOT_FOUND_ONLY)
                .<ItemOutcome<Shipment>>map(reason -> ItemOutcome.rejected(reply.rejection(reason, key)))
                .orElseThrow(reply::failure);
    }

    private Shipment withCommand(Shipment shipment, ShipmentChanges changes, Optional<ShipmentStatus> before) {
        if (changes.status().isEmpty()) {
            return remembered(shipment);
        }
        Optional<ManualStatus> manual = changes.status().flatMap(StatusCommand::manualStatus);
        if (manual.isEmpty()) {
            overrides.remove(shipment.key()); // reverted: the answer shows the carrier's status again
            return shipment;
        }
        ShipmentStatus base = before.orElse(shipment.status());
        ShipmentStatus overridden = base.override(manual.get(), clock.instant()).status();
        overrides.put(shipment.key(), overridden);
        return shipment.toBuilder().status(overridden).build();
    }

    // The carrier's status under a manual one about to be set: read now, since the answer to the change will not
    // show it. A free read, made only for status commands 4 and 7.
    private Optional<ShipmentStatus> statusBeforeOverride(ShipmentKey key, ShipmentChanges changes) {
        if (changes.status().flatMap(StatusCommand::manualStatus).isEmpty()) {
            return Optional.empty();
        }
        return find(key).map(Shipment::status);
    }

    private Shipment remembered(Shipment shipment) {
        ShipmentStatus known = overrides.get(shipment.key());
        if (known == null) {
            return shipment;
        }
        if (shipment.deliveryStatus() != known.effective()) {
            overrides.remove(shipment.key(), known); // changed elsewhere: what the answer says is what holds
            return shipment;
        }
        return shipment.toBuilder().status(known).build();
    }

    /**
     * {@code POST /trackings/updatemore}; retried (as update). Its answer is undocumented: items it reports are
     * read from it, items it does not report are read back one by one ({@code NOT_FOUND} when gone).
     */
    @Override
    public List<ItemOutcome<Shipment>> updateAll(List<ShipmentUpdate> updates) {
        DistinctKeys.require(updates, ShipmentUpdate::key, "updates");
        checkBatch(updates, Endpoint.UPDATE_BATCH);
        if (updates.isEmpty()) {
            return List.of();
        }
        Map<ShipmentKey, Optional<ShipmentStatus>> before = new HashMap<>();
        for (ShipmentUpdate u : updates) {
            Objects.requireNonNull(u, "update");
            if (!before.containsKey(u.key())) {
                before.put(u.key(), statusBeforeOverride(u.key(), u.changes()));
            }
        }
        String body = Requests.array(updates.stream()
                .map(u -> Requests.keyedChanges(u.key(), u.changes())).toList());
        Reply reply = gateway.call(Endpoint.UPDATE_BATCH, api -> api.updateBatch(body));
        List<ItemOutcome<Shipment>> out = new ArrayList<>();
        if (!reply.isSuccess()) {
            RejectionReason reason = wholeBatchReason(reply, EnumSet.of(NOT_FOUND, INVALID_FIELD));
            updates.forEach(u -> out.add(ItemOutcome.rejected(reply.rejection(reason, u.key()))));
            return out;
        }
        BatchReport report = gateway.decode(reply, () -> BatchReport.read(reply.data(), "change"));
        for (ShipmentUpdate u : updates) {
            Optional<BatchReport.Item> item = report.find(u.key());
            if (item.isPresent() && item.get().code().isPresent()) {
                out.add(ItemOutcome.rejected(itemRejection(u.key(), item.get())));
            } else if (item.isPresent() && item.get().json() instanceof JsonObject json
                    && json.containsKey("created_at")) {
                out.add(ItemOutcome.accepted(gateway.decode(reply,
                        () -> withCommand(mapper.shipment(json, Optional.of(u.key()), Optional.empty()), u.changes(),
                                before.get(u.key())))));
            } else {
                out.add(find(u.key()).map(s -> ItemOutcome.accepted(withCommand(s, u.changes(), before.get(u.key()))))
                        .orElseGet(() -> ItemOutcome.rejected(NOT_FOUND, u.key() + ": not registered")));
            }
        }
        return out;
    }

    /** {@code DELETE /trackings/{carrier}/{number}}; retried (a repeat can only find it gone). */
    @Override
    public ItemOutcome<ShipmentKey> delete(ShipmentKey key) {
        Objects.requireNonNull(key, "key");
        String number = PathValues.number(key, Endpoint.DELETE);
        Reply reply = gateway.call(Endpoint.DELETE, api -> api.delete(key.carrier().value(), number));
        if (reply.isSuccess()) {
            overrides.remove(key);
            return ItemOutcome.accepted(key);
        }
        return reply.outcome(NOT_FOUND_ONLY)
                .<ItemOutcome<ShipmentKey>>map(reason -> ItemOutcome.rejected(reply.rejection(reason, key)))
                .orElseThrow(reply::failure);
    }

    /** {@code POST /trackings/delete}; retried (as delete). Repeated keys are sent once, the repeats {@code NOT_FOUND}. */
    @Override
    public List<ItemOutcome<ShipmentKey>> deleteAll(List<ShipmentKey> keys) {
        DistinctKeys.require(keys, key -> key, "keys");
        return keyBatch(keys, Endpoint.DELETE_BATCH, "delete", NOT_FOUND, "deleted earlier in this batch");
    }

    /**
     * {@code POST /trackings/update} with {@code update_carrier_code}, then a read of the shipment under its new
     * key; <b>not</b> retried after an ambiguous failure (a repeat of a change that happened answers 4017).
     */
    @Override
    public ItemOutcome<Shipment> changeCarrier(ShipmentKey key, CarrierCode newCarrier) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(newCarrier, "newCarrier");
        String body = Requests.key(key).add("update_carrier_code", newCarrier.value()).build().toString();
        Reply reply = gateway.call(Endpoint.CHANGE_CARRIER, api -> api.changeCarrier(body));
        if (reply.isSuccess()) {
            ShipmentKey moved = new ShipmentKey(newCarrier, key.trackingNumber());
            overrides.remove(key);
            // The answer is only {"Usertag":""}; the shipment itself has to be read under its new key.
            return ItemOutcome.accepted(find(moved).orElseGet(
                    () -> Shipment.builder().key(moved).createdAt(clock.instant()).build()));
        }
        return reply.outcome(CHANGE_CARRIER_OUTCOMES)
                .<ItemOutcome<Shipment>>map(reason -> ItemOutcome.rejected(reply.rejection(reason, key)))
                .orElseThrow(reply::failure);
    }

    /** {@code POST /trackings/notupdate}; retried (stopping twice is stopping). */
    @Override
    public List<ItemOutcome<ShipmentKey>> stopRefreshing(List<ShipmentKey> keys) {
        DistinctKeys.require(keys, key -> key, "keys");
        return keyBatch(keys, Endpoint.STOP_REFRESHING, "change", null, null);
    }

    private List<ItemOutcome<ShipmentKey>> keyBatch(List<ShipmentKey> keys, Endpoint endpoint, String doneField,
            RejectionReason repeatReason, String repeatText) {
        checkBatch(keys, endpoint);
        List<ShipmentKey> unique = keys.stream().map(k -> Objects.requireNonNull(k, "key")).distinct().toList();
        if (unique.isEmpty()) {
            return List.of();
        }
        Reply reply = gateway.call(endpoint, api -> endpoint == Endpoint.DELETE_BATCH
                ? api.deleteBatch(Requests.keys(unique)) : api.notUpdate(Requests.keys(unique)));
        Map<ShipmentKey, ItemOutcome<ShipmentKey>> outcomes = new LinkedHashMap<>();
        if (reply.isSuccess()) {
            BatchReport report = gateway.decode(reply, () -> BatchReport.read(reply.data(), doneField));
            for (ShipmentKey k : unique) {
                Optional<BatchReport.Item> item = report.find(k);
                if (item.isPresent() && item.get().code().isPresent()) {
                    outcomes.put(k, ItemOutcome.rejected(itemRejection(k, item.get())));
                } else if (item.isPresent() || report.allDone()) {
                    outcomes.put(k, ItemOutcome.accepted(k));
                } else {
                    outcomes.put(k, ItemOutcome.rejected(new Rejection(BACKEND_ERROR,
                            k + ": TrackingMore did not report on this item", Optional.empty())));
                }
            }
        } else {
            RejectionReason reason = wholeBatchReason(reply, EnumSet.of(NOT_FOUND));
            unique.forEach(k -> outcomes.put(k, ItemOutcome.rejected(reply.rejection(reason, k))));
        }
        if (endpoint == Endpoint.DELETE_BATCH) {
            outcomes.forEach((k, o) -> o.value().ifPresent(overrides::remove));
        }
        if (repeatReason == null) {
            return keys.stream().map(outcomes::get).toList();
        }
        return inInputOrder(keys, outcomes, repeatReason, repeatText);
    }

    /**
     * {@code POST /trackings/realtime}; retried (it registers idempotently and reads), each attempt waiting on the
     * real-time limiter (3/s); callers wait for a slot up to the configured bound, then get
     * {@code RateLimitedException}.
     */
    @Override
    public ItemOutcome<Shipment> trackNow(NewShipment shipment) {
        Objects.requireNonNull(shipment, "shipment");
        String body = Requests.realtime(shipment).toString();
        Reply reply = gateway.call(Endpoint.REALTIME, api -> api.realtime(body));
        if (reply.isSuccess()) {
            return ItemOutcome.accepted(gateway.decode(reply, () -> realtimeItem(reply.data(), shipment)));
        }
        return reply.outcome(CREATE_OUTCOMES)
                .filter(r -> r != ALREADY_EXISTS)
                .<ItemOutcome<Shipment>>map(reason -> ItemOutcome.rejected(reply.rejection(reason, shipment.key())))
                .orElseThrow(reply::failure);
    }

    // data.items is an array even for one number (reference §8.6); take the item for our key.
    private Shipment realtimeItem(JsonValue data, NewShipment request) {
        JsonValue items = WireBinding.object(data, "data").get("items");
        if (!(items instanceof JsonArray array) || array.isEmpty()) {
            throw new MalformedAnswerException("data.items", "is missing or empty");
        }
        JsonValue chosen = array.get(0);
        for (JsonValue item : array) {
            if (item instanceof JsonObject o && request.key().trackingNumber().value()
                    .equalsIgnoreCase(Wire.text(o.get("tracking_number")).orElse(""))) {
                chosen = item;
                break;
            }
        }
        return remembered(registered(chosen, request));
    }

    // ---- shared helpers ----

    private <T> void checkBatch(List<T> items, Endpoint endpoint) {
        Objects.requireNonNull(items, "items");
        if (items.size() > limits.maxBatchSize()) {
            throw limit(endpoint.operation, items.size() + " items exceed the batch limit of "
                    + limits.maxBatchSize() + "; nothing was sent");
        }
    }

    private static InvalidRequestException limit(String operation, String message) {
        return new InvalidRequestException(BackendException.Failure.of(operation), LIMIT_EXCEEDED, message);
    }

    private static Rejection itemRejection(ShipmentKey key, BatchReport.Item item) {
        int code = item.code().orElse(0);
        return new Rejection(MetaCodes.reason(code), key + ": TrackingMore refused the item with code " + code
                + (item.message().isEmpty() ? "" : " (" + item.message() + ")"), Optional.of(Integer.toString(code)));
    }

    // A whole many-item call refused with an item-level code: when the code is one an item can have, it applies to
    // every item (TrackingMore answers a batch in which every item failed the same way like this); otherwise throw.
    private static RejectionReason wholeBatchReason(Reply reply, Set<RejectionReason> itemReasons) {
        return reply.outcome(itemReasons).orElseThrow(reply::failure);
    }

    private static <T> List<ItemOutcome<T>> inInputOrder(List<ShipmentKey> keys,
            Map<ShipmentKey, ItemOutcome<T>> outcomes, RejectionReason repeatReason, String repeatText) {
        Set<ShipmentKey> seen = new HashSet<>();
        List<ItemOutcome<T>> out = new ArrayList<>(keys.size());
        for (ShipmentKey k : keys) {
            ItemOutcome<T> first = outcomes.get(k);
            // A repeat is "done earlier in this batch" only when the first one was done; a refused first one was
            // not, so the repeat gets the same refusal.
            out.add(seen.add(k) || !first.isAccepted() ? first
                    : ItemOutcome.rejected(repeatReason, k + ": " + repeatText));
        }
        return out;
    }

}
