package io.parcelport.emulator;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.in.ParcelportUseCases;
import io.parcelport.wire.trackingmore.AnswerWriter;
import io.parcelport.wire.trackingmore.MetaCode;
import io.parcelport.wire.trackingmore.Statuses;
import io.parcelport.wire.trackingmore.WireWriter;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The 16 v2 endpoints plus the carrier list and detection, each over the use cases only (reference §5): a request's
 * fields in, the use case's outcome out, written in the shapes the REST adapter reads and §8 describes.
 *
 * <p>Item outcomes become meta codes by {@link MetaCode#answering(RejectionReason)}. Many-item endpoints refuse more than 40 items
 * as a whole (meta 202) before anything is done, even though the use cases would split them: the emulator plays the
 * server, whose limit that is.
 */
final class Endpoints {
    /** The most items of one list page (reference §5.6). */
    static final int MAX_PAGE_SIZE = 2000;

    private final Supplier<ParcelportUseCases> useCases;
    private final Supplier<SentFields> sent;

    Endpoints(Supplier<ParcelportUseCases> useCases, Supplier<SentFields> sent) {
        this.useCases = useCases;
        this.sent = sent;
    }

    /** The tracking object of every answer: the wire's, with the reference's extra keys and the fields as sent. */
    private JsonObject tracking(Shipment s) {
        return sent.get().shown(Trackings.full(s));
    }

    /** The short shape of a create answer (5.1, and each added item of 5.5), with the fields as sent. */
    private JsonObject created(Shipment s) {
        return sent.get().shown(WireWriter.created(s));
    }

    private ParcelportUseCases uc() {
        return useCases.get();
    }

    // ---- 5.1, 5.5: create ----

    Answer create(JsonValue body) {
        JsonObject o = RequestReader.object(body);
        NewShipment shipment = RequestReader.newShipment(o, carrierOrDetected(o), false);
        ItemOutcome<Shipment> outcome = uc().register().register(shipment);
        outcome.value().ifPresent(s -> sent.get().created(s.key(), o, false));
        return outcome.value().map(s -> Answer.ok(created(s)))
                .orElseGet(() -> Answer.rejected(outcome.rejection().orElseThrow()));
    }

    Answer createBatch(JsonValue body) {
        List<JsonObject> items = RequestReader.items(body);
        Batches.Batch batch = Batches.run(items, o -> RequestReader.newShipment(o, carrierOrDetected(o), false),
                uc().register()::registerAll, (o, s) -> {
                    sent.get().created(s.key(), o, false);
                    // Each added item in the short create shape, as in the observed answer (5.5).
                    return created(s);
                });
        JsonObject data = JSON.createObjectBuilder().add("submitted", items.size()).add("added", batch.done())
                .add("trackings", batch.trackings()).add("errors", batch.errors()).build();
        // All added: 200; some refused: 201 with the errors, as observed (reference §5.5).
        return Answer.of(batch.done() == items.size() ? MetaCode.SUCCESS : MetaCode.CREATED, data);
    }

    // A blank carrier asks TrackingMore to detect one (reference §5.1, auto_correct); none found is 4032.
    private CarrierCode carrierOrDetected(JsonObject o) {
        Optional<CarrierCode> given = RequestReader.optionalCarrier(o, "carrier_code");
        if (given.isPresent()) {
            return given.get();
        }
        TrackingNumber number = RequestReader.number(o, "tracking_number");
        return uc().carriers().resolve(number, Optional.empty())
                .orElseThrow(() -> new Refusal(MetaCode.CANNOT_DETECT));
    }

    // ---- 5.2, 5.3, 5.4: one tracking ----

    Answer get(String carrier, String number, Optional<String> lang) {
        ShipmentKey key = pathKey(carrier, number);
        Optional<Shipment> found = lang.isPresent()
                ? uc().follow().find(key, LanguageCode.of(lang.get())) : uc().follow().find(key);
        return found.map(s -> Answer.ok(tracking(s))).orElseGet(() -> Answer.error(MetaCode.DOES_NOT_EXIST));
    }

    Answer update(String carrier, String number, JsonValue body) {
        ShipmentKey key = pathKey(carrier, number);
        if (body.getValueType() == JsonValue.ValueType.NULL
                || body instanceof JsonObject o && o.isEmpty()) {
            // Nothing to change: real v2 answers success with the tracking as it is (old clients' tests expect it).
            return uc().follow().find(key).map(s -> Answer.ok(tracking(s)))
                    .orElseGet(() -> Answer.error(MetaCode.DOES_NOT_EXIST));
        }
        JsonObject o = RequestReader.object(body);
        ShipmentChanges changes = RequestReader.changes(o);
        ItemOutcome<Shipment> outcome = uc().manage().update(key, changes);
        outcome.value().ifPresent(s -> sent.get().changed(s.key(), o));
        return outcome.value().map(s -> Answer.ok(tracking(s)))
                .orElseGet(() -> Answer.rejected(outcome.rejection().orElseThrow()));
    }

    Answer delete(String carrier, String number) {
        ItemOutcome<ShipmentKey> outcome = uc().manage().delete(pathKey(carrier, number));
        outcome.value().ifPresent(sent.get()::forget);
        // data is [] on a successful single DELETE too (reference §5.4).
        return outcome.isAccepted() ? Answer.ok(JsonValue.EMPTY_JSON_ARRAY)
                : Answer.rejected(outcome.rejection().orElseThrow());
    }

    private static ShipmentKey pathKey(String carrier, String number) {
        try {
            return new ShipmentKey(RequestReader.carrier(carrier), TrackingNumber.of(number));
        } catch (IllegalArgumentException e) {
            throw new Refusal(MetaCode.INVALID_NUMBER);
        }
    }

    // ---- 5.6: list ----

    Answer list(Map<String, String> params) {
        int page = (int) QueryParams.whole(params, "page").orElse(1);
        int limit = (int) QueryParams.whole(params, "limit").orElse(100);
        if (page < 1 || limit < 1) {
            throw new Refusal(MetaCode.BAD_REQUEST, "page and limit must be at least 1.");
        }
        if (limit > MAX_PAGE_SIZE) {
            throw new Refusal(MetaCode.LIMIT_EXCEEDED, "The largest number of 2000 each page.");
        }
        ShipmentQuery.Builder q = ShipmentQuery.builder();
        QueryParams.param(params, "status").ifPresent(word -> {
            if (!Statuses.isKnownWord(word)) {
                throw new Refusal(MetaCode.INVALID_STATUS);
            }
            q.status(Statuses.status(word));
        });
        q.created(QueryParams.range(params, "created_at_min", "created_at_max"));
        q.updated(QueryParams.range(params, "update_time_min", "update_time_max"));
        q.ordered(QueryParams.range(params, "order_created_time_min", "order_created_time_max"));
        List<String> numbers = QueryParams.commaList(params, "numbers");
        List<String> orders = QueryParams.commaList(params, "orders");
        if (numbers.size() > RequestReader.MAX_ITEMS || orders.size() > RequestReader.MAX_ITEMS) {
            throw new Refusal(MetaCode.LIMIT_EXCEEDED);
        }
        List<TrackingNumber> parsedNumbers = new ArrayList<>();
        for (String n : numbers) {
            try {
                parsedNumbers.add(TrackingNumber.of(n));
            } catch (IllegalArgumentException e) {
                throw new Refusal(MetaCode.INVALID_NUMBER);
            }
        }
        q.numbers(parsedNumbers).orderIds(orders);
        q.archived(switch (QueryParams.param(params, "archived").orElse("")) {
            case "true" -> ArchivedFilter.ARCHIVED_ONLY;
            case "false" -> ArchivedFilter.ACTIVE_ONLY;
            default -> ArchivedFilter.EITHER; // "other string value or null: mixed" (reference §5.6)
        });
        QueryParams.param(params, "lang").filter(l -> l.matches("[A-Za-z]{2}")).map(LanguageCode::of).ifPresent(q::language);

        // One backend page through the use case, which also passes each shipment through the event hub (webhooks).
        Page<Shipment> found = uc().follow().page(q.build(), new PageRequest(page, limit));
        JsonArrayBuilder items = JSON.createArrayBuilder();
        found.items().forEach(s -> items.add(tracking(s)));
        long total = found.total().orElseThrow();
        int count = found.items().size();
        JsonObject data = JSON.createObjectBuilder().add("page", page).add("limit", limit)
                .add("total", Long.toString(total)).add("count", count).add("items", items).build();
        return Answer.ok(data);
    }

    // ---- 5.7, 5.8, 5.13: many trackings ----

    Answer updateBatch(JsonValue body) {
        List<JsonObject> items = RequestReader.items(body);
        Batches.Batch batch = Batches.run(items, o -> new ShipmentUpdate(RequestReader.key(o), RequestReader.changes(o)),
                uc().manage()::updateAll, (o, s) -> {
                    sent.get().changed(s.key(), o);
                    return tracking(s);
                });
        return Answer.ok(JSON.createObjectBuilder().add("submitted", items.size()).add("change", batch.done())
                .add("trackings", batch.trackings()).add("errors", batch.errors()).build());
    }

    Answer deleteBatch(JsonValue body) {
        return keyBatch(body, true);
    }

    Answer stopRefreshing(JsonValue body) {
        return keyBatch(body, false);
    }

    private Answer keyBatch(JsonValue body, boolean delete) {
        List<JsonObject> items = RequestReader.items(body);
        Batches.Batch batch = Batches.run(items, RequestReader::key,
                delete ? uc().manage()::deleteAll : uc().manage()::stopRefreshing,
                (o, k) -> {
                    if (delete) {
                        sent.get().forget(k);
                    }
                    JsonObject item = JSON.createObjectBuilder()
                            .add("tracking_number", k.trackingNumber().value())
                            .add("carrier_code", k.carrier().value()).build();
                    // The delete answer nests each item in a "meta" object (reference §5.8); notupdate does not.
                    return delete ? JSON.createObjectBuilder().add("meta", JSON.createObjectBuilder(item)
                            .add("code", MetaCode.SUCCESS.code()).add("message", MetaCode.SUCCESS.message()))
                            .build() : item;
                });
        return Answer.ok(JSON.createObjectBuilder().add("submitted", items.size()).add(delete ? "delete" : "change",
                batch.done()).add("trackings", batch.trackings()).add("errors", batch.errors()).build());
    }

    // ---- 5.9, 5.10: real time, change carrier ----

    Answer realtime(JsonValue body) {
        JsonObject o = RequestReader.object(body);
        NewShipment shipment = RequestReader.newShipment(o, RequestReader.carrier(o, "carrier_code"), true);
        ItemOutcome<Shipment> outcome = uc().refresh().refresh(shipment);
        // A repeated call answers the shipment as first registered: its fields are not replaced (5.9).
        outcome.value().ifPresent(s -> sent.get().createdIfNew(s.key(), o, true));
        return outcome.value().map(s -> Answer.ok(JSON.createObjectBuilder()
                .add("items", JSON.createArrayBuilder().add(tracking(s))).build()))
                .orElseGet(() -> Answer.rejected(outcome.rejection().orElseThrow()));
    }

    Answer changeCarrier(JsonValue body) {
        JsonObject o = RequestReader.object(body);
        ShipmentKey key = RequestReader.key(o);
        CarrierCode target = RequestReader.carrier(o, "update_carrier_code");
        ItemOutcome<Shipment> outcome = uc().manage().changeCarrier(key, target);
        outcome.value().ifPresent(s -> sent.get().moved(key, s.key()));
        return outcome.isAccepted() ? Answer.ok(JSON.createObjectBuilder().add("Usertag", "").build())
                : Answer.rejected(outcome.rejection().orElseThrow());
    }

    // ---- 5.11, 5.12: account ----

    Answer userInfo() {
        return Answer.ok(AnswerWriter.userInfo(uc().account().account()));
    }

    Answer statusNumber(Map<String, String> params) {
        StatusCountQuery query = new StatusCountQuery(QueryParams.range(params, "created_at_min", "created_at_max"),
                QueryParams.range(params, "order_created_time_min", "order_created_time_max"));
        return Answer.ok(AnswerWriter.statusCounts(uc().follow().statusCounts(query)));
    }

    /** The status words a list may be filtered on, for error messages and tests. */
    static List<String> statusWords() {
        return Arrays.stream(DeliveryStatus.values()).filter(s -> s != DeliveryStatus.UNKNOWN)
                .map(Statuses::word).toList();
    }
}
