package io.parcelport.adapter.trackingmore;

import static io.parcelport.adapter.trackingmore.Fixtures.sample;
import static io.parcelport.adapter.trackingmore.ShipmentTrackerEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.CountryCode;
import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.account.AccountInfo;
import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.domain.aircargo.AirportCode;
import io.parcelport.domain.aircargo.FlightNumber;
import io.parcelport.domain.aircargo.Weight;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.carrier.CarrierKind;
import io.parcelport.domain.insight.RemoteAreaCheck;
import io.parcelport.domain.insight.RemoteAreaResult;
import io.parcelport.domain.insight.TransitTimeQuery;
import io.parcelport.domain.insight.TransitTimeStats;
import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.StatusCounts;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.StatusCountQuery;
import io.parcelport.ports.TimeRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The carrier, account, insight and air cargo endpoints against the replay server: request sent, port result. */
class OtherPortsEndpointsTest extends ReplayBackendTest {

    @Test
    void carriersSendsTheLangHeaderAndReadsAMetaWithOnlyACode() {
        server.answerOk(sample("carriers.response.doc.json"));

        List<Carrier> carriers = backend.carriers().carriers(LanguageCode.of("cn"));

        ReplayServer.Request r = server.onlyRequest();
        assertJsonRequest(r, "GET", "/v2/carriers");
        assertThat(r.header("Lang")).isEqualTo("cn");
        assertThat(carriers).extracting(Carrier::code).containsExactly(CarrierCode.of("dhl"),
                CarrierCode.of("china-post"), CarrierCode.of("singapore-post"));
        assertThat(carriers.get(0).kind()).isEqualTo(CarrierKind.EXPRESS);
        assertThat(carriers.get(1).kind()).isEqualTo(CarrierKind.POSTAL);
        assertThat(carriers.get(0).homepage()).contains("//www.dhl.com/");
        assertThat(carriers.get(2).phone()).contains("0065 / 6841 2000");
    }

