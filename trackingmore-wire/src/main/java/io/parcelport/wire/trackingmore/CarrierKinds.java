package io.parcelport.wire.trackingmore;

import io.parcelport.domain.carrier.CarrierKind;
import java.util.Locale;

/**
 * A carrier's {@code type} in TrackingMore v2's carrier list (reference §5.17) and the domain's {@link CarrierKind},
 * both ways; {@code globalpost} is a national postal service.
 */
public final class CarrierKinds {

    private CarrierKinds() {
    }

    /** The word written for {@code kind}. */
    public static String write(CarrierKind kind) {
        return switch (kind) {
            case EXPRESS -> "express";
            case POSTAL -> "globalpost";
            case AIR -> "air";
            case FREIGHT -> "freight";
            default -> "other";
        };
    }

    /** The kind a {@code type} names, in any case and with the synonyms seen in answers; anything else is OTHER. */
    public static CarrierKind read(String type) {
        return switch (Wire.text(type).orElse("").toLowerCase(Locale.ROOT)) {
            case "express", "courier" -> CarrierKind.EXPRESS;
            case "globalpost", "post", "postal" -> CarrierKind.POSTAL;
            case "air", "aircargo", "airline" -> CarrierKind.AIR;
            case "freight", "ocean", "sea" -> CarrierKind.FREIGHT;
            default -> CarrierKind.OTHER;
        };
    }
}
