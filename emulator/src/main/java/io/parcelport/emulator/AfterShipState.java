package io.parcelport.emulator;

import static io.parcelport.wire.aftership.Json.PROVIDER;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.wire.aftership.Requests;
import io.parcelport.wire.aftership.TrackingObject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the AfterShip face remembers beside the shipments: the request fields it echoes as sent, the ids clients chose
 * at creation (2025-07's {@code id}), the reasons of mark-as-completed calls, which trackings were retracked, and
 * the courier connections. One instance per generation of the emulator's state, so a reset forgets it with the
 * shipments. Thread-safe.
 */
final class AfterShipState {
    private final Map<ShipmentKey, JsonObject> sent = new ConcurrentHashMap<>();
    private final Map<ShipmentKey, String> chosenIds = new ConcurrentHashMap<>();
    private final Map<String, ShipmentKey> byChosenId = new ConcurrentHashMap<>();
    private final Map<ShipmentKey, Requests.CompletionReason> completions = new ConcurrentHashMap<>();
    private final Set<ShipmentKey> retracked = ConcurrentHashMap.newKeySet();
    private final Map<String, JsonObject> connections = new LinkedHashMap<>();

    /** The echoed fields last sent for {@code key}; an empty object when none were. */
    JsonObject sent(ShipmentKey key) {
        return sent.getOrDefault(key, JsonValue.EMPTY_JSON_OBJECT);
    }

    /** Remembers the echoed fields of {@code request} on top of those already sent. */
    void remember(ShipmentKey key, JsonObject request) {
        sent.compute(key, (k, before) -> {
            JsonObjectBuilder b = PROVIDER.createObjectBuilder(before == null ? JsonValue.EMPTY_JSON_OBJECT : before);
            for (String field : TrackingObject.ECHOED) {
                if (request.containsKey(field)) {
                    b.add(field, request.get(field));
                }
            }
            return b.build();
        });
    }

    /** Claims {@code id} for {@code key}; false when another tracking has it already. */
    boolean choose(ShipmentKey key, String id) {
        if (byChosenId.putIfAbsent(id, key) != null) {
            return false;
        }
        chosenIds.put(key, id);
        return true;
    }

    /** Whether a client chose {@code id} for some tracking. */
    boolean chosen(String id) {
        return byChosenId.containsKey(id);
    }

    /** The tracking a client-chosen id names. */
    Optional<ShipmentKey> keyOfChosen(String id) {
        return Optional.ofNullable(byChosenId.get(id));
    }

    /** The id a client chose for {@code key}, when one did. */
    Optional<String> chosenId(ShipmentKey key) {
        return Optional.ofNullable(chosenIds.get(key));
    }

    /** Remembers that a tracking was completed for {@code reason}, until it is retracked. */
    void completed(ShipmentKey key, Requests.CompletionReason reason) {
        completions.put(key, reason);
    }

    Optional<Requests.CompletionReason> completion(ShipmentKey key) {
        return Optional.ofNullable(completions.get(key));
    }

    /** Records a retrack; false when the tracking was retracked before (4016: once per shipment). */
    boolean retrack(ShipmentKey key) {
        completions.remove(key);
        return retracked.add(key);
    }

    /** Carries everything over to a tracking's new key after a courier change; the shown id stays the same. */
    void moved(ShipmentKey from, ShipmentKey to) {
        Optional.ofNullable(sent.remove(from)).ifPresent(v -> sent.put(to, v));
        Optional.ofNullable(completions.remove(from)).ifPresent(v -> completions.put(to, v));
        if (retracked.remove(from)) {
            retracked.add(to);
        }
        Optional.ofNullable(chosenIds.remove(from)).ifPresent(id -> {
            chosenIds.put(to, id);
            byChosenId.put(id, to);
        });
    }

    /** Forgets a deleted tracking. */
    void forget(ShipmentKey key) {
        sent.remove(key);
        completions.remove(key);
        retracked.remove(key);
        Optional.ofNullable(chosenIds.remove(key)).ifPresent(byChosenId::remove);
    }

    // ---- courier connections (§2.13-2.17), kept in creation order ----

    synchronized List<JsonObject> connections() {
        return List.copyOf(connections.values());
    }

    synchronized Optional<JsonObject> connection(String id) {
        return Optional.ofNullable(connections.get(id));
    }

    synchronized void putConnection(String id, JsonObject connection) {
        connections.put(id, connection);
    }

    synchronized Optional<JsonObject> removeConnection(String id) {
        return Optional.ofNullable(connections.remove(id));
    }
}