    @Test
    void detectPostsTheNumberAndReadsTheCandidates() {
        server.answerOk(sample("carriers_detect.response.doc.json"));

        List<Carrier> found = backend.carriers().detect(TrackingNumber.of("RN123456789CN"));

        ReplayServer.Request r = server.onlyRequest();
        assertJsonRequest(r, "POST", "/v2/carriers/detect");
        assertThat(json(r.body())).isEqualTo(json(sample("carriers_detect.request.doc.json")));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(CarrierCode.of("china-post"));
            assertThat(c.name()).isEqualTo("China post");
        });
    }

    @Test
    void detectThatFindsNoCarrierIsAnEmptyList() {
        server.answerOk("{\"meta\":{\"code\":4032,\"type\":\"No Content\",\"message\":\"Cannot detect courier.\"},"
                + "\"data\":[]}");

        assertThat(backend.carriers().detect(TrackingNumber.of("XX1"))).isEmpty();
    }

    @Test
    void accountInfoReadsRegtimeAsUnixSecondsInAString() {
        server.answerOk(sample("trackings_getuserinfo.response.doc-normalized.json"));

        AccountInfo info = backend.account().info();

        ReplayServer.Request r = server.onlyRequest();
        assertJsonRequest(r, "GET", "/v2/trackings/getuserinfo");
        assertThat(info.email()).contains("user@example.com");
        assertThat(info.registeredAt()).contains(Instant.ofEpochSecond(1469097290));
        assertThat(info.balance()).contains(new BigDecimal("999"));
        assertThat(info.remainingQuota()).isEqualTo(9999);
    }

    @Test
    void statusCountsSendsRangesAsUnixSecondsAndCountsUnknownWordsAsUnknown() {
        server.answerOk("{\"meta\":{\"code\":200,\"type\":\"Success\",\"message\":\"Success\"},\"data\":"
                + "{\"pending\":1,\"notfound\":\"2\",\"transit\":3,\"pickup\":4,\"delivered\":5,\"undelivered\":0,"
                + "\"exception\":6,\"expired\":7,\"inforeceived\":8,\"somethingnew\":9}}");

        StatusCounts counts = backend.account().statusCounts(new StatusCountQuery(
                TimeRange.between(Instant.ofEpochSecond(1441314361), Instant.ofEpochSecond(1446949161)),
                TimeRange.ANY));

        ReplayServer.Request r = server.onlyRequest();
        assertJsonRequest(r, "GET", "/v2/trackings/getstatusnumber");
        assertThat(r.rawQuery()).isEqualTo("created_at_min=1441314361&created_at_max=1446949161");
        assertThat(counts.count(DeliveryStatus.NOT_FOUND)).isEqualTo(2);
        assertThat(counts.count(DeliveryStatus.OUT_FOR_DELIVERY)).isEqualTo(4);
        assertThat(counts.count(DeliveryStatus.INFO_RECEIVED)).isEqualTo(8);
        assertThat(counts.count(DeliveryStatus.UNKNOWN)).isEqualTo(9);
        assertThat(counts.total()).isEqualTo(45);
    }

    @Test
    void remoteAreasPostsCountryAndPostcodeAndMatchesTheAnswerToEachCheck() {
        server.answerOk("""
                {"meta":{"code":200,"type":"Success","message":"The request was successful."},
                 "data":{"submitted":2,"other":[],"remote":[
                  {"far_express_company":"ups","two_code":"JP","far_country":"Japan","far_city_postcode":"7621094"},
                  {"far_express_company":"tnt","two_code":"JP","far_country":"Japan","far_city_postcode":"7621094"}]}}""");
        RemoteAreaCheck japan = RemoteAreaCheck.of(CountryCode.of("JP"), "7621094");
        RemoteAreaCheck nz = RemoteAreaCheck.of(CountryCode.of("NZ"), "Papaaroha");

        List<RemoteAreaResult> results = backend.insights().checkRemoteAreas(List.of(japan, nz));

        ReplayServer.Request r = server.onlyRequest();
        assertJsonRequest(r, "POST", "/v2/trackings/remote");
        assertThat(json(r.body())).isEqualTo(json("[{\"country\":\"JP\",\"postcode\":\"7621094\"},"
                + "{\"country\":\"NZ\",\"postcode\":\"Papaaroha\"}]"));
        assertThat(results.get(0).remoteFor()).containsExactly(CarrierCode.of("ups"), CarrierCode.of("tnt"));
        assertThat(results.get(1).isRemote()).isFalse();
    }

    @Test
    void transitTimesPostsRoutesAndReadsSharesAsPercentages() {
        server.answerOk("""
                {"meta":{"code":200,"type":"Success","message":"Success"},"data":[
                 {"carrier_code":"dhl","original":"CN","destination":"US","total":200,"delivered":180,
                  "range1":"60%","range3":30,"range4":5,"range5":5}]}""");
        TransitTimeQuery us = new TransitTimeQuery(CarrierCode.of("dhl"), CountryCode.of("CN"), CountryCode.of("US"));
        TransitTimeQuery ru = new TransitTimeQuery(CarrierCode.of("dhl"), CountryCode.of("CN"), CountryCode.of("RU"));

        List<ItemOutcome<TransitTimeStats>> outcomes = backend.insights().transitTimes(List.of(us, ru));

        ReplayServer.Request r = server.onlyRequest();
        assertJsonRequest(r, "POST", "/v2/trackings/costtime");
        assertThat(json(r.body())).isEqualTo(json(sample("trackings_costtime.request.doc.json")));
        TransitTimeStats stats = outcomes.get(0).value().orElseThrow();
        assertThat(stats.sampleSize()).isEqualTo(200);
        assertThat(stats.withinWeek()).isEqualByComparingTo("0.6");
        assertThat(stats.within8To15Days()).isEqualByComparingTo("0.3");
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
    }

    @Test
    void airCargoPostsTheWaybillsOnceAndReadsFlightsKeyedByFlightNumber() {
        server.answerOk(AIR_CARGO_ANSWER);
        AirWaybill awb = AirWaybill.parse("172-28891936");

        List<ItemOutcome<AirCargoTracking>> outcomes = backend.airCargo().track(List.of(awb, awb));

        ReplayServer.Request r = server.onlyRequest();
        assertJsonRequest(r, "POST", "/v2/trackings/aircargo");
        assertThat(json(r.body())).isEqualTo(json("{\"track_number\":[\"172-28891936\"]}"));
        assertThat(outcomes).hasSize(2);
        AirCargoTracking t = outcomes.get(0).value().orElseThrow();
        assertThat(t.origin()).isEqualTo(AirportCode.of("XMN"));
        assertThat(t.destination()).isEqualTo(AirportCode.of("MXP"));
        assertThat(t.pieces()).hasValue(9);
        assertThat(t.weight()).contains(Weight.parse("1981K"));
        assertThat(t.flightLegs()).extracting(l -> l.flight()).containsExactly(FlightNumber.parse("CV7493"),
                FlightNumber.parse("C80066"));
        assertThat(t.route()).extracting(AirportCode::code).containsExactly("XMN", "LUX", "MXP");
        assertThat(t.events()).hasSize(3);
        assertThat(t.events().get(1).pieces()).hasValue(9);
        assertThat(t.latestEvent().orElseThrow().actualTime()).contains(LocalDateTime.of(2018, 4, 17, 9, 38));
        assertThat(t.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(t.airline().orElseThrow().name()).isNotBlank();
    }

    @Test
    void airCargoWaybillMissingFromTheAnswerIsNotFound() {
        server.answerOk("{\"meta\":{\"code\":200,\"type\":\"Success\",\"message\":\"Request Success\"},"
                + "\"data\":{\"172-28891936\":{\"track_number\":\"172-28891936\",\"return_data\":[]}}}");

        List<ItemOutcome<AirCargoTracking>> outcomes = backend.airCargo().track(List.of(
                AirWaybill.parse("172-28891936"), AirWaybill.parse("020-12345675")));

        assertThat(outcomes).allMatch(o -> o.isRejectedFor(RejectionReason.NOT_FOUND));
        assertThat(Optional.of(outcomes.size())).contains(2);
    }

    /** The seed listing's aircargo example, its structure restored (the listing dropped brackets). */
    static final String AIR_CARGO_ANSWER = """
            {"meta":{"code":200,"type":"Success","message":"Request Success"},
             "data":{"172-28891936":{"track_number":"172-28891936","return_data":{
              "weight":"1981K","piece":9,"origin":"XMN","destination":"MXP",
              "track_info":[
               {"plan_date":"2018-04-18 20:29:00","actual_date":"2018-04-17 09:38:00","event":"Delivery",
                "station":"MXP","flight_number":"C80066","status":"DLV","piece":"10","weight":""},
               {"plan_date":"2018-04-12 01:20:00","actual_date":"2018-04-11 17:41:00","event":"9 piece(s) accepted",
                "station":"XMN","flight_number":"CV7493","status":"RCS","piece":"9","weight":""},
               {"plan_date":"2018-04-12 16:27:00","actual_date":"2018-04-11 15:56:00",
                "event":"9 piece(s) arrived on CV7493","station":"LUX","flight_number":"CV7493","status":"ARR",
                "piece":"9","weight":""}],
              "status_number":4,
              "flight_info":{
               "C80066":{"plan_arrival_time":"2018-04-14 20:29:00","arrival_time":"2018-04-13 20:21:00",
                "arrival_station":"MXP","plan_depart_time":"2018-04-16 20:15:00","depart_time":"2018-04-14 19:31:00",
                "depart_station":"LUX"},
               "CV7493":{"plan_depart_time":"2018-04-12 08:20:00","depart_time":"2018-04-12 08:46:00",
                "depart_station":"XMN","plan_arrival_time":"2018-04-12 16:27:00","arrival_time":"2018-04-11 15:56:00",
                "arrival_station":"LUX"}},
              "flight_way_station":[],
              "last_event":"2018-04-17 09:38:00, Delivery, MXP, C80066"},
             "airline_info":{"name":"Cargolux Airlines","url":"","track_url":""}}}}""";
}
