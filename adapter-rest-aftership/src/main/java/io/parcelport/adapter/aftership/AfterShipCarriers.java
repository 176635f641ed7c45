package io.parcelport.adapter.aftership;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.shipment.CarrierExtras;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.out.CarrierDirectory;
import io.parcelport.wire.aftership.Couriers;
import io.parcelport.wire.aftership.MetaCode;
import io.parcelport.wire.aftership.Requests;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * AfterShip's couriers as a {@link CarrierDirectory}: {@code GET /couriers} (the account's couriers; 2025-07 has no
 * {@code /couriers/all}) and {@code POST /couriers/detect}.
 *
 * <p>AfterShip names couriers in English only, so the language is not sent. A detect answered 4012 ("bad courier":
 * no courier matches the number) is an empty list, as the port promises for a number no carrier claims.
 */
final class AfterShipCarriers implements CarrierDirectory {
    private final Gateway gateway;

    AfterShipCarriers(Gateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public List<Carrier> carriers(LanguageCode language) {
        Objects.requireNonNull(language, "language");
        Reply reply = gateway.call(Endpoint.COURIERS, new HttpTransport.Call("GET", "couriers", Map.of(),
                Optional.empty()));
        if (!reply.isSuccess()) {
            throw reply.exception();
        }
        return gateway.decode(reply, () -> Couriers.read(reply.envelope().dataObject("answer"), "answer.data"));
    }

    @Override
    public List<Carrier> detect(TrackingNumber number) {
        Objects.requireNonNull(number, "number");
        Reply reply = gateway.call(Endpoint.DETECT, new HttpTransport.Call("POST", "couriers/detect", Map.of(),
                Gateway.json(Requests.detect(number, CarrierExtras.NONE, Optional.empty()))));
        if (reply.is(MetaCode.BAD_COURIER)) {
            return List.of();
        }
        if (!reply.isSuccess()) {
            throw reply.exception();
        }
        return gateway.decode(reply, () -> Couriers.read(reply.envelope().dataObject("answer"), "answer.data"));
    }
}
