package io.parcelport.adapter.trackingmore;

import static io.parcelport.ports.RejectionReason.INVALID_TRACKING_NUMBER;
import static io.parcelport.ports.RejectionReason.LIMIT_EXCEEDED;
import static io.parcelport.ports.RejectionReason.NOT_FOUND;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.ShipmentStatus;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentChanges;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.StatusCommand;
import io.parcelport.ports.TimeRange;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.TrackingReader;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireBinding;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The shipment reads over TrackingMore v2 (one shipment, a page of them), shared by the single and batch calls. */
final class ShipmentReads {
    private static final Set<RejectionReason> NOT_FOUND_ONLY = EnumSet.of(NOT_FOUND);

    private final ShipmentCalls calls;
    private final ShipmentMapper mapper;

    ShipmentReads(ShipmentCalls calls, ShipmentMapper mapper) {
        this.calls = calls;
        this.mapper = mapper;
    }

    /** {@code GET /trackings/{carrier}/{number}[/{lang}]}; retried (a read). 4017 and 4031 are empty. */
    Optional<Shipment> find(ShipmentKey key, Optional<LanguageCode> language) {
        Objects.requireNonNull(key, "key");
        String carrier = key.carrier().value();
        String number = PathValues.number(key, Endpoint.FIND);
        // The hottest call goes past the Rest Client proxy: GET trackings/{carrier}/{number}[/{lang}] (5.2).
        Reply reply = language.isPresent()
                ? calls.gateway().get(Endpoint.FIND, "trackings", carrier, number, language.get().value())
                : calls.gateway().get(Endpoint.FIND, "trackings", carrier, number);
        if (reply.isSuccess()) {
            if (reply.tracking() == null && reply.data() instanceof JsonArray array && array.isEmpty()) {
                return Optional.empty(); // TrackingMore's [] for "nothing", even with a success code
            }
            return Optional.of(calls.overrides().remembered(calls.gateway().decode(reply,
                    () -> reply.tracking() != null ? mapper.shipment(reply.tracking(), Optional.of(key), language)
                            : mapper.shipment(reply.data(), Optional.of(key), language))));
        }
        if (reply.outcome(NOT_FOUND_ONLY).isPresent()) {
            return Optional.empty();
        }
        throw reply.failure();
    }

    Optional<Shipment> find(ShipmentKey key) {
        return find(key, Optional.empty());
    }

    /** {@code GET /trackings/get}: see {@link TrackingMoreShipments#query}. */
    Page<Shipment> query(ShipmentQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        String op = Endpoint.LIST.operation;
        if (page.size() > calls.limits().maxPageSize()) {
            throw limit(op, "page size " + page.size() + " exceeds " + calls.limits().maxPageSize());
        }
        if (query.numbers().size() > calls.limits().maxQueryNumbers()) {
            throw limit(op, query.numbers().size() + " tracking numbers exceed " + calls.limits().maxQueryNumbers());
        }
        if (query.orderIds().size() > calls.limits().maxQueryOrderIds()) {
            throw limit(op, query.orderIds().size() + " order ids exceed " + calls.limits().maxQueryOrderIds());
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
        Reply reply = calls.gateway().call(Endpoint.LIST, api -> api.list(page.page(), page.size(), status,
                from(query.created()), to(query.created()), from(query.updated()), to(query.updated()),
                from(query.ordered()), to(query.ordered()), numbers, orders, archived, lang));
        if (reply.isSuccess()) {
            return calls.gateway().decode(reply, () -> page(reply, page, query.language()));
        }
        if (reply.outcome(NOT_FOUND_ONLY).isPresent()) {
            return new Page<>(List.of(), page, 0);
        }
        throw reply.failure();
    }

    private Page<Shipment> page(Reply reply, PageRequest request, Optional<LanguageCode> language) {
        JsonValue data = reply.data();
        if (reply.page() == null && data instanceof JsonArray array && array.isEmpty()) {
            return new Page<>(List.of(), request, 0);
        }
        Wire.ListPage list = reply.page() != null ? reply.page()
                : TrackingReader.listPage(WireBinding.object(data, "data"), "data");
        List<Wire.Tracking> items = list.items() == null ? List.of() : list.items();
        if (items.size() > request.size()) {
            throw new MalformedAnswerException("data.items", "holds " + items.size() + " items, more than the "
                    + request.size() + " asked for");
        }
        List<Shipment> shipments = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            shipments.add(calls.overrides().remembered(mapper.shipment(items.get(i), Optional.empty(), language)));
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

    /** A registered shipment: what TrackingMore does not echo (carrier extras, language) is what was registered. */
    Shipment registered(JsonValue data, NewShipment request) {
        Shipment shipment = mapper.shipment(data, Optional.of(request.key()), request.language());
        return shipment.toBuilder().carrierExtras(request.carrierExtras()).build();
    }

    /** A shipment read from an update's answer, with the status command of {@code changes} applied. */
    Shipment updated(JsonValue data, ShipmentKey key, ShipmentChanges changes, Optional<ShipmentStatus> before) {
        Shipment read = mapper.shipment(data, Optional.of(key), Optional.empty());
        return calls.overrides().withCommand(read, changes, before);
    }

    /**
     * The carrier's status under a manual one about to be set: read now, since the answer to the change will not
     * show it. A free read, made only for status commands 4 and 7.
     */
    Optional<ShipmentStatus> statusBeforeOverride(ShipmentKey key, ShipmentChanges changes) {
        if (changes.status().flatMap(StatusCommand::manualStatus).isEmpty()) {
            return Optional.empty();
        }
        return find(key).map(Shipment::status);
    }

    static InvalidRequestException limit(String operation, String message) {
        return new InvalidRequestException(BackendException.Failure.of(operation), LIMIT_EXCEEDED, message);
    }
}
