package io.parcelport.emulator;

import static io.parcelport.wire.trackingmore.JsonProviders.JSON;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.in.ParcelportUseCases;
import io.parcelport.wire.trackingmore.AnswerWriter;
import io.parcelport.wire.trackingmore.Countries;
import io.parcelport.wire.trackingmore.MetaCode;
import io.parcelport.wire.trackingmore.Wire;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The v2 endpoints that look things up rather than manage trackings (reference §5.14 to §5.18): remote areas, transit
 * times, air cargo, the carrier list and detection, each over the use cases only.
 */
final class LookupEndpoints {
    private final Supplier<ParcelportUseCases> useCases;

    LookupEndpoints(Supplier<ParcelportUseCases> useCases) {
        this.useCases = useCases;
    }

    private ParcelportUseCases uc() {
        return useCases.get();
    }

    // ---- 5.14, 5.15: insights ----

    Answer remote(JsonValue body) {
        List<RemoteAreaCheck> checks = new ArrayList<>();
        for (JsonObject o : RequestReader.items(body)) {
            Optional<String> postcode = RequestReader.text(o, "postcode");
            Optional<CountryCode> country = RequestReader.text(o, "country")
                    .flatMap(Countries::parse);
            if (postcode.isEmpty() || country.isEmpty()) {
                continue; // dropped, as the official SDK drops items without country or postcode
            }
            Optional<CarrierCode> company = RequestReader.text(o, "company")
                    .map(c -> c.toLowerCase(Locale.ROOT)).filter(c -> c.matches("[a-z0-9_-]{1,64}"))
                    .map(CarrierCode::of);
            checks.add(new RemoteAreaCheck(country.get(), postcode.get(), company));
        }
        List<RemoteAreaResult> results = uc().insights().checkRemoteAreas(checks);
        return Answer.ok(AnswerWriter.remote(results));
    }

    Answer costTime(JsonValue body) {
        List<TransitTimeQuery> queries = new ArrayList<>();
        for (JsonObject o : RequestReader.items(body)) {
            Optional<CarrierCode> carrier = RequestReader.text(o, "carrier_code")
                    .filter(c -> c.matches("[A-Za-z0-9_-]{1,64}")).map(c -> CarrierCode.of(c.toLowerCase(
                            Locale.ROOT)));
            Optional<CountryCode> from = RequestReader.text(o, "original")
                    .flatMap(Countries::parse);
            Optional<CountryCode> to = RequestReader.text(o, "destination")
                    .flatMap(Countries::parse);
            if (carrier.isPresent() && from.isPresent() && to.isPresent()) {
                queries.add(new TransitTimeQuery(carrier.get(), from.get(), to.get()));
            }
        }
        JsonArrayBuilder routes = JSON.createArrayBuilder();
        for (ItemOutcome<TransitTimeStats> outcome : uc().insights().transitTimes(queries)) {
            // A route without samples is left out; a client reads its absence as "no data".
            outcome.value().ifPresent(stats -> routes.add(AnswerWriter.costTime(stats)));
        }
        return Answer.ok(routes.build());
    }

    // ---- 5.16: air cargo ----

    Answer airCargo(JsonValue body) {
        JsonObject o = RequestReader.object(body);
        JsonValue given = o.get("track_number");
        List<String> waybills = new ArrayList<>();
        if (given instanceof JsonArray array) {
            array.forEach(v -> Wire.text(v).ifPresent(waybills::add));
        } else {
            RequestReader.text(o, "track_number").ifPresent(waybills::add);
        }
        if (waybills.isEmpty()) {
            throw new Refusal(MetaCode.NUMBER_REQUIRED);
        }
        if (waybills.size() > RequestReader.MAX_ITEMS) {
            throw new Refusal(MetaCode.LIMIT_EXCEEDED);
        }
        List<ItemOutcome<AirCargoTracking>> outcomes = uc().airCargo().trackAll(waybills);
        if (outcomes.stream().anyMatch(out -> out.isRejectedFor(RejectionReason.QUOTA_EXHAUSTED))) {
            // 20 units per waybill, paid up front or not at all (reference §7): the whole call is refused.
            return Answer.error(MetaCode.QUOTA_DEFICIENT);
        }
        if (outcomes.stream().allMatch(out -> out.isRejectedFor(RejectionReason.INVALID_TRACKING_NUMBER))) {
            return Answer.error(MetaCode.INVALID_NUMBER);
        }
        JsonObjectBuilder data = JSON.createObjectBuilder();
        for (ItemOutcome<AirCargoTracking> out : outcomes) {
            // Unknown waybills are left out: the answer is keyed by the waybills the airlines know.
            out.value().ifPresent(t -> data.add(t.waybill().value(), AnswerWriter.airCargo(t)));
        }
        return Answer.ok(data.build());
    }

    // ---- 5.17, 5.18: carriers ----

    Answer carriers() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        uc().carriers().carriers().forEach(c -> list.add(AnswerWriter.carrier(c)));
        return Answer.bareSuccess(list.build());
    }

    Answer detect(JsonValue body) {
        TrackingNumber number = RequestReader.number(RequestReader.object(body), "tracking_number");
        List<Carrier> candidates = uc().carriers().detect(number);
        if (candidates.isEmpty()) {
            return Answer.error(MetaCode.CANNOT_DETECT);
        }
        JsonArrayBuilder list = JSON.createArrayBuilder();
        candidates.forEach(c -> list.add(AnswerWriter.detectedCarrier(c)));
        return Answer.ok(list.build());
    }
}
