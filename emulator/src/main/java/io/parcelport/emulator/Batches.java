package io.parcelport.emulator;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.Rejection;
import io.parcelport.wire.trackingmore.MetaCode;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Runs a many-item endpoint's items through one use-case call and answers each in v2's batch shape. */
final class Batches {
    private Batches() {
    }

    /**
     * What a many-item endpoint did: how many items were done, what they became, and the refused items as v2's
     * {@code errors}, in input order.
     */
    record Batch(int done, JsonArray trackings, JsonArray errors) {
    }

    /**
     * Parses each item (a {@link Refusal} keeps its place as an error without being sent), runs the valid ones through
     * {@code call} in one go, and merges both back in input order; {@code written} answers a done item from its request
     * and its outcome.
     */
    static <I, R> Batch run(List<JsonObject> items, Function<JsonObject, I> parse,
            Function<List<I>, List<ItemOutcome<R>>> call, BiFunction<JsonObject, R, JsonValue> written) {
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
        JsonArrayBuilder trackings = JSON.createArrayBuilder();
        JsonArrayBuilder errors = JSON.createArrayBuilder();
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
                trackings.add(written.apply(items.get(i), outcome.value().orElseThrow()));
            } else {
                Rejection rejection = outcome.rejection().orElseThrow();
                errors.add(error(items.get(i), MetaCode.answering(rejection.reason()).code(), Answer.message(rejection)));
            }
        }
        return new Batch(done, trackings.build(), errors.build());
    }

    private static JsonObject error(JsonObject item, int code, String message) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        b.add("tracking_number", RequestReader.text(item, "tracking_number").orElse(""));
        b.add("carrier_code", RequestReader.text(item, "carrier_code").orElse(""));
        return b.add("code", code).add("message", message).build();
    }
}
