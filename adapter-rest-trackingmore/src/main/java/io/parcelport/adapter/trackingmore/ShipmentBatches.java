package io.parcelport.adapter.trackingmore;

import static io.parcelport.ports.RejectionReason.ALREADY_EXISTS;
import static io.parcelport.ports.RejectionReason.BACKEND_ERROR;
import static io.parcelport.ports.RejectionReason.CARRIER_NOT_DETECTED;
import static io.parcelport.ports.RejectionReason.INVALID_CARRIER;
import static io.parcelport.ports.RejectionReason.INVALID_FIELD;
import static io.parcelport.ports.RejectionReason.INVALID_TRACKING_NUMBER;
import static io.parcelport.ports.RejectionReason.NOT_FOUND;
import static io.parcelport.ports.RejectionReason.QUOTA_EXHAUSTED;

import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.out.DistinctKeys;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The many-item calls of {@link TrackingMoreShipments}: one request per batch, one outcome per item. */
final class ShipmentBatches {
    private final ShipmentCalls calls;
    private final ShipmentReads reads;

    ShipmentBatches(ShipmentCalls calls, ShipmentReads reads) {
        this.calls = calls;
        this.reads = reads;
    }

    /** See {@link TrackingMoreShipments#createAll}. */
    List<ItemOutcome<Shipment>> createAll(List<NewShipment> shipments) {
        checkBatch(shipments, NewShipment::key, Endpoint.CREATE_BATCH);
        if (shipments.isEmpty()) {
            return List.of();
        }
        String body = Requests.array(shipments.stream().map(Requests::create).toList());
        RepeatedCreates attempts = new RepeatedCreates(reads);
        Reply reply = calls.gateway().call(Endpoint.CREATE_BATCH, api -> api.createBatch(body), attempts);
        Map<ShipmentKey, ItemOutcome<Shipment>> outcomes = new LinkedHashMap<>();
        if (reply.isSuccess()) {
            BatchReport report = calls.gateway().decode(reply, () -> BatchReport.read(reply.data(), "added"));
            for (NewShipment s : shipments) {
                outcomes.put(s.key(), calls.gateway().decode(reply, () -> createdItem(reply, report, s)));
            }
        } else {
            RejectionReason reason = wholeBatchReason(reply, EnumSet.of(QUOTA_EXHAUSTED, ALREADY_EXISTS,
                    INVALID_CARRIER, INVALID_TRACKING_NUMBER, INVALID_FIELD, CARRIER_NOT_DETECTED));
            shipments.forEach(s -> outcomes.put(s.key(), ItemOutcome.rejected(reply.rejection(reason, s.key()))));
        }
        return attempts.resolve(shipments, shipments.stream().map(s -> outcomes.get(s.key())).toList());
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
        return ItemOutcome.accepted(reads.registered(item.get().json(), s));
    }

    /** See {@link TrackingMoreShipments#updateAll}. */
    List<ItemOutcome<Shipment>> updateAll(List<ShipmentUpdate> updates) {
        checkBatch(updates, ShipmentUpdate::key, Endpoint.UPDATE_BATCH);
        if (updates.isEmpty()) {
            return List.of();
        }
        Map<ShipmentKey, Optional<ShipmentStatus>> before = new HashMap<>();
        updates.forEach(u -> before.put(u.key(), reads.statusBeforeOverride(u.key(), u.changes())));
        String body = Requests.array(updates.stream()
                .map(u -> Requests.keyedChanges(u.key(), u.changes())).toList());
        Reply reply = calls.gateway().call(Endpoint.UPDATE_BATCH, api -> api.updateBatch(body));
        List<ItemOutcome<Shipment>> out = new ArrayList<>();
        if (!reply.isSuccess()) {
            RejectionReason reason = wholeBatchReason(reply, EnumSet.of(NOT_FOUND, INVALID_FIELD));
            updates.forEach(u -> out.add(ItemOutcome.rejected(reply.rejection(reason, u.key()))));
            return out;
        }
        BatchReport report = calls.gateway().decode(reply, () -> BatchReport.read(reply.data(), "change"));
        for (ShipmentUpdate u : updates) {
            Optional<BatchReport.Item> item = report.find(u.key());
            if (item.isPresent() && item.get().code().isPresent()) {
                out.add(ItemOutcome.rejected(itemRejection(u.key(), item.get())));
            } else if (item.isPresent() && item.get().json() instanceof JsonObject json
                    && json.containsKey("created_at")) {
                out.add(ItemOutcome.accepted(calls.gateway().decode(reply,
                        () -> reads.updated(json, u.key(), u.changes(), before.get(u.key())))));
            } else {
                out.add(reads.find(u.key())
                        .map(s -> ItemOutcome.accepted(
                                calls.overrides().withCommand(s, u.changes(), before.get(u.key()))))
                        .orElseGet(() -> ItemOutcome.rejected(NOT_FOUND, u.key() + ": not registered")));
            }
        }
        return out;
    }

    /** {@code POST /trackings/delete} or {@code /trackings/notupdate}: one outcome per key, in input order. */
    List<ItemOutcome<ShipmentKey>> keyBatch(List<ShipmentKey> keys, Endpoint endpoint, String doneField) {
        List<ShipmentKey> unique = checkBatch(keys, key -> key, endpoint);
        if (unique.isEmpty()) {
            return List.of();
        }
        Reply reply = calls.gateway().call(endpoint, api -> endpoint == Endpoint.DELETE_BATCH
                ? api.deleteBatch(Requests.keys(unique)) : api.notUpdate(Requests.keys(unique)));
        Map<ShipmentKey, ItemOutcome<ShipmentKey>> outcomes = new LinkedHashMap<>();
        if (reply.isSuccess()) {
            BatchReport report = calls.gateway().decode(reply, () -> BatchReport.read(reply.data(), doneField));
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
            outcomes.forEach((k, o) -> o.value().ifPresent(calls.overrides()::forget));
        }
        return keys.stream().map(outcomes::get).toList();
    }

    // A batch names each shipment once (the use cases de-duplicate) and fits TrackingMore's batch limit.
    private <T> List<T> checkBatch(List<T> items, Function<T, ShipmentKey> keyOf, Endpoint endpoint) {
        DistinctKeys.require(items, keyOf, "items");
        if (items.size() > calls.limits().maxBatchSize()) {
            throw ShipmentReads.limit(endpoint.operation, items.size() + " items exceed the batch limit of "
                    + calls.limits().maxBatchSize() + "; nothing was sent");
        }
        return items;
    }

    // The item's message is the server's text: cleaned (no control characters or escape sequences, no API key,
    // bounded) before it reaches a rejection that a CLI prints or a log records.
    private Rejection itemRejection(ShipmentKey key, BatchReport.Item item) {
        int code = item.code().orElse(0);
        String message = calls.gateway().clean(item.message());
        return new Rejection(MetaCodes.reason(code), key + ": TrackingMore refused the item with code " + code
                + (message.isEmpty() ? "" : " (" + message + ")"), Optional.of(Integer.toString(code)));
    }

    // A whole many-item call refused with an item-level code: when the code is one an item can have, it applies to
    // every item (TrackingMore answers a batch in which every item failed the same way like this); otherwise throw.
    private static RejectionReason wholeBatchReason(Reply reply, Set<RejectionReason> itemReasons) {
        return reply.outcome(itemReasons).orElseThrow(reply::failure);
    }
}
