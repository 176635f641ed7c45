package io.parcelport.adapter.trackingmorev4;

import static io.parcelport.ports.RejectionReason.CARRIER_NOT_DETECTED;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.out.CarrierDirectory;
import io.parcelport.wire.trackingmore.CarrierKinds;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import io.parcelport.wire.trackingmore.v4.V4ClientAnswers;
import io.parcelport.wire.trackingmore.v4.V4ClientRequests;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * {@link CarrierDirectory} over {@code GET /couriers/all} and {@code POST /couriers/detect} (free in v4). v4's courier
 * list has no language parameter, so names come as TrackingMore writes them whatever the language asked.
 */
final class V4Carriers implements CarrierDirectory {
    private static final System.Logger LOG = System.getLogger(V4Carriers.class.getName());

    private final V4Gateway gateway;

    V4Carriers(V4Gateway gateway) {
        this.gateway = gateway;
    }

    /** {@code GET /couriers/all}; an entry whose code the domain refuses is skipped, the others kept. */
    @Override
    public List<Carrier> carriers(LanguageCode language) {
        Objects.requireNonNull(language, "language");
        V4Reply reply = gateway.call(V4Endpoint.CARRIERS, TrackingMoreV4Api::couriers);
        if (!reply.isSuccess()) {
            throw reply.failure();
        }
        return gateway.decode(reply, () -> read(V4ClientAnswers.couriers(reply.data()), true));
    }

    /** {@code POST /couriers/detect}; 4121 "cannot detect" is an empty list. */
    @Override
    public List<Carrier> detect(TrackingNumber number) {
        Objects.requireNonNull(number, "number");
        String body = V4ClientRequests.detect(number).toString();
        V4Reply reply = gateway.call(V4Endpoint.DETECT, api -> api.detect(body));
        if (reply.isSuccess()) {
            return gateway.decode(reply, () -> read(V4ClientAnswers.couriers(reply.data()), false));
        }
        if (reply.outcome(EnumSet.of(CARRIER_NOT_DETECTED)).isPresent()) {
            return List.of();
        }
        throw reply.failure();
    }

    private static List<Carrier> read(List<V4ClientAnswers.Courier> couriers, boolean skipBad) {
        List<Carrier> out = new ArrayList<>();
        for (int i = 0; i < couriers.size(); i++) {
            V4ClientAnswers.Courier c = couriers.get(i);
            try {
                CarrierCode code = CarrierCode.of(c.code().orElseThrow(
                        () -> new MalformedAnswerException("courier_code", "is missing")));
                out.add(new Carrier(code, c.name().orElse(code.value()), CarrierKinds.read(c.type().orElse(null)),
                        c.url(), c.phone()));
            } catch (IllegalArgumentException | MalformedAnswerException problem) {
                if (!skipBad) {
                    throw new MalformedAnswerException("data[" + i + "].courier_code", "is not a carrier code",
                            problem);
                }
                int index = i;
                LOG.log(Level.DEBUG, () -> "skipped courier data[" + index + "]: " + problem.getMessage());
            }
        }
        return out;
    }
}
