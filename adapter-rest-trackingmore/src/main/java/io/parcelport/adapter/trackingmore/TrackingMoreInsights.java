package io.parcelport.adapter.trackingmore;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.ports.BackendException;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.out.LogisticsInsights;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireBinding;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link LogisticsInsights} over {@code POST /trackings/remote} and {@code POST /trackings/costtime}, with their
 * mappers. Both answers are only partly documented (reference §5.14, §5.15); what is assumed is said where it is
 * read.
 */
final class TrackingMoreInsights implements LogisticsInsights {
    static final int MAX_ITEMS = 40;

    private final HttpGateway gateway;

    TrackingMoreInsights(HttpGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public int maxItemsPerCall() {
        return MAX_ITEMS;
    }

    /**
     * {@code POST /trackings/remote}; retried (a read). A place is remote for each carrier listed in
     * {@code data.remote} with the same country and postcode (and carrier, when the check names one).
     */
    @Override
    public List<RemoteAreaResult> checkRemoteAreas(List<RemoteAreaCheck> checks) {
        check(checks, Endpoint.REMOTE_AREAS);
        if (checks.isEmpty()) {
            return List.of();
        }
        JsonArrayBuilder body = JSON.createArrayBuilder();
        for (RemoteAreaCheck c : checks) {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("country", c.country().value())
                    .add("postcode", c.postcodeOrCity());
            c.carrier().ifPresent(carrier -> item.add("company", carrier.value()));
            body.add(item);
        }
        String json = body.build().toString();
        Reply reply = gateway.call(Endpoint.REMOTE_AREAS, api -> api.remote(json));
        if (!reply.isSuccess()) {
            throw reply.failure();
        }
        return gateway.decode(reply, () -> {
            Wire.Remote remote = WireBinding.bind(WireBinding.object(reply.data(), "data"), Wire.Remote.class, "data");
            List<Wire.RemoteEntry> entries = remote.remote() == null ? List.of() : remote.remote();
            List<RemoteAreaResult> out = new ArrayList<>();
            for (RemoteAreaCheck c : checks) {
                List<CarrierCode> carriers = new ArrayList<>();
                for (Wire.RemoteEntry e : entries) {
                    boolean samePlace = c.country().value().equalsIgnoreCase(Wire.text(e.countryCode()).orElse(""))
                            && c.postcodeOrCity().equalsIgnoreCase(Wire.text(e.postcode()).orElse(""));
                    Optional<CarrierCode> carrier = Wire.text(e.company())
                            .map(s -> s.toLowerCase(Locale.ROOT)).filter(s -> s.matches("[a-z0-9_-]{1,64}"))
                            .map(CarrierCode::of);
                    if (samePlace && carrier.isPresent() && !carriers.contains(carrier.get())
                            && c.carrier().map(carrier.get()::equals).orElse(true)) {
                        carriers.add(carrier.get());
                    }
                }
                out.add(new RemoteAreaResult(c, carriers));
            }
            return out;
        });
    }

    /**
     * {@code POST /trackings/costtime}; retried (a read). Assumed shape: {@code data} an array of routes with
     * {@code carrier_code, original, destination, total, delivered, range1, range3, range4, range5} (the doc's
     * attribute list; {@code range2}/{@code range6} read when present), shares as fractions or percentages. A route
     * missing from the answer, or with no sample, is {@code NOT_FOUND}.
     */
    @Override
    public List<ItemOutcome<TransitTimeStats>> transitTimes(List<TransitTimeQuery> queries) {
        check(queries, Endpoint.TRANSIT_TIMES);
        if (queries.isEmpty()) {
            return List.of();
        }
        JsonArrayBuilder body = JSON.createArrayBuilder();
        for (TransitTimeQuery q : queries) {
            body.add(JSON.createObjectBuilder().add("carrier_code", q.carrier().value())
                    .add("original", q.from().value()).add("destination", q.to().value()));
        }
        String json = body.build().toString();
        Reply reply = gateway.call(Endpoint.TRANSIT_TIMES, api -> api.costTime(json));
        if (!reply.isSuccess()) {
            return reply.rejectedAllOrThrow(EnumSet.of(RejectionReason.NOT_FOUND), queries);
        }
        return gateway.decode(reply, () -> {
            List<Wire.CostTime> routes = WireBinding.bindAll(routes(reply.data()), Wire.CostTime.class, "data");
            List<ItemOutcome<TransitTimeStats>> out = new ArrayList<>();
            for (TransitTimeQuery q : queries) {
                Optional<Wire.CostTime> route = routes.stream().filter(r -> matches(r, q)).findFirst();
                out.add(route.map(r -> stats(q, r)).orElseGet(() -> ItemOutcome.rejected(new Rejection(
                        RejectionReason.NOT_FOUND, q + ": TrackingMore has no sample for this route",
                        Optional.empty()))));
            }
            return out;
        });
    }

    private static JsonValue routes(JsonValue data) {
        if (data instanceof JsonArray) {
            return data;
        }
        if (data instanceof JsonObject object) {
            for (JsonValue value : object.values()) {
                if (value instanceof JsonArray) {
                    return value;
                }
            }
        }
        throw new MalformedAnswerException("data", "holds no list of routes");
    }

    private static boolean matches(Wire.CostTime r, TransitTimeQuery q) {
        return q.carrier().value().equalsIgnoreCase(Wire.text(r.carrierCode()).orElse(""))
                && q.from().value().equalsIgnoreCase(Wire.text(r.original()).orElse(""))
                && q.to().value().equalsIgnoreCase(Wire.text(r.destination()).orElse(""));
    }

    private static ItemOutcome<TransitTimeStats> stats(TransitTimeQuery q, Wire.CostTime r) {
        long total = Wire.whole(r.total(), "total").orElse(0);
        if (total <= 0) {
            return ItemOutcome.rejected(new Rejection(RejectionReason.NOT_FOUND,
                    q + ": TrackingMore has no sample for this route", Optional.empty()));
        }
        long delivered = Math.min(total, Wire.whole(r.delivered(), "delivered").orElse(0));
        return ItemOutcome.accepted(new TransitTimeStats(q, total, delivered,
                share(r.range1(), "range1"),
                share(r.range3() != null ? r.range3() : r.range2(), "range3"),
                share(r.range4(), "range4"),
                share(r.range5(), "range5"),
                share(r.range6(), "range6")));
    }

    // Shares come as fractions (0.45) or percentages (45, "45%"); anything above 1 is read as a percentage.
    private static BigDecimal share(JsonValue value, String field) {
        BigDecimal v = Wire.decimal(value, field).orElse(BigDecimal.ZERO);
        boolean percent = v.compareTo(BigDecimal.ONE) > 0
                || (value != null && Wire.text(value).map(s -> s.endsWith("%")).orElse(false));
        if (percent) {
            v = v.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            throw new MalformedAnswerException(field, "is not a share between 0 and 100%: " + value);
        }
        return v;
    }

    private static <T> void check(List<T> items, Endpoint endpoint) {
        Objects.requireNonNull(items, "items");
        items.forEach(i -> Objects.requireNonNull(i, "item"));
        if (items.size() > MAX_ITEMS) {
            throw new InvalidRequestException(BackendException.Failure.of(endpoint.operation),
                    RejectionReason.LIMIT_EXCEEDED, items.size() + " items exceed the limit of " + MAX_ITEMS);
        }
    }
}
