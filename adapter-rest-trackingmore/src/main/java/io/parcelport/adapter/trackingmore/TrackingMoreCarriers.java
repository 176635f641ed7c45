package io.parcelport.adapter.trackingmore;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import java.lang.System.Logger.Level;
import static io.parcelport.ports.RejectionReason.CARRIER_NOT_DETECTED;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.out.CarrierDirectory;
import io.parcelport.wire.trackingmore.CarrierKinds;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.Wire;
import io.parcelport.wire.trackingmore.WireBinding;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * {@link CarrierDirectory} over {@code GET /carriers} (with the {@code Lang} header) and {@code POST /carriers/detect};
 * the carrier mapper lives here too, as the only place that reads carriers.
 */
final class TrackingMoreCarriers implements CarrierDirectory {
    private static final System.Logger LOG = System.getLogger(TrackingMoreCarriers.class.getName());

    private final HttpGateway gateway;

    TrackingMoreCarriers(HttpGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * {@code GET /carriers}; retried (a read). An entry whose code the domain refuses is skipped (logged at
     * {@code FINE}): one odd entry in a list of a thousand carriers must not hide the others.
     */
    @Override
    public List<Carrier> carriers(LanguageCode language) {
        Objects.requireNonNull(language, "language");
        Reply reply = gateway.call(Endpoint.CARRIERS, api -> api.carriers(language.value()));
        if (!reply.isSuccess()) {
            throw reply.failure();
        }
        return gateway.decode(reply, () -> read(reply.data(), true));
    }

    /** {@code POST /carriers/detect}; retried (a read, a fifth of a quota unit). 4032 is an empty list. */
    @Override
    public List<Carrier> detect(TrackingNumber number) {
        Objects.requireNonNull(number, "number");
        String body = JSON.createObjectBuilder().add("tracking_number", number.value()).build().toString();
        Reply reply = gateway.call(Endpoint.DETECT, api -> api.detect(body));
        if (reply.isSuccess()) {
            return gateway.decode(reply, () -> read(reply.data(), false));
        }
        if (reply.outcome(EnumSet.of(CARRIER_NOT_DETECTED)).isPresent()) {
            return List.of();
        }
        throw reply.failure();
    }

    private static List<Carrier> read(JsonValue data, boolean skipBad) {
        List<Carrier> out = new ArrayList<>();
        List<Wire.CarrierEntry> entries = WireBinding.bindAll(data, Wire.CarrierEntry.class, "data");
        for (int i = 0; i < entries.size(); i++) {
            Wire.CarrierEntry e = entries.get(i);
            try {
                CarrierCode code = CarrierCode.of(Wire.text(e.code()).orElseThrow(
                        () -> new MalformedAnswerException("code", "is missing")));
                String name = Wire.text(e.name()).orElse(code.value());
                out.add(new Carrier(code, name, CarrierKinds.read(e.type()), Wire.text(e.homepage()), Wire.text(e.phone())));
            } catch (IllegalArgumentException | MalformedAnswerException problem) {
                if (!skipBad) {
                    throw new MalformedAnswerException("data[" + i + "].code", "is not a carrier code", problem);
                }
                int index = i;
                LOG.log(Level.DEBUG, () -> "skipped carrier data[" + index + "]: " + problem.getMessage());
            }
        }
        return out;
    }
}
