package io.parcelport.wire.aftership;

import io.parcelport.domain.shipment.Shipment;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code data} of {@code GET /trackings} (reference §2.2): {@code pagination {total, next_cursor,
 * has_next_page}} and {@code trackings}.
 *
 * @param trackings the shipments of this page
 * @param total {@code pagination.total}, when given
 * @param nextCursor the cursor of the next page: present only when {@code has_next_page} is true and a cursor was
 *     given, so that following it never loops on a last page that still names a cursor
 */
public record TrackingPage(List<Shipment> trackings, OptionalLong total, Optional<String> nextCursor) {

    public TrackingPage {
        trackings = List.copyOf(trackings);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    /**
     * Reads a list page. A body without {@code pagination} (the legacy page/limit shape) is a last page.
     *
     * @param now the registration time to assume for a tracking without {@code created_at}
     */
    public static TrackingPage read(JsonObject data, Instant now, String what) {
        List<JsonObject> items = Json.objects(data, "trackings", what);
        List<Shipment> shipments = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            shipments.add(Trackings.read(items.get(i), now, what + ".trackings[" + i + "]"));
        }
        Optional<JsonObject> pagination = Json.object(data, "pagination", what);
        OptionalLong total = pagination.map(p -> Json.whole(p, "total")).orElse(OptionalLong.empty());
        boolean more = pagination.flatMap(p -> Json.bool(p, "has_next_page")).orElse(false);
        Optional<String> cursor = more
                ? pagination.flatMap(p -> Json.text(p, "next_cursor", what + ".pagination"))
                : Optional.empty();
        return new TrackingPage(shipments, total, cursor);
    }

    /** The {@code data} of a list answer. */
    public JsonObject write() {
        JsonArrayBuilder items = Json.PROVIDER.createArrayBuilder();
        trackings.forEach(s -> items.add(Trackings.write(s)));
        JsonObjectBuilder pagination = Json.object()
                .add("total", total.orElse(trackings.size()))
                .add("has_next_page", nextCursor.isPresent());
        nextCursor.ifPresentOrElse(c -> pagination.add("next_cursor", c), () -> pagination.addNull("next_cursor"));
        return Json.object().add("pagination", pagination).add("trackings", items).build();
    }
}
