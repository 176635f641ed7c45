package io.parcelport.adapter.trackingmore;

import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.wire.trackingmore.MetaCode;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireBinding;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a many-item answer (5.5 batch, 5.7 updatemore, 5.8 delete, 5.13 notupdate) says about each item, indexed by
 * key so that outcomes can be put back in input order.
 *
 * <p>Items are matched by carrier and number, then by number alone ignoring case, because TrackingMore may
 * normalise a number's case or correct its carrier. The delete answer nests each item's fields in a {@code meta}
 * object (reference §5.8); both shapes are read.
 */
final class BatchReport {
    /** One reported item: its JSON, and the error code when it failed. */
    record Item(JsonValue json, Optional<Integer> code, String message) {
    }

    private final Map<String, Item> byKey = new HashMap<>();
    private final Map<String, Item> byNumber = new HashMap<>();
    final OptionalLong submitted;
    final OptionalLong done;

    private BatchReport(OptionalLong submitted, OptionalLong done) {
        this.submitted = submitted;
        this.done = done;
    }

    /** Reads the answer's {@code data}; {@code doneField} is the count of items done ("added", "delete", "change"). */
    static BatchReport read(JsonValue data, String doneField) {
        if (!(data instanceof JsonObject object)) {
            return new BatchReport(OptionalLong.empty(), OptionalLong.empty());
        }
        Wire.Batch batch = WireBinding.bind(object, Wire.Batch.class, "data");
        OptionalLong done = switch (doneField) {
            case "added" -> Wire.whole(batch.added(), "added");
            case "delete" -> Wire.whole(batch.delete(), "delete");
            default -> Wire.whole(batch.change(), "change");
        };
        BatchReport report = new BatchReport(Wire.whole(batch.submitted(), "submitted"), done);
        List<JsonValue> trackings = batch.trackings() == null ? List.of() : batch.trackings();
        for (JsonValue t : trackings) {
            if (t instanceof JsonObject o) {
                JsonObject fields = o.get("meta") instanceof JsonObject meta && !o.containsKey("tracking_number")
                        ? meta : o;
                Optional<Integer> code = Wire.whole(fields.get("code"), "trackings[].code").stream()
                        .mapToObj(BatchReport::exactCode).findFirst().filter(c -> !MetaCode.isSuccess(c));
                report.put(fields, new Item(o, code, Wire.text(fields.get("message")).orElse("")));
            }
        }
        if (batch.errors() != null) {
            for (Wire.ItemError e : batch.errors()) {
                int code = exactCode(Wire.whole(e.code(), "errors[].code").orElse(0));
                Item item = new Item(JsonValue.NULL, Optional.of(code), Wire.text(e.message()).orElse(""));
                report.put(e.carrierCode(), e.trackingNumber(), item);
            }
        }
        return report;
    }

    private void put(JsonObject fields, Item item) {
        put(Wire.text(fields.get("carrier_code")).orElse(null), Wire.text(fields.get("tracking_number")).orElse(null),
                item);
    }

    private void put(String carrier, String number, Item item) {
        Optional<String> n = Wire.text(number);
        if (n.isEmpty()) {
            return;
        }
        Wire.text(carrier).ifPresent(c -> byKey.put(c.toLowerCase(Locale.ROOT) + "/" + n.get(), item));
        byNumber.putIfAbsent(n.get().toUpperCase(Locale.ROOT), item);
    }

    /** What the answer says about {@code key}, if anything. */
    Optional<Item> find(ShipmentKey key) {
        Item exact = byKey.get(key.carrier().value() + "/" + key.trackingNumber().value());
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(byNumber.get(key.trackingNumber().value().toUpperCase(Locale.ROOT)));
    }

    /** Whether the counts say every submitted item was done. */
    boolean allDone() {
        return submitted.isPresent() && done.isPresent() && submitted.getAsLong() == done.getAsLong();
    }

    // A code beyond an int is no code TrackingMore has: read it as unknown (-1) rather than let it wrap onto a real one
    // (2^32 + 4016 is not 4016, "already exists").
    private static int exactCode(long code) {
        return code == (int) code ? (int) code : -1;
    }
}
