package io.parcelport.emulator;

import io.parcelport.domain.AirCargoTracking;
import io.parcelport.domain.Carrier;
import io.parcelport.domain.CarrierCode;
import io.parcelport.domain.DeliveryStatus;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.RemoteAreaCheck;
import io.parcelport.domain.RemoteAreaResult;
import io.parcelport.domain.Shipment;
import io.parcelport.domain.ShipmentKey;
import io.parcelport.domain.TrackingNumber;
import io.parcelport.domain.TransitTimeQuery;
import io.parcelport.domain.TransitTimeStats;
import io.parcelport.ports.ArchivedFilter;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.ShipmentUpdate;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.TimeRange;
import io.parcelport.wire.trackingmore.AnswerWriter;
import io.parcelport.wire.trackingmore.Countries;
import io.parcelport.wire.trackingmore.MetaCode;
import io.parcelport.wire.trackingmore.Statuses;
import io.parcelport.wire.trackingmore.WireWriter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

    private final Supplier<UseCases> useCases;

    Endpoints(Supplier<UseCases> useCases) {
        this.useCases = useCases;
    }

    private UseCases uc() {
        return useCases.get();
    }

    // ---- 5.1, 5.5: create ----

    Answer create(JsonValue body) {
        JsonObject o = RequestReader.object(body);
        NewShipment shipment = RequestReader.newShipment(o, carrierOrDetected(o), false);
        ItemOutcome<Shipment> outcome = uc().register().register(shipment);
        return outcome.value().map(s -> Answer.ok(WireWriter.tracking(s)))
                .orElseGet(() -> rejected(outcome.rejection().orElseThrow()));
    }

    Answer createBatch(JsonValue body) {
        List<JsonObject> items = RequestReader.items(body);
        Batch batch = batch(items, o -> RequestReader.newShipment(o, carrierOrDetected(o), false),
                uc().register()::registerAll, WireWriter::tracking);
        JsonObject data = Json.createObjectBuilder().add("submitted", items.size()).add("added", batch.done())
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
        return found.map(s -> Answer.ok(WireWriter.tracking(s))).orElseGet(() -> Answer.error(MetaCode.DOES_NOT_EXIST));
    }

    Answer update(String carrier, String number, JsonValue body) {
        ShipmentKey key = pathKey(carrier, number);
        ShipmentChanges changes = RequestReader.changes(RequestReader.object(body));
        ItemOutcome<Shipment> outcome = uc().manage().update(key, changes);
        return outcome.value().map(s -> Answer.ok(WireWriter.tracking(s)))
                .orElseGet(() -> rejected(outcome.rejection().orElseThrow()));
    }

    Answer delete(String carrier, String number) {
        ItemOutcome<ShipmentKey> outcome = uc().manage().delete(pathKey(carrier, number));
        // data is [] on a successful single DELETE too (reference §5.4).
        return outcome.isAccepted() ? Answer.ok(JsonValue.EMPTY_JSON_ARRAY)
                : rejected(outcome.rejection().orElseThrow());
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
        int page = (int) whole(params, "page").orElse(1);
        int limit = (int) whole(params, "limit").orElse(100);
        if (page < 1 || limit < 1) {
            throw new Refusal(MetaCode.BAD_REQUEST, "page and limit must be at least 1.");
        }
        if (limit > MAX_PAGE_SIZE) {
            throw new Refusal(MetaCode.LIMIT_EXCEEDED, "The largest number of 2000 each page.");
        }
        ShipmentQuery.Builder q = ShipmentQuery.builder();
        param(params, "status").ifPresent(word -> {
            if (!Statuses.isKnownWord(word)) {
                throw new Refusal(MetaCode.INVALID_STATUS);
            }
            q.status(Statuses.status(word));
        });
        q.created(range(params, "created_at_min", "created_at_max"));
        q.updated(range(params, "update_time_min", "update_time_max"));
        q.ordered(range(params, "order_created_time_min", "order_created_time_max"));
        List<String> numbers = commaList(params, "numbers");
        List<String> orders = commaList(params, "orders");
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
        q.archived(switch (param(params, "archived").orElse("")) {
            case "true" -> ArchivedFilter.ARCHIVED_ONLY;
            case "false" -> ArchivedFilter.ACTIVE_ONLY;
            default -> ArchivedFilter.EITHER; // "other string value or null: mixed" (reference §5.6)
        });
        param(params, "lang").filter(l -> l.matches("[A-Za-z]{2}")).map(LanguageCode::of).ifPresent(q::language);

        // One backend page through the use case, which also passes each shipment through the event hub (webhooks).
        Page<Shipment> found = uc().follow().page(q.build(), new PageRequest(page, limit));
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.items().forEach(s -> items.add(WireWriter.tracking(s)));
        long total = found.total();
        int count = found.items().size();
        JsonObject data = Json.createObjectBuilder().add("page", page).add("limit", limit)
                .add("total", Long.toString(total)).add("count", count).add("items", items).build();
        return Answer.ok(data);
    }

    // ---- 5.7, 5.8, 5.13: many trackings ----

    Answer updateBatch(JsonValue body) {
        List<JsonObject> items = RequestReader.items(body);
        Batch batch = batch(items, o -> new ShipmentUpdate(RequestReader.key(o), RequestReader.changes(o)),
                uc().manage()::updateAll, WireWriter::tracking);
        return Answer.ok(Json.createObjectBuilder().add("submitted", items.size()).add("change", batch.done())
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
        Batch batch = batch(items, RequestReader::key,
                delete ? uc().manage()::deleteAll : uc().manage()::stopRefreshing,
                k -> {
                    JsonObject item = Json.createObjectBuilder()
                            .add("tracking_number", k.trackingNumber().value())
                            .add("carrier_code", k.carrier().value()).build();
                    // The delete answer nests each item in a "meta" object (reference §5.8); notupdate does not.
                    return delete ? Json.createObjectBuilder().add("meta", Json.createObjectBuilder(item)
                            .add("code", 200).add("message", "Success")).build() : item;
                });
        return Answer.ok(Json.createObjectBuilder().add("submitted", items.size()).add(delete ? "delete" : "change",
                batch.done()).add("trackings", batch.trackings()).add("errors", batch.errors()).build());
    }

    /**
     * What a many-item endpoint did: how many items were done, what they became, and the refused items as v2's
     * {@code errors}, in input order.
     */
    private record Batch(int done, JsonArray trackings, JsonArray errors) {
    }

    /**
     * Parses each item (a {@link Refusal} keeps its place as an error without being sent), runs the valid ones through
     * {@code call} in one go, and merges both back in input order.
     */
    private static <I, R> Batch batch(List<JsonObject> items, Function<JsonObject, I> parse,
            Function<List<I>, List<ItemOutcome<R>>> call, Function<R, JsonValue> written) {
        List<Object> parsed = new ArrayList<>(items.size());
        List<I> valid = new ArrayList<>();
        for (JsonObject o : items) {
            try {
                I item = parse.apply(o);
                parsed.add(item);
                valid.add(item);
            } catch (Refusal r) {
                parsed.add(r);
            }
        }
        List<ItemOutcome<R>> outcomes = call.apply(valid);
        JsonArrayBuilder trackings = Json.createArrayBuilder();
        JsonArrayBuilder errors = Json.createArrayBuilder();
        int done = 0;
        int next = 0;
        for (int i = 0; i < items.size(); i++) {
            if (parsed.get(i) instanceof Refusal r) {
                errors.add(error(items.get(i), r.meta().code(), r.getMessage()));
                continue;
            }
            ItemOutcome<R> outcome = outcomes.get(next++);
            if (outcome.isAccepted()) {
                done++;
                trackings.add(written.apply(outcome.value().orElseThrow()));
            } else {
                Rejection rejection = outcome.rejection().orElseThrow();
                errors.add(error(items.get(i), MetaCode.answering(rejection.reason()).code(), message(rejection)));
            }
        }
        return new Batch(done, trackings.build(), errors.build());
    }

    // ---- 5.9, 5.10: real time, change carrier ----

    Answer realtime(JsonValue body) {
        JsonObject o = RequestReader.object(body);
        NewShipment shipment = RequestReader.newShipment(o, RequestReader.carrier(o, "carrier_code"), true);
        ItemOutcome<Shipment> outcome = uc().refresh().refresh(shipment);
        return outcome.value().map(s -> Answer.ok(Json.createObjectBuilder()
                .add("items", Json.createArrayBuilder().add(WireWriter.tracking(s))).build()))
                .orElseGet(() -> rejected(outcome.rejection().orElseThrow()));
    }

    Answer changeCarrier(JsonValue body) {
        JsonObject o = RequestReader.object(body);
        ShipmentKey key = RequestReader.key(o);
        CarrierCode target = RequestReader.carrier(o, "update_carrier_code");
        ItemOutcome<Shipment> outcome = uc().manage().changeCarrier(key, target);
        return outcome.isAccepted() ? Answer.ok(Json.createObjectBuilder().add("Usertag", "").build())
                : rejected(outcome.rejection().orElseThrow());
    }

    // ---- 5.11, 5.12: account ----

    Answer userInfo() {
        return Answer.ok(AnswerWriter.userInfo(uc().account().account()));
    }

    Answer statusNumber(Map<String, String> params) {
        StatusCountQuery query = new StatusCountQuery(range(params, "created_at_min", "created_at_max"),
                range(params, "order_created_time_min", "order_created_time_max"));
        return Answer.ok(AnswerWriter.statusCounts(uc().follow().statusCounts(query)));
    }

    // ---- 5.14, 5.15: insights ----

    Answer remote(JsonValue body) {
        List<RemoteAreaCheck> checks = new ArrayList<>();
        for (JsonObject o : RequestReader.items(body)) {
            Optional<String> postcode = RequestReader.text(o, "postcode");
            Optional<io.parcelport.domain.CountryCode> country = RequestReader.text(o, "country")
                    .flatMap(Countries::parse);
            if (postcode.isEmpty() || country.isEmpty()) {
                continue; // dropped, as the official SDK drops items without country or postcode
            }
            Optional<CarrierCode> company = RequestReader.text(o, "company")
                    .map(c -> c.toLowerCase(java.util.Locale.ROOT)).filter(c -> c.matches("[a-z0-9_-]{1,64}"))
                    .map(CarrierCode::of);
            checks.add(new RemoteAreaCheck(country.get(), postcode.get(), company));
        }
        List<RemoteAreaResult> results = uc().insights().checkRemoteAreas(checks);
        return Answer.ok(AnswerWriter.remote(results));
    }

    Answer costTime(JsonValue body) {
        List<TransitTimeQuery> queries = new ArrayList<>();
        for (JsonObject o : RequestReader.items(body)) {
            Optional<CarrierCode> carrier = RequestReader.text(o, "carrier_code")
                    .filter(c -> c.matches("[A-Za-z0-9_-]{1,64}")).map(c -> CarrierCode.of(c.toLowerCase(
                            java.util.Locale.ROOT)));
            Optional<io.parcelport.domain.CountryCode> from = RequestReader.text(o, "original")
                    .flatMap(Countries::parse);
            Optional<io.parcelport.domain.CountryCode> to = RequestReader.text(o, "destination")
                    .flatMap(Countries::parse);
            if (carrier.isPresent() && from.isPresent() && to.isPresent()) {
                queries.add(new TransitTimeQuery(carrier.get(), from.get(), to.get()));
            }
        }
        JsonArrayBuilder routes = Json.createArrayBuilder();
        for (ItemOutcome<TransitTimeStats> outcome : uc().insights().transitTimes(queries)) {
            // A route without samples is left out; a client reads its absence as "no data".
            outcome.value().ifPresent(stats -> routes.add(AnswerWriter.costTime(stats)));
        }
        return Answer.ok(routes.build());
    }

    // ---- 5.16: air cargo ----

    Answer airCargo(JsonValue body) {
        JsonObject o = RequestReader.object(body);
        JsonValue given = o.get("track_number");
        List<String> waybills = new ArrayList<>();
        if (given instanceof JsonArray array) {
            array.forEach(v -> io.parcelport.wire.trackingmore.Wire.text(v).ifPresent(waybills::add));
        } else {
            RequestReader.text(o, "track_number").ifPresent(waybills::add);
        }
        if (waybills.isEmpty()) {
            throw new Refusal(MetaCode.NUMBER_REQUIRED);
        }
        if (waybills.size() > RequestReader.MAX_ITEMS) {
            throw new Refusal(MetaCode.LIMIT_EXCEEDED);
        }
        List<ItemOutcome<AirCargoTracking>> outcomes = uc().airCargo().trackAll(waybills);
        if (outcomes.stream().anyMatch(out -> out.isRejectedFor(RejectionReason.QUOTA_EXHAUSTED))) {
            // 20 units per waybill, paid up front or not at all (reference §7): the whole call is refused.
            return Answer.error(MetaCode.QUOTA_DEFICIENT);
        }
        if (outcomes.stream().allMatch(out -> out.isRejectedFor(RejectionReason.INVALID_TRACKING_NUMBER))) {
            return Answer.error(MetaCode.INVALID_NUMBER);
        }
        JsonObjectBuilder data = Json.createObjectBuilder();
        for (ItemOutcome<AirCargoTracking> out : outcomes) {
            // Unknown waybills are left out: the answer is keyed by the waybills the airlines know.
            out.value().ifPresent(t -> data.add(t.waybill().value(), AnswerWriter.airCargo(t)));
        }
        return Answer.ok(data.build());
    }

    // ---- 5.17, 5.18: carriers ----

    Answer carriers() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        uc().carriers().carriers().forEach(c -> list.add(AnswerWriter.carrier(c)));
        return Answer.bareSuccess(list.build());
    }

    Answer detect(JsonValue body) {
        TrackingNumber number = RequestReader.number(RequestReader.object(body), "tracking_number");
        List<Carrier> candidates = uc().carriers().detect(number);
        if (candidates.isEmpty()) {
            return Answer.error(MetaCode.CANNOT_DETECT);
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        candidates.forEach(c -> list.add(AnswerWriter.detectedCarrier(c)));
        return Answer.ok(list.build());
    }

    // ---- helpers ----

    private static Answer rejected(Rejection rejection) {
        return Answer.error(MetaCode.answering(rejection.reason()), message(rejection));
    }

    // The documented message for the code: the backend's own text names internals the real API would not show.
    private static String message(Rejection rejection) {
        return MetaCode.answering(rejection.reason()).message();
    }

    private static JsonObject error(JsonObject item, int code, String message) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        b.add("tracking_number", RequestReader.text(item, "tracking_number").orElse(""));
        b.add("carrier_code", RequestReader.text(item, "carrier_code").orElse(""));
        return b.add("code", code).add("message", message).build();
    }

    private static Optional<String> param(Map<String, String> params, String name) {
        return Optional.ofNullable(params.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static java.util.OptionalLong whole(Map<String, String> params, String name) {
        Optional<String> text = param(params, name);
        if (text.isEmpty()) {
            return java.util.OptionalLong.empty();
        }
        try {
            return java.util.OptionalLong.of(Long.parseLong(text.get()));
        } catch (NumberFormatException e) {
            throw new Refusal(MetaCode.BAD_REQUEST, name + " must be a whole number: '" + text.get() + "'.");
        }
    }

    /**
     * A filter range from Unix seconds, blank ends open. The maximum covers its whole second, because the times it
     * is compared with are only shown to the second: {@code created_at_max} equal to a tracking's {@code created_at}
     * includes it.
     */
    private static TimeRange range(Map<String, String> params, String min, String max) {
        Optional<Instant> from = boxed(whole(params, min)).map(Instant::ofEpochSecond);
        Optional<Instant> to = boxed(whole(params, max)).map(s -> Instant.ofEpochSecond(s).plusNanos(999_999_999));
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new Refusal(MetaCode.BAD_REQUEST, min + " is after " + max + ".");
        }
        return new TimeRange(from, to);
    }

    private static Optional<Long> boxed(java.util.OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }

    private static List<String> commaList(Map<String, String> params, String name) {
        return param(params, name).map(s -> Arrays.stream(s.split(",")).map(String::strip)
                .filter(p -> !p.isEmpty()).distinct().toList()).orElse(List.of());
    }

    /** The status words a list may be filtered on, for error messages and tests. */
    static List<String> statusWords() {
        return Arrays.stream(DeliveryStatus.values()).filter(s -> s != DeliveryStatus.UNKNOWN)
                .map(Statuses::word).toList();
    }
}
