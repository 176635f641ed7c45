package io.parcelport.wire.trackingmore.v4;

import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.TimeRange;
import io.parcelport.wire.trackingmore.Statuses;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The query of TrackingMore v4's list call, {@code GET /trackings/get} (v4 reference §2.3): the parameters a
 * {@link ShipmentQuery} and a {@link PageRequest} stand for, and their percent-encoded query string.
 *
 * <p>Every value is percent-encoded, a {@code +} as {@code %2B} (two SDKs send the offset of an ISO time raw, which a
 * server reads as a space) and a space as {@code %20}. Times go out as ISO-8601 with the offset {@code +00:00}.
 * Order ids and order times have no v4 parameter; the caller refuses a query naming them before this.
 */
public final class V4Query {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private V4Query() {
    }

    /** The list parameters, in a stable order, unencoded; unset filters are left out. */
    public static Map<String, String> list(ShipmentQuery query, PageRequest page) {
        Map<String, String> params = new LinkedHashMap<>();
        if (!query.numbers().isEmpty()) {
            params.put("tracking_numbers", query.numbers().stream().map(TrackingNumber::value)
                    .collect(Collectors.joining(",")));
        }
        query.status().ifPresent(s -> params.put("delivery_status", Statuses.word(s)));
        switch (query.archived()) {
            case ARCHIVED_ONLY -> params.put("archived_status", V4ClientRequests.ARCHIVED);
            case ACTIVE_ONLY -> params.put("archived_status", V4ClientRequests.NOT_ARCHIVED);
            case EITHER -> { }
        }
        range(params, "created_date", query.created());
        range(params, "updated_date", query.updated());
        params.put("pages_amount", Integer.toString(page.page()));
        params.put("items_amount", Integer.toString(page.size()));
        query.language().ifPresent(l -> params.put("lang", l.value()));
        return params;
    }

    /** The lookup of one shipment: its number and carrier, the first page of {@code size}. */
    public static Map<String, String> lookup(CarrierCode carrier, TrackingNumber number, int size) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("tracking_numbers", number.value());
        params.put("courier_code", carrier.value());
        params.put("pages_amount", "1");
        params.put("items_amount", Integer.toString(size));
        return params;
    }

    /** An instant as a v4 filter writes it: {@code 2023-08-23T06:00:00+00:00}. */
    public static String time(Instant instant) {
        return ISO.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /** {@code params} as a query string, every name and value percent-encoded (no raw {@code +}, no raw space). */
    public static String encode(Map<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> query.add(component(name) + "=" + component(value)));
        return query.toString();
    }

    /** One query component percent-encoded as RFC 3986 reads it: a space is {@code %20}, never {@code +}. */
    public static String component(String value) {
        // URLEncoder writes a form: a space as '+', and '+' itself as %2B; '*' is left alone, which RFC 3986 allows.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void range(Map<String, String> params, String name, TimeRange range) {
        range.from().ifPresent(t -> params.put(name + "_min", time(t)));
        range.to().ifPresent(t -> params.put(name + "_max", time(t)));
    }
}
