package io.parcelport.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.carrier.CarrierKind;
import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.RejectionReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogAndInsightsTest {

    private final InMemoryBackend backend = InMemoryBackend.create();

    private List<String> detect(String number) {
        return backend.carriers().detect(TrackingNumber.of(number)).stream().map(c -> c.code().value()).toList();
    }

    @Test
    void theBuiltInDirectoryHoldsRealCarriersOfBothKinds() {
        List<Carrier> carriers = backend.carriers().carriers(LanguageCode.ENGLISH);

        assertThat(carriers).hasSizeGreaterThanOrEqualTo(15);
        assertThat(carriers).extracting(c -> c.code().value()).contains("usps", "ups", "fedex", "dhl",
                "deutsch-post", "china-post", "china-ems", "royal-mail", "canada-post", "australia-post",
                "japan-post", "la-poste", "postnl-3s", "tnt", "dpd", "gls", "yanwen", "cainiao", "4px",
                "turkey-post", "hong-kong-post", "singapore-post", "colombia-post");
        assertThat(carriers).extracting(Carrier::kind).contains(CarrierKind.EXPRESS, CarrierKind.POSTAL);
    }

    @Test
    void detectionKnowsTheCommonNumberFormats() {
        assertThat(detect("9400111899223197428490")).first().isEqualTo("usps");
        assertThat(detect("RR123456785CN")).first().isEqualTo("china-post");
        assertThat(detect("EE123456785CN")).first().isEqualTo("china-ems");
        assertThat(detect("RR123456785GB")).containsExactly("royal-mail");
        assertThat(detect("1Z999AA10123456784")).containsExactly("ups");
        assertThat(detect("1234567890")).containsExactly("dhl");
        assertThat(detect("LP00123456789012")).containsExactly("cainiao");
    }

    @Test
    void aCustomCarrierListReplacesTheBuiltInOne() {
        InMemoryBackend custom = InMemoryBackend.builder().carriers(List.of(Carrier.of(CarrierCode.of("acme"),
                "ACME Couriers", CarrierKind.EXPRESS))).build();

        assertThat(custom.carriers().carriers(LanguageCode.ENGLISH)).extracting(c -> c.code().value())
                .containsExactly("acme");
        assertThat(custom.shipments().create(NewShipment.of(io.parcelport.domain.shipment.ShipmentKey.of("usps", "PK12345")))
                .isRejectedFor(RejectionReason.INVALID_CARRIER)).isTrue();
        assertThat(custom.shipments().create(NewShipment.of(io.parcelport.domain.shipment.ShipmentKey.of("acme", "PK12345")))
                .isAccepted()).isTrue();
    }

    @Test
    void remoteAreasAreAnsweredForDhlUpsFedexAndTntOnlyAndFilteredByCarrier() {
        RemoteAreaCheck japan = RemoteAreaCheck.of(CountryCode.of("JP"), "7621094");
        RemoteAreaCheck newZealand = RemoteAreaCheck.of(CountryCode.of("NZ"), "Papaaroha");
        RemoteAreaCheck berlin = RemoteAreaCheck.of(CountryCode.of("DE"), "10115");
        RemoteAreaCheck upsOnly = new RemoteAreaCheck(CountryCode.of("JP"), "762 1094",
                Optional.of(CarrierCode.of("ups")));

        var results = backend.insights().checkRemoteAreas(List.of(japan, newZealand, berlin, upsOnly));

        assertThat(results.get(0).remoteFor()).extracting(CarrierCode::value).contains("ups", "tnt");
        assertThat(results.get(1).isRemote()).isTrue();
        assertThat(results.get(2).isRemote()).isFalse();
        assertThat(results.get(3).remoteFor()).extracting(CarrierCode::value).containsExactly("ups");
        assertThat(results).flatExtracting(r -> r.remoteFor()).allSatisfy(c -> assertThat(
                Insights.REMOTE_AREA_CARRIERS).contains(c));
    }

    @Test
    void transitTimeSharesSumToOneAndRepeatForTheSameRoute() {
        TransitTimeQuery dhl = new TransitTimeQuery(CarrierCode.of("dhl"), CountryCode.of("CN"), CountryCode.of("US"));
        TransitTimeQuery post = new TransitTimeQuery(CarrierCode.of("china-post"), CountryCode.of("CN"),
                CountryCode.of("US"));

        List<TransitTimeStats> stats = backend.insights().transitTimes(List.of(dhl, post, dhl)).stream()
                .map(o -> o.value().orElseThrow()).toList();

        for (TransitTimeStats s : stats) {
            assertThat(s.withinWeek().add(s.within8To15Days()).add(s.within16To30Days()).add(s.within31To60Days())
                    .add(s.over60Days())).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(s.deliveredCount()).isLessThanOrEqualTo(s.sampleSize()).isPositive();
        }
        assertThat(stats.get(0)).isEqualTo(stats.get(2));
        assertThat(stats.get(0).withinWeek()).as("express is faster than post")
                .isGreaterThan(stats.get(1).withinWeek());
    }

    @Test
    void knowsEveryCarrierOfTrackingMoresRealListWithItsNameKindAndHomepageAsGiven() {
        InMemoryBackend backend = InMemoryBackend.create();

        java.util.List<io.parcelport.domain.carrier.Carrier> carriers =
                backend.carriers().carriers(io.parcelport.domain.LanguageCode.ENGLISH);

        assertThat(carriers).hasSizeGreaterThanOrEqualTo(628);
        assertThat(carriers).extracting(c -> c.code().value())
                .contains("zto", "sto", "wishpost", "swiss-post", "usps", "china-post").doesNotHaveDuplicates();
        assertThat(carriers).filteredOn(c -> c.code().value().equals("swiss-post")).singleElement()
                .satisfies(c -> {
                    assertThat(c.name()).isEqualTo("Swiss Post");
                    assertThat(c.kind()).isEqualTo(io.parcelport.domain.carrier.CarrierKind.POSTAL);
                });
        assertThat(backend.shipments().create(io.parcelport.ports.NewShipment.of(
                io.parcelport.domain.shipment.ShipmentKey.of("zto", "75312345678901"))).isAccepted()).isTrue();
    }

    @Test
    void detectsByShapeAsRealV2DoesWithoutCheckingTheS10CheckDigit() {
        InMemoryBackend backend = InMemoryBackend.create();

        assertThat(backend.carriers().detect(io.parcelport.domain.shipment.TrackingNumber.of("RN123456789CN")))
                .extracting(c -> c.code().value()).contains("china-post");
        assertThat(backend.carriers().detect(io.parcelport.domain.shipment.TrackingNumber.of("VR020951464YP")))
                .extracting(c -> c.code().value()).containsExactly("yanwen");
    }

    @Test
    void carriersOfTheRealListShipFromTheCountryTheirSiteOrPhoneNames() {
        InMemoryBackend backend = InMemoryBackend.create();

        // sto.cn, post.ch, +86 95338 on a .com site, a 400 hotline on a .com site, a US number.
        assertThat(origin(backend, "sto", "773012345678")).isEqualTo("China");
        assertThat(origin(backend, "swiss-post", "9912345678")).isEqualTo("Switzerland");
        assertThat(origin(backend, "sf-express", "SF1234567890")).isEqualTo("China");
        assertThat(CarrierCatalog.homeOf(new Carrier(CarrierCode.of("x"), "X", CarrierKind.EXPRESS,
                Optional.of("http://www.example.com/"), Optional.of("4008-270-270")))).isEqualTo(CountryCode.of("CN"));
        assertThat(CarrierCatalog.homeOf(new Carrier(CarrierCode.of("x"), "X", CarrierKind.EXPRESS,
                Optional.of("https://example.io/"), Optional.of("1 800 225 5345")))).isEqualTo(CountryCode.of("US"));
        assertThat(CarrierCatalog.homeOf(new Carrier(CarrierCode.of("x"), "X", CarrierKind.EXPRESS,
                Optional.of("//www.example.co.uk/"), Optional.empty()))).isEqualTo(CountryCode.of("GB"));
    }

    private static String origin(InMemoryBackend backend, String carrier, String number) {
        return backend.shipments().create(NewShipment.of(io.parcelport.domain.shipment.ShipmentKey.of(carrier,
                number))).value().orElseThrow().originCountry().orElseThrow().englishName();
    }
}
