package io.parcelport.adapter.inmemory;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.Rejection;
import io.parcelport.ports.RejectionReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** Remote-area answers from a small built-in table, and transit-time statistics derived per route. */
final class Insights {

    // TrackingMore answers remote-area questions for these four carriers only (its support pages say so).
    static final List<CarrierCode> REMOTE_AREA_CARRIERS = List.of("dhl", "ups", "fedex", "tnt").stream()
            .map(CarrierCode::of).toList();

    private record Area(String country, String postcodePrefix, List<String> carriers) {
    }

    // A postcode (spaces removed, upper case) is remote when it starts with one of these; the first two rows are
    // TrackingMore's documented request example (its answer named UPS and TNT for the Japanese postcode).
    private static final List<Area> REMOTE = List.of(
            new Area("JP", "7621094", List.of("ups", "tnt", "dhl")),
            new Area("NZ", "PAPAAROHA", List.of("dhl", "fedex", "ups", "tnt")),
            new Area("US", "99723", List.of("ups", "fedex", "dhl")),
            new Area("NO", "9170", List.of("dhl", "ups", "fedex", "tnt")),
            new Area("AU", "0872", List.of("dhl", "fedex")),
            new Area("GB", "HS", List.of("dhl", "ups", "fedex", "tnt")),
            new Area("GB", "ZE", List.of("dhl", "ups", "tnt")),
            new Area("FR", "20", List.of("dhl", "ups")),
            new Area("CL", "2770", List.of("dhl", "fedex")));

    private static final Map<Boolean, int[]> BASE_SHARES = Map.of(
            true, new int[] {6800, 2300, 700, 150, 50},
            false, new int[] {1500, 4000, 3000, 1100, 400});

    private final CarrierCatalog catalog;

    Insights(CarrierCatalog catalog) {
        this.catalog = catalog;
    }

    RemoteAreaResult check(RemoteAreaCheck check) {
        String place = check.postcodeOrCity().replace(" ", "").toUpperCase(Locale.ROOT);
        List<CarrierCode> remote = REMOTE.stream()
                .filter(a -> a.country().equals(check.country().value()) && place.startsWith(a.postcodePrefix()))
                .flatMap(a -> a.carriers().stream())
                .map(CarrierCode::of)
                .distinct()
                .filter(c -> catalog.profile(c).isPresent())
                .filter(c -> check.carrier().map(c::equals).orElse(true))
                .toList();
        return new RemoteAreaResult(check, remote);
    }

    ItemOutcome<TransitTimeStats> transitTime(TransitTimeQuery query) {
        Optional<CarrierCatalog.Profile> profile = catalog.profile(query.carrier());
        if (profile.isEmpty()) {
            return ItemOutcome.rejected(new Rejection(RejectionReason.NOT_FOUND,
                    "no transit-time sample for unknown carrier '" + query.carrier() + "'", Optional.empty()));
        }
        boolean express = profile.get().carrier().kind() != io.parcelport.domain.carrier.CarrierKind.POSTAL;
        SplittableRandom rnd = new SplittableRandom(Simulator.seedOf(new ShipmentKey(query.carrier(),
                TrackingNumber.of(query.from().value() + "-" + query.to().value()))));
        long sample = 200 + rnd.nextInt(19_800);
        long delivered = sample * (70 + rnd.nextInt(29)) / 100;
        // Basis points that sum to exactly 10000, so the five shares sum to exactly 1.
        int[] base = BASE_SHARES.get(express);
        int[] points = new int[5];
        int sum = 0;
        for (int i = 1; i < 5; i++) {
            points[i] = Math.max(0, base[i] + rnd.nextInt(-base[i] / 3, base[i] / 3 + 1));
            sum += points[i];
        }
        points[0] = 10_000 - sum;
        return ItemOutcome.accepted(new TransitTimeStats(query, sample, delivered, share(points[0]),
                share(points[1]), share(points[2]), share(points[3]), share(points[4])));
    }

    private static BigDecimal share(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 4);
    }

    /** Countries the table knows remote places of; for documentation and tests. */
    static List<CountryCode> countries() {
        return REMOTE.stream().map(a -> CountryCode.of(a.country())).distinct().toList();
    }
}
