package io.parcelport.emulator;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.in.ParcelportUseCases;
import io.parcelport.wire.trackingmore.v4.V4AnswerWriter;
import io.parcelport.wire.trackingmore.v4.V4MetaCode;
import io.parcelport.wire.trackingmore.v4.V4RequestException;
import io.parcelport.wire.trackingmore.v4.V4RequestReader;
import io.parcelport.wire.trackingmore.v4.V4TrackingWriter;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The nine v4 calls the official SDKs make (v4 reference §2), each over the use cases only, over the same shipments
 * as the v2 face: a tracking's v4 {@code id} is the backend id the v2 face shows too, found through {@code ids}.
 *
 * <p>Item outcomes become meta codes by {@link V4MetaCode#answering(RejectionReason)}; a refusal of a whole request
 * is thrown as a {@link V4RequestException} and answered by {@link V4ApiHandler}.
 */
final class V4Endpoints {
    private final Supplier<ParcelportUseCases> useCases;
    private final Supplier<SentFields> sent;
    private final Function<String, Optional<ShipmentKey>> ids;

    /**
     * @param useCases the use cases of the current state
     * @param sent the free text of the current state
     * @param ids the key of the shipment with a backend id, empty when none has it
     */
    V4Endpoints(Supplier<ParcelportUseCases> useCases, Supplier<SentFields> sent,
            Function<String, Optional<ShipmentKey>> ids) {
        this.useCases = useCases;
        this.sent = sent;
        this.ids = ids;
    }

    private ParcelportUseCases uc() {
        return useCases.get();
    }

    /** The v4 tracking object of {@code s}, with the free text as either face sent it. */
    private JsonObject tracking(Shipment s) {
        return V4TrackingWriter.tracking(s, sent.get().v4(s.key()));
    }

    private static Answer rejected(ItemOutcome<?> outcome) {
        return V4Answers.error(V4MetaCode.answering(outcome.rejection().orElseThrow().reason()));
    }

    // ---- 2.1, 2.2: create ----

    /**
     * Creates one tracking and answers its results in the same call (v4 create is real-time): a number never seen
     * has the history the carrier already has, as v2's real time gives it; one that exists is 4101.
     */
    Answer create(JsonValue body) {
        JsonObject o = V4RequestReader.object(body);
        ShipmentKey key = V4RequestReader.key(o);
        NewShipment shipment = V4RequestReader.newShipment(o, key);
        if (uc().follow().find(key).isPresent()) {
            return V4Answers.error(V4MetaCode.ALREADY_EXISTS);
        }
        ItemOutcome<Shipment> outcome = uc().refresh().refresh(shipment);
        if (!outcome.isAccepted()) {
            return rejected(outcome);
        }
        Shipment s = outcome.value().orElseThrow();
        sent.get().createdV4(s.key(), o);
        return V4Answers.ok(tracking(s));
    }

    /**
     * Creates up to 40 trackings (more: 4103, nothing done) without their results; HTTP 200 and meta 200 whatever
     * the items' fate, each refused item in {@code error} with its code. An item that repeats an earlier one of the
     * same call is refused 4101, as the second of two creates would be.
     */
    Answer batch(JsonValue body) {
        List<JsonObject> items = V4RequestReader.items(body);
        List<Object> parsed = new ArrayList<>(items.size());
        List<NewShipment> valid = new ArrayList<>();
        Set<ShipmentKey> seen = new HashSet<>();
        for (JsonObject o : items) {
            try {
                ShipmentKey key = V4RequestReader.key(o);
                NewShipment s = V4RequestReader.newShipment(o, key);
                if (!seen.add(key)) {
                    parsed.add(new V4RequestException(V4MetaCode.ALREADY_EXISTS));
                    continue;
                }
                parsed.add(s);
                valid.add(s);
            } catch (V4RequestException e) {
                parsed.add(e);
            }
        }
        List<ItemOutcome<Shipment>> outcomes = valid.isEmpty() ? List.of() : uc().register().registerAll(valid);
        JsonArrayBuilder success = JSON.createArrayBuilder();
        JsonArrayBuilder error = JSON.createArrayBuilder();
        int next = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonObject o = items.get(i);
            String number = text(o, "tracking_number");
            String courier = text(o, "courier_code");
            if (parsed.get(i) instanceof V4RequestException e) {
                Optional<String> id = e.meta() == V4MetaCode.ALREADY_EXISTS ? idOf(V4RequestReader.key(o))
                        : Optional.empty();
                error.add(V4AnswerWriter.batchRefused(id, number, courier, e.meta(), e.getMessage()));
                continue;
            }
            ItemOutcome<Shipment> outcome = outcomes.get(next++);
            if (outcome.isAccepted()) {
                Shipment s = outcome.value().orElseThrow();
                sent.get().createdV4(s.key(), o);
                success.add(V4AnswerWriter.batchCreated(V4TrackingWriter.id(s), s.key().trackingNumber().value(),
                        s.key().carrier().value()));
            } else {
                RejectionReason reason = outcome.rejection().orElseThrow().reason();
                V4MetaCode code = V4MetaCode.answering(reason);
                Optional<String> id = reason == RejectionReason.ALREADY_EXISTS
                        ? idOf(((NewShipment) parsed.get(i)).key()) : Optional.empty();
                error.add(V4AnswerWriter.batchRefused(id, number, courier, code, code.message()));
            }
        }
        return V4Answers.ok(JSON.createObjectBuilder().add("success", success).add("error", error).build());
    }

    private Optional<String> idOf(ShipmentKey key) {
        return uc().follow().find(key).map(V4TrackingWriter::id);
    }

    private static String text(JsonObject o, String field) {
        return RequestReader.text(o, field).orElse("");
    }

    // ---- 2.3: list ----

    /**
     * One page of the trackings the parameters match, as a bare array (no total); a page past the end is {@code []}.
     * The order is the backend's (registration time, oldest first). A {@code courier_code} filter, which the ports'
     * query lacks, is applied here over the backend's matches.
     */
    Answer list(Map<String, String> params) {
        V4RequestReader.Listing listing = V4RequestReader.listing(params);
        List<Shipment> found;
        if (listing.courier().isEmpty()) {
            Page<Shipment> page = uc().follow().page(listing.query(), new PageRequest(listing.page(), listing.size()));
            found = page.items();
        } else {
            CarrierCode courier = listing.courier().get();
            long skip = (long) (listing.page() - 1) * listing.size();
            try (Stream<Shipment> all = uc().follow().query(listing.query(), V4RequestReader.MAX_PAGE_SIZE)) {
                found = all.filter(s -> s.key().carrier().equals(courier)).skip(skip).limit(listing.size())
                        .toList();
            }
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        found.forEach(s -> items.add(tracking(s)));
        return V4Answers.ok(items.build());
    }

    // ---- 2.4, 2.5, 2.6: one tracking by id ----

    /**
     * The key of the tracking {@code id} names: 4112 for text that is not an id (32 hex digits), 4102 for an id no
     * tracking has (never issued, deleted, or the old id of a tracking moved to another courier).
     */
    ShipmentKey keyOf(String id) {
        if (!id.matches("[0-9a-fA-F]{32}")) {
            throw new V4RequestException(V4MetaCode.INVALID_ID);
        }
        return ids.apply(id).orElseThrow(() -> new V4RequestException(V4MetaCode.DOES_NOT_EXIST));
    }

    private Shipment existing(ShipmentKey key) {
        return uc().follow().find(key).orElseThrow(() -> new V4RequestException(V4MetaCode.DOES_NOT_EXIST));
    }

    /**
     * Changes the courier ({@code courier_code_new}) first, then the other fields; answers the UpdateTracking echo.
     * A body with nothing to change (none, {@code {}}, or echo-only fields such as {@code note}) still answers.
     */
    Answer update(String id, JsonValue body) {
        ShipmentKey key = keyOf(id);
        JsonObject o = body.getValueType() == JsonValue.ValueType.NULL ? JsonValue.EMPTY_JSON_OBJECT
                : V4RequestReader.object(body);
        V4RequestReader.Update update = V4RequestReader.update(o);
        CarrierCode before = key.carrier();
        Shipment s = existing(key);
        if (update.newCourier().isPresent() && !update.newCourier().get().equals(before)) {
            ItemOutcome<Shipment> moved = uc().manage().changeCarrier(key, update.newCourier().get());
            if (!moved.isAccepted()) {
                return rejected(moved);
            }
            s = moved.value().orElseThrow();
            sent.get().moved(key, s.key());
            key = s.key();
        }
        if (update.changes().isPresent()) {
            ItemOutcome<Shipment> changed = uc().manage().update(key, update.changes().get());
            if (!changed.isAccepted()) {
                return rejected(changed);
            }
            s = changed.value().orElseThrow();
        }
        sent.get().changedV4(key, o);
        return V4Answers.ok(V4TrackingWriter.updated(s, before, sent.get().v4(key)));
    }

    /** Deletes the tracking and answers it as it was just before. */
    Answer delete(String id) {
        ShipmentKey key = keyOf(id);
        JsonObject before = tracking(existing(key));
        ItemOutcome<ShipmentKey> outcome = uc().manage().delete(key);
        if (!outcome.isAccepted()) {
            return rejected(outcome);
        }
        sent.get().forget(key);
        return V4Answers.ok(before);
    }

    /**
     * Retracks an expired tracking (any other status: 4113) and answers it. The simulated carrier has nothing new for
     * an expired parcel, so the answer shows it as it is.
     */
    Answer retrack(String id) {
        ShipmentKey key = keyOf(id);
        Shipment s = existing(key);
        if (s.deliveryStatus() != DeliveryStatus.EXPIRED) {
            return V4Answers.error(V4MetaCode.RETRACK_NOT_ALLOWED);
        }
        ItemOutcome<Shipment> outcome = uc().refresh().refresh(NewShipment.of(key));
        return outcome.value().map(t -> V4Answers.ok(tracking(t))).orElseGet(() -> rejected(outcome));
    }

    // ---- 2.7, 2.8: couriers ----

    Answer couriers() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        uc().carriers().carriers().forEach(c -> list.add(V4AnswerWriter.courier(c)));
        return V4Answers.ok(list.build());
    }

    /** The couriers a number may belong to, most likely first; none is 4121. */
    Answer detect(JsonValue body) {
        TrackingNumber number = V4RequestReader.detectNumber(V4RequestReader.object(body));
        List<Carrier> candidates = uc().carriers().detect(number);
        if (candidates.isEmpty()) {
            return V4Answers.error(V4MetaCode.CANNOT_DETECT);
        }
        JsonArrayBuilder list = JSON.createArrayBuilder();
        candidates.forEach(c -> list.add(V4AnswerWriter.courier(c)));
        return V4Answers.ok(list.build());
    }

    // ---- 2.9: air waybill ----

    /** One air waybill: 4160 when malformed (the SDKs' pattern, or a bad check digit), 4161 when no airline knows it. */
    Answer awb(JsonValue body) {
        String waybill = V4RequestReader.awbNumber(V4RequestReader.object(body));
        ItemOutcome<AirCargoTracking> outcome = uc().airCargo().track(waybill);
        if (outcome.isAccepted()) {
            return V4Answers.ok(V4AnswerWriter.airWaybill(outcome.value().orElseThrow()));
        }
        RejectionReason reason = outcome.rejection().orElseThrow().reason();
        return switch (reason) {
            case INVALID_TRACKING_NUMBER, INVALID_FIELD -> V4Answers.error(V4MetaCode.AWB_INVALID);
            case NOT_FOUND -> V4Answers.error(V4MetaCode.AIRLINE_NOT_SUPPORTED);
            default -> V4Answers.error(V4MetaCode.answering(reason));
        };
    }
}
