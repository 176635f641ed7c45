package io.parcelport.emulator;

import static io.parcelport.wire.aftership.Json.PROVIDER;

import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.in.ParcelportUseCases;
import io.parcelport.wire.aftership.Countries;
import io.parcelport.wire.aftership.MalformedAnswerException;
import io.parcelport.wire.aftership.MetaCode;
import io.parcelport.wire.aftership.Requests;
import io.parcelport.wire.aftership.Tag;
import io.parcelport.wire.aftership.Times;
import io.parcelport.wire.aftership.TrackingObject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The AfterShip Tracking 2025-07 calls (reference §2), each over the use cases only and over the same shipments as
 * the TrackingMore faces: a tracking's id is the backend id the v4 face shows (or, when the client chose one at
 * creation, that one). Refusals are thrown as {@link AfterShipRefusal} and answered by {@link AfterShipApiHandler}.
 */
final class AfterShipEndpoints {
    /** The id pattern of [DOC-MODEL]; anything else is 4015. */
    static final String ID_PATTERN = "[0-9a-zA-Z_-]{1,128}";
    private static final String NUMBER_PATTERN = "[A-Za-z0-9._/-]{4,100}";
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 200;
    private static final int MAX_NUMBERS = 50;
    private static final int SCAN_PAGE = 2000;
    private static final int MAX_PREDICTIONS = 5;

    private final Supplier<ParcelportUseCases> useCases;
    private final Supplier<AfterShipState> state;
    private final Supplier<SentFields> otherFaces;
    private final Function<String, Optional<ShipmentKey>> ids;
    private final Clock clock;

    /**
     * @param useCases the use cases of the current state
     * @param state what this face remembers in the current state
     * @param otherFaces the free text the v2 and v4 faces echo, kept in step with changes made here
     * @param ids the key of the shipment with a backend id, empty when none has it
     * @param clock the emulator's clock
     */
    AfterShipEndpoints(Supplier<ParcelportUseCases> useCases, Supplier<AfterShipState> state,
            Supplier<SentFields> otherFaces, Function<String, Optional<ShipmentKey>> ids, Clock clock) {
        this.useCases = useCases;
        this.state = state;
        this.otherFaces = otherFaces;
        this.ids = ids;
        this.clock = clock;
    }

    private ParcelportUseCases uc() {
        return useCases.get();
    }

    /** The id the AfterShip face shows for {@code s}. */
    String idOf(Shipment s) {
        return state.get().chosenId(s.key()).or(s::backendId).orElse("");
    }

    /** The tracking object of {@code s} as the AfterShip face answers it everywhere (calls and webhooks). */
    JsonObject tracking(Shipment s) {
        AfterShipState st = state.get();
        return TrackingObject.write(s, idOf(s), st.sent(s.key()), st.completion(s.key()));
    }

    // ---- 2.1 create ----

    Answer create(JsonObject body) {
        String number = text(body, "tracking_number").orElseThrow(
                () -> new AfterShipRefusal(MetaCode.TRACKING_NUMBER_REQUIRED));
        if (!number.matches(NUMBER_PATTERN)) {
            throw new AfterShipRefusal(MetaCode.TRACKING_NUMBER_INVALID);
        }
        Optional<String> chosenId = text(body, "id");
        if (chosenId.isPresent() && (!chosenId.get().matches(ID_PATTERN) || taken(chosenId.get()))) {
            throw new AfterShipRefusal(MetaCode.ID_INVALID);
        }
        TrackingNumber tn;
        try {
            tn = TrackingNumber.of(number);
        } catch (IllegalArgumentException e) {
            throw new AfterShipRefusal(MetaCode.TRACKING_NUMBER_INVALID);
        }
        CarrierCode slug = text(body, "slug").map(s -> known(s).orElseThrow(
                () -> new AfterShipRefusal(MetaCode.SLUG_INVALID))).orElseGet(() -> detected(tn));
        JsonObject request = PROVIDER.createObjectBuilder(body).add("slug", slug.value()).build();
        NewShipment shipment;
        try {
            shipment = Requests.readCreate(request);
        } catch (MalformedAnswerException | IllegalArgumentException e) {
            throw new AfterShipRefusal(MetaCode.INVALID_REQUEST, "The request was invalid: " + e.getMessage());
        }
        if (uc().follow().find(shipment.key()).isPresent()) {
            throw new AfterShipRefusal(MetaCode.TRACKING_ALREADY_EXIST);
        }
        ItemOutcome<Shipment> outcome = uc().register().register(shipment);
        Shipment s = accepted(outcome);
        if (chosenId.isPresent() && !state.get().choose(s.key(), chosenId.get())) {
            throw new AfterShipRefusal(MetaCode.ID_INVALID);
        }
        state.get().remember(s.key(), body);
        shareText(s.key(), body);
        return AfterShipAnswers.created(tracking(s));
    }

