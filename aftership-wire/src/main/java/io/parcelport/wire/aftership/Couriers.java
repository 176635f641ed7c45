package io.parcelport.wire.aftership;

import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.carrier.CarrierKind;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The courier object (reference §5) and the {@code {total, couriers}} data of {@code GET /couriers} and
 * {@code POST /couriers/detect}, read as domain {@link Carrier}s and written back.
 *
 * <p>AfterShip does not say what kind of business a courier is, so every courier reads as
 * {@link CarrierKind#OTHER}. A courier whose slug the domain refuses, or that has no name, is skipped: one odd entry
 * must not cost the caller the whole list.
 */
public final class Couriers {
    private Couriers() {
    }

    /** The couriers of a {@code {total, couriers}} data object, in the order given. */
    public static List<Carrier> read(JsonObject data, String what) {
        List<JsonObject> items = Json.objects(data, "couriers", what);
        List<Carrier> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            one(items.get(i), what + ".couriers[" + i + "]").ifPresent(out::add);
        }
        return out;
    }

    /** One courier; empty when its slug or name is unusable. */
    public static Optional<Carrier> one(JsonObject courier, String what) {
        Optional<String> slug = Json.text(courier, "slug", what);
        Optional<String> name = Json.text(courier, "name", what).or(() -> slug);
        if (slug.isEmpty() || !slug.get().toLowerCase(java.util.Locale.ROOT).matches("[a-z0-9_-]{1,64}")) {
            return Optional.empty();
        }
        return Optional.of(new Carrier(CarrierCode.of(slug.get()), name.get(), CarrierKind.OTHER,
                Json.text(courier, "web_url", what), Json.text(courier, "phone", what)));
    }

    /** The required extra fields of a courier ({@code required_fields}), as AfterShip names them. */
    public static List<String> requiredFields(JsonObject courier, String what) {
        return Json.texts(courier, "required_fields", what);
    }

    /** The {@code {total, couriers}} data object for {@code carriers}. */
    public static JsonObject write(List<Carrier> carriers) {
        JsonArrayBuilder items = Json.PROVIDER.createArrayBuilder();
        for (Carrier c : carriers) {
            JsonObjectBuilder o = Json.object().add("slug", c.code().value()).add("name", c.name());
            c.phone().ifPresentOrElse(v -> o.add("phone", v), () -> o.addNull("phone"));
            o.addNull("other_name");
            c.homepage().ifPresentOrElse(v -> o.add("web_url", v), () -> o.addNull("web_url"));
            o.add("required_fields", Json.PROVIDER.createArrayBuilder());
            o.add("optional_fields", Json.PROVIDER.createArrayBuilder());
            items.add(o);
        }
        return Json.object().add("total", carriers.size()).add("couriers", items).build();
    }
}
