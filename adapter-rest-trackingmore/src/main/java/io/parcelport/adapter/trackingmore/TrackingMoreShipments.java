package io.parcelport.adapter.trackingmore;

import java.lang.System.Logger.Level;
import static io.parcelport.ports.RejectionReason.ALREADY_EXISTS;
import static io.parcelport.ports.RejectionReason.CARRIER_NOT_DETECTED;
import static io.parcelport.ports.RejectionReason.INVALID_CARRIER;
import static io.parcelport.ports.RejectionReason.INVALID_FIELD;
import static io.parcelport.ports.RejectionReason.INVALID_TRACKING_NUMBER;
import static io.parcelport.ports.RejectionReason.NOT_FOUND;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.BackendLimits;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireBinding;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link io.parcelport.ports.out.ShipmentTracker} over TrackingMore v2: the single calls here, the reads in
 * {@link ShipmentReads}, the many-item calls in {@link ShipmentBatches}. Each method's Javadoc names the endpoint and
 * whether the call is retried (see {@link Endpoint} for why).
 */
final class TrackingMoreShipments implements io.parcelport.ports.out.ShipmentTracker {
    private static final System.Logger LOG = System.getLogger(TrackingMoreShipments.class.getName());
    private static final Set<RejectionReason> CREATE_OUTCOMES = EnumSet.of(ALREADY_EXISTS, INVALID_CARRIER,
            INVALID_TRACKING_NUMBER, INVALID_FIELD, CARRIER_NOT_DETECTED);
    private static final Set<RejectionReason> NOT_FOUND_ONLY = EnumSet.of(NOT_FOUND);
    private static final Set<RejectionReason> CHANGE_CARRIER_OUTCOMES = EnumSet.of(NOT_FOUND, ALREADY_EXISTS,
            INVALID_CARRIER);

    private final HttpGateway gateway;
    private final Clock clock;
    private final BackendLimits limits = BackendLimits.TRACKINGMORE_V2;
    private final ManualOverrides overrides;
    private final ShipmentReads reads;
    private final ShipmentBatches batches;

    TrackingMoreShipments(HttpGateway gateway, ShipmentMapper mapper, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
        this.overrides = new ManualOverrides(clock);
        ShipmentCalls calls = new ShipmentCalls(gateway, overrides, limits);
        this.reads = new ShipmentReads(calls, mapper);
        this.batches = new ShipmentBatches(calls, reads);
    }

    @Override
    public BackendLimits limits() {
        return limits;
    }

    /**
     * {@code POST /trackings/post}; retried (a repeat answers 4016, {@code ALREADY_EXISTS}). A 4016 answered to a
     * repeat after an ambiguous failure is read back and accepted, {@link ItemOutcome#foundOnRepeat() found on
     * repeat} ({@link RepeatedCreates}).
     */
    @Override
    public ItemOutcome<Shipment> create(NewShipment shipment) {
        Objects.requireNonNull(shipment, "shipment");
        RepeatedCreates attempts = new RepeatedCreates(reads);
        Reply reply = gateway.call(Endpoint.CREATE, api -> api.create(Requests.create(shipment).toString()),
                attempts);
        if (reply.isSuccess()) {
            return ItemOutcome.accepted(gateway.decode(reply, () -> reads.registered(reply.data(), shipment)));
        }
        return attempts.resolve(shipment, reply.rejectedOrThrow(CREATE_OUTCOMES, shipment.key()));
    }

    /**
     * {@code POST /trackings/batch}; retried (repeated items answer 4016, resolved as for {@link #create}). A key named twice is refused before
     * anything is sent ({@link io.parcelport.ports.out.DistinctKeys}); a quota error rejects every item {@code QUOTA_EXHAUSTED}.
     */
    @Override
    public List<ItemOutcome<Shipment>> createAll(List<NewShipment> shipments) {
        return batches.createAll(shipments);
    }

    /** {@code GET /trackings/{carrier}/{number}}; retried (a read). 4017 and 4031 are empty. */
    @Override
    public Optional<Shipment> find(ShipmentKey key) {
        return reads.find(key, Optional.empty());
    }

    /** {@code GET /trackings/{carrier}/{number}/{lang}}; retried (a read). */
    @Override
    public Optional<Shipment> find(ShipmentKey key, LanguageCode language) {
        return reads.find(key, Optional.of(Objects.requireNonNull(language, "language")));
    }