    private boolean taken(String id) {
        return state.get().chosen(id) || ids.apply(id).isPresent();
    }

    private Optional<CarrierCode> known(String slug) {
        String lower = slug.strip().toLowerCase(Locale.ROOT);
        if (!lower.matches("[a-z0-9_-]{1,64}")) {
            return Optional.empty();
        }
        return uc().carriers().carrier(CarrierCode.of(lower)).map(Carrier::code);
    }

    // No slug: AfterShip detects the courier; none detected is 4012 (the "not on the auto-detect list" message).
    private CarrierCode detected(TrackingNumber number) {
        return uc().carriers().detect(number).stream().findFirst().map(Carrier::code).orElseThrow(
                () -> new AfterShipRefusal(MetaCode.BAD_COURIER,
                        "The tracking number cannot be detected by any courier on the auto-detect list."));
    }

    private static Shipment accepted(ItemOutcome<Shipment> outcome) {
        if (outcome.isAccepted()) {
            return outcome.value().orElseThrow();
        }
        throw refusalFor(outcome.rejection().orElseThrow().reason());
    }

    static AfterShipRefusal refusalFor(RejectionReason reason) {
        return switch (reason) {
            case QUOTA_EXHAUSTED -> quotaExhausted();
            case CARRIER_NOT_DETECTED -> new AfterShipRefusal(MetaCode.BAD_COURIER);
            default -> new AfterShipRefusal(MetaCode.answering(reason));
        };
    }

    /** AfterShip documents no quota code: the account's plan refuses the call, HTTP 403 meta 403. */
    static AfterShipRefusal quotaExhausted() {
        return new AfterShipRefusal(MetaCode.REQUEST_NOT_ALLOWED,
                "The request is refused: the account has used up its tracking quota.");
    }

    // ---- 2.2 list ----

    Answer list(Map<String, String> params) {
        int limit = param(params, "limit").map(l -> {
            if (!l.matches("\\d{1,6}") || Integer.parseInt(l) < 1 || Integer.parseInt(l) > MAX_LIMIT) {
                throw AfterShipRefusal.invalid("limit");
            }
            return Integer.parseInt(l);
        }).orElse(DEFAULT_LIMIT);
        int offset = param(params, "cursor").map(AfterShipEndpoints::offsetOf).orElse(0);
        Predicate<JsonObject> filter = filter(params);
        List<JsonObject> matching;
        try (Stream<Shipment> all = uc().follow().query(ShipmentQuery.ALL, SCAN_PAGE)) {
            matching = all.map(this::tracking).filter(filter).toList();
        }
        List<JsonObject> page = matching.stream().skip(offset).limit(limit).toList();
        boolean more = offset + page.size() < matching.size();
        Optional<List<String>> fields = param(params, "fields").map(AfterShipEndpoints::commaList);
        JsonArrayBuilder items = PROVIDER.createArrayBuilder();
        page.forEach(t -> items.add(fields.map(f -> project(t, f)).orElse(t)));
        JsonObjectBuilder pagination = PROVIDER.createObjectBuilder().add("total", matching.size());
        if (more) {
            pagination.add("next_cursor", cursorOf(offset + page.size()));
        } else {
            pagination.addNull("next_cursor");
        }
        pagination.add("has_next_page", more);
        return AfterShipAnswers.ok(PROVIDER.createObjectBuilder().add("pagination", pagination).add("trackings", items)
                .build());
    }

    // The cursor names the offset of the page's first tracking; opaque to clients, like AfterShip's.
    static String cursorOf(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset)
                .getBytes(StandardCharsets.UTF_8));
    }

    static int offsetOf(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (decoded.matches("o:\\d{1,9}")) {
                return Integer.parseInt(decoded.substring(2));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw AfterShipRefusal.invalid("cursor");
    }

    private static Predicate<JsonObject> filter(Map<String, String> params) {
        List<Predicate<JsonObject>> all = new ArrayList<>();
        param(params, "keyword").map(k -> k.toLowerCase(Locale.ROOT)).ifPresent(k -> all.add(t -> Stream.of(
                "tracking_number", "title", "order_id", "order_number", "note").map(f -> str(t, f))
                .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(k))
                || t.getJsonArray("customers").stream().map(JsonValue::asJsonObject)
                        .anyMatch(c -> (str(c, "name") + " " + str(c, "email")).toLowerCase(Locale.ROOT)
                                .contains(k))));
        param(params, Requests.TRACKING_NUMBERS).map(AfterShipEndpoints::commaList).ifPresent(numbers -> {
            if (numbers.size() > MAX_NUMBERS) {
                throw AfterShipRefusal.invalid(Requests.TRACKING_NUMBERS);
            }
            all.add(t -> numbers.contains(str(t, "tracking_number")));
        });
        param(params, "slug").map(AfterShipEndpoints::commaList).map(l -> l.stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).toList()).ifPresent(s -> all.add(t -> s.contains(str(t,
                        "slug"))));
        param(params, "order_id").map(AfterShipEndpoints::commaList).ifPresent(o -> all.add(t -> o.contains(
                str(t, "order_id"))));
        param(params, "shipment_tags").map(AfterShipEndpoints::commaList).ifPresent(tags -> all.add(
                t -> t.getJsonArray("shipment_tags").stream().filter(v -> v instanceof JsonString)
                        .map(v -> ((JsonString) v).getString()).anyMatch(tags::contains)));
        param(params, "tag").map(AfterShipEndpoints::commaList).ifPresent(tags -> {
            for (String tag : tags) {
                if (Tag.parse(tag).isEmpty()) {
                    throw AfterShipRefusal.invalid("tag");
                }
            }
            Set<String> wire = tags.stream().map(tg -> Tag.parse(tg).orElseThrow().wire())
                    .collect(Collectors.toSet());
            all.add(t -> wire.contains(str(t, "tag")));
        });
        param(params, "origin").map(AfterShipEndpoints::countries).ifPresent(c -> all.add(
                t -> c.contains(str(t, "origin_country_region"))));
        param(params, "destination").map(AfterShipEndpoints::countries).ifPresent(c -> all.add(
                t -> c.contains(str(t, "destination_country_region"))));
        param(params, "courier_destination_country_region").map(AfterShipEndpoints::countries).ifPresent(c ->
                all.add(t -> c.contains(str(t, "courier_destination_country_region"))));
        param(params, "return_to_sender").ifPresent(r -> {
            if (!r.equalsIgnoreCase("true") && !r.equalsIgnoreCase("false")) {
                throw AfterShipRefusal.invalid("return_to_sender");
            }
            boolean wanted = Boolean.parseBoolean(r.toLowerCase(Locale.ROOT));
            all.add(t -> t.getBoolean("return_to_sender") == wanted);
        });
        param(params, "transit_time").ifPresent(v -> {
            if (!v.matches("\\d{1,5}")) {
                throw AfterShipRefusal.invalid("transit_time");
            }
            long days = Long.parseLong(v);
            all.add(t -> t.get("transit_time") instanceof jakarta.json.JsonNumber n && n.longValue() == days);
        });
        time(params, "created_at_min").ifPresent(i -> all.add(t -> !instant(t, "created_at").isBefore(i)));
        time(params, "created_at_max").ifPresent(i -> all.add(t -> !instant(t, "created_at").isAfter(i)));
        time(params, "updated_at_min").ifPresent(i -> all.add(t -> !instant(t, "updated_at").isBefore(i)));
        time(params, "updated_at_max").ifPresent(i -> all.add(t -> !instant(t, "updated_at").isAfter(i)));
        return t -> all.stream().allMatch(p -> p.test(t));
    }

    private static Set<String> countries(String list) {
        Set<String> out = new java.util.HashSet<>();
        for (String c : commaList(list)) {
            out.add(Countries.read(c).map(Countries::write).orElseThrow(() -> AfterShipRefusal.invalid("country")));
        }
        return out;
    }

    // Since 2025-01 an invalid time filter is HTTP 400 (reference §2.2); ISO 8601, a date alone its midnight UTC.
    private static Optional<Instant> time(Map<String, String> params, String name) {
        return param(params, name).map(v -> {
            try {
                return Times.instant(v, name).orElseThrow();
            } catch (MalformedAnswerException e) {
                throw AfterShipRefusal.invalid(name);
            }
        });
    }

    private static Instant instant(JsonObject t, String field) {
        return Times.instant(str(t, field), field).orElse(Instant.EPOCH);
    }

    /** The tracking with only the fields asked for; {@code id} always stays, so the client can address it. */
    static JsonObject project(JsonObject tracking, List<String> fields) {
        JsonObjectBuilder b = PROVIDER.createObjectBuilder();
        tracking.forEach((k, v) -> {
            if (k.equals("id") || fields.contains(k)) {
                b.add(k, v);
            }
        });
        return b.build();
    }

    // ---- 2.3 - 2.7: one tracking by id ----

    /** The key of the tracking {@code id} names: 4015 for text no id can be, 4004 when no tracking has it. */
    ShipmentKey keyOf(String id) {
        if (!id.matches(ID_PATTERN)) {
            throw new AfterShipRefusal(MetaCode.ID_INVALID);
        }
        // The backend's id (the one v2 and v4 show) addresses a tracking too when the client chose another.
        return state.get().keyOfChosen(id).or(() -> ids.apply(id))
                .orElseThrow(() -> new AfterShipRefusal(MetaCode.TRACKING_DOES_NOT_EXIST));
    }

    private Shipment existing(ShipmentKey key) {
        return uc().follow().find(key).orElseThrow(() -> new AfterShipRefusal(MetaCode.TRACKING_DOES_NOT_EXIST));
    }

    Answer get(String id, Map<String, String> params) {
        JsonObject t = tracking(existing(keyOf(id)));
        return AfterShipAnswers.ok(param(params, "fields").map(f -> project(t, commaList(f))).orElse(t));
    }

    /** Changes the courier ({@code slug}) first, then the details; the tracking keeps its id. */
    Answer update(String id, JsonObject body) {
        ShipmentKey key = keyOf(id);
        Shipment s = existing(key);
        Optional<String> slugText = text(body, "slug");
        if (slugText.isPresent()) {
            CarrierCode slug = known(slugText.get()).orElseThrow(() -> new AfterShipRefusal(MetaCode.SLUG_INVALID));
            if (!slug.equals(key.carrier())) {
                String shown = idOf(s);
                ItemOutcome<Shipment> moved = uc().manage().changeCarrier(key, slug);
                s = accepted(moved);
                AfterShipState st = state.get();
                st.moved(key, s.key());
                otherFaces.get().moved(key, s.key());
                if (st.chosenId(s.key()).isEmpty() && !shown.equals(s.backendId().orElse(""))) {
                    // AfterShip keeps a tracking's id when its courier changes; the backend gives it a new one.
                    st.choose(s.key(), shown);
                }
                key = s.key();
            }
        }
        Optional<ShipmentChanges> changes;
        try {
            changes = Requests.readUpdate(body);
        } catch (MalformedAnswerException | IllegalArgumentException e) {
            throw new AfterShipRefusal(MetaCode.INVALID_REQUEST, "The request was invalid: " + e.getMessage());
        }
        if (changes.isPresent()) {
            s = accepted(uc().manage().update(key, changes.get()));
        }
        state.get().remember(key, body);
        shareText(key, body);
        return AfterShipAnswers.ok(tracking(s));
    }

    // The v2 and v4 faces echo their own last-sent text over the shipment's: text sent here replaces it there, under
    // v4's names (the same as AfterShip's), which those faces map to v2's.
    private void shareText(ShipmentKey key, JsonObject body) {
        JsonObjectBuilder b = PROVIDER.createObjectBuilder();
        for (String field : List.of("title", "order_id", "order_number", "note")) {
            text(body, field).ifPresent(v -> b.add(field, v));
        }
        JsonObject shared = b.build();
        if (!shared.isEmpty()) {
            otherFaces.get().changedV4(key, shared);
        }
    }

    /** Deletes the tracking and answers it as it was just before. */
    Answer delete(String id) {
        ShipmentKey key = keyOf(id);
        JsonObject before = tracking(existing(key));
        ItemOutcome<ShipmentKey> outcome = uc().manage().delete(key);
        if (!outcome.isAccepted()) {
            throw refusalFor(outcome.rejection().orElseThrow().reason());
        }
        state.get().forget(key);
        otherFaces.get().forget(key);
        return AfterShipAnswers.ok(before);
    }

    /**
     * Retracks an inactive tracking (an active one: 4013), once per shipment (again: 4016, the error table's rule);
     * it becomes active again and the simulated carrier is asked anew.
     */
    Answer retrack(String id) {
        ShipmentKey key = keyOf(id);
        Shipment s = existing(key);
        if (s.isRefreshing() && state.get().completion(key).isEmpty()) {
            throw new AfterShipRefusal(MetaCode.INACTIVE_RETRACK_NOT_ALLOWED);
        }
        if (!state.get().retrack(key)) {
            throw new AfterShipRefusal(MetaCode.RETRACK_ONCE_ALLOWED);
        }
        if (s.status().manualOverride().isPresent()) {
            s = accepted(uc().manage().update(key, ShipmentChanges.builder()
                    .status(StatusCommand.REVERT_TO_CARRIER).build()));
        }
        ItemOutcome<Shipment> outcome = uc().refresh().refresh(NewShipment.of(key));
        return AfterShipAnswers.ok(tracking(outcome.value().orElse(s)));
    }

    /** Sets the final status the reason names (§2.7) and answers the tracking. */
    Answer markAsCompleted(String id, JsonObject body) {
        ShipmentKey key = keyOf(id);
        existing(key);
        String word = text(body, "reason").orElseThrow(() -> AfterShipRefusal.required("reason"));
        Requests.CompletionReason reason = Requests.CompletionReason.parse(word)
                .filter(r -> r.name().equals(word.strip()))
                .orElseThrow(() -> AfterShipRefusal.invalid("reason"));
        StatusCommand command = reason == Requests.CompletionReason.DELIVERED ? StatusCommand.MARK_DELIVERED
                : StatusCommand.MARK_EXCEPTION;
        Shipment s = accepted(uc().manage().update(key, ShipmentChanges.builder().status(command).build()));
        state.get().completed(key, reason);
        return AfterShipAnswers.ok(tracking(s));
    }

    // ---- 2.8, 2.10 couriers ----

    /** Every courier ({@code slug} narrows to those named); all are active, so {@code active=false} lists none. */
    Answer couriers(Map<String, String> params) {
        Optional<Boolean> active = param(params, "active").map(a -> {
            if (!a.equalsIgnoreCase("true") && !a.equalsIgnoreCase("false")) {
                throw AfterShipRefusal.invalid("active");
            }
            return Boolean.parseBoolean(a.toLowerCase(Locale.ROOT));
        });
        Optional<List<String>> slugs = param(params, "slug").map(AfterShipEndpoints::commaList)
                .map(l -> l.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        List<Carrier> carriers = active.orElse(true) ? uc().carriers().carriers().stream()
                .filter(c -> slugs.map(l -> l.contains(c.code().value())).orElse(true)).toList() : List.of();
        return AfterShipAnswers.ok(courierList(carriers));
    }

    private static JsonObject courierList(List<Carrier> carriers) {
        JsonArrayBuilder list = PROVIDER.createArrayBuilder();
        carriers.forEach(c -> list.add(TrackingObject.courier(c, List.of())));
        return PROVIDER.createObjectBuilder().add("total", carriers.size()).add("couriers", list).build();
    }

    /** The couriers a number may belong to, most likely first ({@code slug} narrows them); none is an empty list. */
    Answer detect(JsonObject body) {
        String number = text(body, "tracking_number").orElseThrow(
                () -> new AfterShipRefusal(MetaCode.TRACKING_NUMBER_REQUIRED));
        TrackingNumber tn;
        try {
            tn = TrackingNumber.of(number);
        } catch (IllegalArgumentException e) {
            throw new AfterShipRefusal(MetaCode.TRACKING_NUMBER_INVALID);
        }
        List<String> slugs = body.get("slug") instanceof jakarta.json.JsonArray a ? a.stream()
                .filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString().toLowerCase(Locale.ROOT))
                .toList() : text(body, "slug").map(s -> List.of(s.toLowerCase(Locale.ROOT))).orElse(List.of());
        List<Carrier> found = uc().carriers().detect(tn).stream()
                .filter(c -> slugs.isEmpty() || slugs.contains(c.code().value())).toList();
        return AfterShipAnswers.ok(courierList(found));
    }

    // ---- 2.11, 2.12 estimated delivery date ----

    Answer predict(JsonObject body) {
        return AfterShipAnswers.ok(prediction(body, "body"));
    }

    /** Up to five predictions; one that does not meet the specification fails the whole call, as the SDK says. */
    Answer predictBatch(JsonObject body) {
        if (!(body.get("estimated_delivery_dates") instanceof jakarta.json.JsonArray items)) {
            throw AfterShipRefusal.required("estimated_delivery_dates");
        }
        if (items.isEmpty() || items.size() > MAX_PREDICTIONS) {
            throw AfterShipRefusal.invalid("estimated_delivery_dates");
        }
        JsonArrayBuilder out = PROVIDER.createArrayBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof JsonObject item)) {
                throw AfterShipRefusal.invalid("estimated_delivery_dates[" + i + "]");
            }
            out.add(prediction(item, "estimated_delivery_dates[" + i + "]."));
        }
        return AfterShipAnswers.ok(PROVIDER.createObjectBuilder().add("estimated_delivery_dates", out).build());
    }

    // The simulated carriers' EDD: two days within a country, six across borders, from the pickup (or now); the
    // range one day either side.
    private JsonObject prediction(JsonObject item, String where) {
        String prefix = where.equals("body") ? "" : where;
        text(item, "slug").orElseThrow(() -> AfterShipRefusal.required(prefix + "slug"));
        JsonObject origin = address(item, "origin_address", prefix);
        JsonObject destination = address(item, "destination_address", prefix);
        if (text(destination, "state").isEmpty() && text(destination, "postal_code").isEmpty()) {
            throw AfterShipRefusal.required(prefix + "destination_address.state");
        }
        LocalDate from = text(item, "pickup_time").or(() -> item.get("estimated_pickup") instanceof JsonObject p
                ? text(p, "order_time") : Optional.empty())
                .map(t -> {
                    try {
                        return Times.read(t, "pickup_time").orElseThrow().local().toLocalDate();
                    } catch (MalformedAnswerException e) {
                        throw AfterShipRefusal.invalid(prefix + "pickup_time");
                    }
                }).orElse(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        boolean domestic = country(origin).equals(country(destination));
        LocalDate edd = from.plusDays(domestic ? 2 : 6);
        return PROVIDER.createObjectBuilder(item)
                .add("id", java.util.UUID.nameUUIDFromBytes(item.toString().getBytes(StandardCharsets.UTF_8))
                        .toString().replace("-", ""))
                .add("estimated_delivery_date", Times.write(edd))
                .addNull("confidence_code")
                .add("estimated_delivery_date_min", Times.write(edd.minusDays(1)))
                .add("estimated_delivery_date_max", Times.write(edd.plusDays(1)))
                .build();
    }

    private static JsonObject address(JsonObject item, String field, String prefix) {
        if (!(item.get(field) instanceof JsonObject address)) {
            throw AfterShipRefusal.required(prefix + field);
        }
        // The 2025-01 README's example writes country where the model says country_region; accept both.
        String country = text(address, "country_region").or(() -> text(address, "country"))
                .orElseThrow(() -> AfterShipRefusal.required(prefix + field + ".country_region"));
        if (Countries.read(country).isEmpty()) {
            throw AfterShipRefusal.invalid(prefix + field + ".country_region");
        }
        return address;
    }

    private static String country(JsonObject address) {
        return text(address, "country_region").or(() -> text(address, "country")).flatMap(Countries::read)
                .map(Countries::write).orElse("");
    }

    // ---- 2.13 - 2.17 courier connections ----

    Answer connections(Map<String, String> params) {
        int limit = param(params, "limit").map(l -> {
            if (!l.matches("\\d{1,6}") || Integer.parseInt(l) < 1 || Integer.parseInt(l) > MAX_LIMIT) {
                throw AfterShipRefusal.invalid("limit");
            }
            return Integer.parseInt(l);
        }).orElse(DEFAULT_LIMIT);
        int offset = param(params, "cursor").map(AfterShipEndpoints::offsetOf).orElse(0);
        Optional<String> slug = param(params, "courier_slug").map(s -> s.toLowerCase(Locale.ROOT));
        List<JsonObject> all = state.get().connections().stream()
                .filter(c -> slug.map(s -> s.equals(str(c, "courier_slug"))).orElse(true)).toList();
        List<JsonObject> page = all.stream().skip(offset).limit(limit).toList();
        boolean more = offset + page.size() < all.size();
        JsonObjectBuilder pagination = PROVIDER.createObjectBuilder().add("total", all.size());
        if (more) {
            pagination.add("next_cursor", cursorOf(offset + page.size()));
        } else {
            pagination.addNull("next_cursor");
        }
        pagination.add("has_next_page", more);
        JsonArrayBuilder items = PROVIDER.createArrayBuilder();
        page.forEach(items::add);
        return AfterShipAnswers.ok(PROVIDER.createObjectBuilder().add("pagination", pagination)
                .add("courier_connections", items).build());
    }

    Answer createConnection(JsonObject body) {
        String slug = text(body, "courier_slug").orElseThrow(() -> AfterShipRefusal.required("courier_slug"));
        CarrierCode courier = known(slug).orElseThrow(() -> new AfterShipRefusal(MetaCode.SLUG_INVALID));
        if (!(body.get("credentials") instanceof JsonObject credentials)) {
            throw AfterShipRefusal.required("credentials");
        }
        String id = HexFormat.of().formatHex(randomBytes());
        String now = Times.write(clock.instant());
        JsonObject connection = PROVIDER.createObjectBuilder().add("id", id).add("courier_slug", courier.value())
                .add("credentials", credentials).add("created_at", now).add("updated_at", now).build();
        state.get().putConnection(id, connection);
        return AfterShipAnswers.created(connection);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    Answer connection(String id) {
        return AfterShipAnswers.ok(existingConnection(id));
    }

    Answer patchConnection(String id, JsonObject body) {
        JsonObject before = existingConnection(id);
        if (!(body.get("credentials") instanceof JsonObject credentials)) {
            throw AfterShipRefusal.required("credentials");
        }
        JsonObject after = PROVIDER.createObjectBuilder(before).add("credentials", credentials)
                .add("updated_at", Times.write(clock.instant())).build();
        state.get().putConnection(id, after);
        return AfterShipAnswers.ok(after);
    }

    Answer deleteConnection(String id) {
        existingConnection(id);
        return AfterShipAnswers.ok(state.get().removeConnection(id).orElseThrow(
                () -> new AfterShipRefusal(MetaCode.NOT_FOUND)));
    }

    private JsonObject existingConnection(String id) {
        if (!id.matches(ID_PATTERN)) {
            throw new AfterShipRefusal(MetaCode.ID_INVALID);
        }
        return state.get().connection(id).orElseThrow(() -> new AfterShipRefusal(MetaCode.NOT_FOUND));
    }

    // ---- helpers ----

    private static Optional<String> param(Map<String, String> params, String name) {
        return Optional.ofNullable(params.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    static List<String> commaList(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A string field's text; a number is its text too; blank or absent is empty. */
    static Optional<String> text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v instanceof JsonString s) {
            return Optional.of(s.getString()).filter(t -> !t.isBlank());
        }
        if (v instanceof jakarta.json.JsonNumber n) {
            return Optional.of(n.toString());
        }
        return Optional.empty();
    }

    private static String str(JsonObject o, String field) {
        return o.get(field) instanceof JsonString s ? s.getString() : "";
    }
}