    /**
     * {@code GET /trackings/get} with filters as Unix seconds, {@code numbers}/{@code orders} comma-joined and
     * {@code archived} as "true"/"false"; retried (a read); waits on the list limiter (1/s). 4031 is an empty page.
     * The order is TrackingMore's.
     */
    @Override
    public Page<Shipment> query(ShipmentQuery query, PageRequest page) {
        return reads.query(query, page);
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
        Optional<ShipmentStatus> before = reads.statusBeforeOverride(key, changes);
        String body = Requests.changes(changes).toString();
        Reply reply = gateway.call(Endpoint.UPDATE, api -> api.update(key.carrier().value(), number, body));
        if (reply.isSuccess()) {
            if (reply.data() instanceof JsonObject) {
                return ItemOutcome.accepted(gateway.decode(reply,
                        () -> reads.updated(reply.data(), key, changes, before)));
            }
            // Only part of the PUT answer is documented; when it carries no tracking, read the shipment back.
            return reads.find(key).map(s -> ItemOutcome.accepted(overrides.withCommand(s, changes, before)))
                    .orElseGet(() -> ItemOutcome.rejected(NOT_FOUND, key + ": not found after the update"));
        }
        return reply.rejectedOrThrow(NOT_FOUND_ONLY, key);
    }

    /**
     * {@code POST /trackings/updatemore}; retried (as update). Its answer is undocumented: items it reports are
     * read from it, items it does not report are read back one by one ({@code NOT_FOUND} when gone).
     */
    @Override
    public List<ItemOutcome<Shipment>> updateAll(List<ShipmentUpdate> updates) {
        return batches.updateAll(updates);
    }

    /** {@code DELETE /trackings/{carrier}/{number}}; retried (a repeat can only find it gone). */
    @Override
    public ItemOutcome<ShipmentKey> delete(ShipmentKey key) {
        Objects.requireNonNull(key, "key");
        String number = PathValues.number(key, Endpoint.DELETE);
        Reply reply = gateway.call(Endpoint.DELETE, api -> api.delete(key.carrier().value(), number));
        if (reply.isSuccess()) {
            overrides.forget(key);
            return ItemOutcome.accepted(key);
        }
        return reply.rejectedOrThrow(NOT_FOUND_ONLY, key);
    }

    /** {@code POST /trackings/delete}; retried (as delete). A key named twice is refused before anything is sent. */
    @Override
    public List<ItemOutcome<ShipmentKey>> deleteAll(List<ShipmentKey> keys) {
        return batches.keyBatch(keys, Endpoint.DELETE_BATCH, "delete");
    }

    /**
     * {@code POST /trackings/update} with {@code update_carrier_code}; <b>not</b> retried after an ambiguous failure
     * (a repeat of a change that happened answers 4017). Then a separate read of the shipment under its new key,
     * paced and retried as a read of its own: when that read fails, the change still happened, so the outcome is
     * accepted with only the new key rather than a failure that would make a caller send the change again.
     */
    @Override
    public ItemOutcome<Shipment> changeCarrier(ShipmentKey key, CarrierCode newCarrier) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(newCarrier, "newCarrier");
        String body = Requests.key(key).add("update_carrier_code", newCarrier.value()).build().toString();
        Reply reply = gateway.call(Endpoint.CHANGE_CARRIER, api -> api.changeCarrier(body));
        if (reply.isSuccess()) {
            overrides.forget(key);
            // The answer is only {"Usertag":""}; the shipment itself has to be read under its new key.
            return ItemOutcome.accepted(readBack(new ShipmentKey(newCarrier, key.trackingNumber())));
        }
        return reply.rejectedOrThrow(CHANGE_CARRIER_OUTCOMES, key);
    }

    private Shipment readBack(ShipmentKey moved) {
        Optional<Shipment> read;
        try {
            read = reads.find(moved);
        } catch (BackendException e) {
            LOG.log(Level.DEBUG, () -> "carrier changed to " + moved + "; reading it back failed ("
                    + e.getClass().getSimpleName() + ")");
            read = Optional.empty();
        }
        return read.orElseGet(() -> Shipment.builder().key(moved).createdAt(clock.instant()).build());
    }

    /** {@code POST /trackings/notupdate}; retried (stopping twice is stopping). */
    @Override
    public List<ItemOutcome<ShipmentKey>> stopRefreshing(List<ShipmentKey> keys) {
        return batches.keyBatch(keys, Endpoint.STOP_REFRESHING, "change");
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
        return overrides.remembered(reads.registered(chosen, request));
    }
}
