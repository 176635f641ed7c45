package io.parcelport.adapter.trackingmorev4;

import static io.parcelport.adapter.trackingmorev4.V4Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.LanguageCode;
import io.parcelport.domain.aircargo.AirCargoTracking;
import io.parcelport.domain.aircargo.AirWaybill;
import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierKind;
import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.ItemOutcome;
import io.parcelport.ports.RejectionReason;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The courier list, detection and air waybills against a loopback stub. */
class OtherPortsEndpointsTest {
    private static final String COURIERS = ok("[{\"courier_name\":\"USPS\",\"courier_code\":\"usps\","
            + "\"courier_country_iso2\":\"US\",\"courier_url\":\"https://www.usps.com\",\"courier_phone\":\"+1 800 275 8777\","
            + "\"courier_type\":\"globalpost\",\"tracking_required_fields\":null,\"optional_fields\":null,"
            + "\"default_language\":\"en\",\"support_language\":[\"en\"],\"courier_logo\":\"x.png\"},"
            + "{\"courier_name\":\"Broken\",\"courier_code\":\"bad code!\"},"
            + "{\"courier_name\":\"DHL\",\"courier_code\":\"dhl\",\"courier_type\":\"express\"}]");
    private static final String AWB = "235-69030430";

    private StubServer server;
    private TrackingMoreV4Backend backend;

    @BeforeEach
    void start() {
        server = new StubServer();
        backend = V4Fixtures.backend(server, V4Fixtures.time());
    }

    @AfterEach
    void stop() {
        backend.close();
        server.close();
    }

    @Test
    void couriersAreListedWithGetAndAnEntryTheDomainRefusesIsSkipped() {
        server.answerOk(COURIERS);

        List<Carrier> carriers = backend.carriers().carriers(LanguageCode.of("en"));

        assertThat(server.onlyRequest().method()).isEqualTo("GET");
        assertThat(server.onlyRequest().rawPath()).isEqualTo("/v4/couriers/all");
        assertThat(carriers).extracting(c -> c.code().value()).containsExactly("usps", "dhl");
        assertThat(carriers.get(0).kind()).isEqualTo(CarrierKind.POSTAL);
        assertThat(carriers.get(0).homepage()).contains("https://www.usps.com");
    }

    @Test
    void detectPostsTheNumberAndCannotDetectIsAnEmptyList() {
        server.answerOk(ok("[{\"courier_name\":\"USPS\",\"courier_code\":\"usps\"}]"));
        server.answer(StubServer.Answer.json(400, V4Fixtures.error(4121, "Cannot detect courier.")));

        List<Carrier> found = backend.carriers().detect(TrackingNumber.of("9400111899562537624326"));
        List<Carrier> none = backend.carriers().detect(TrackingNumber.of("9400111899562537624326"));

        StubServer.Request r = server.request(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.rawPath()).isEqualTo("/v4/couriers/detect");
        assertThat(Json.createReader(new StringReader(r.body())).readObject().getString("tracking_number"))
                .isEqualTo("9400111899562537624326");
        assertThat(found).extracting(c -> c.code().value()).containsExactly("usps");
        assertThat(none).isEmpty();
    }

    private static String waybill(String statusNumber) {
        return ok("{\"awb_number\":\"" + AWB + "\",\"awb_status\":\"transit\",\"status_number\":" + statusNumber
                + ",\"weight\":\"120K\",\"piece\":\"3\",\"origin\":\"PVG\",\"destination\":\"IST\","
                + "\"flight_way_station\":[\"PVG\",\"IST\"],\"last_event\":\"DEP\","
                + "\"flight_info\":{\"TK0721\":{\"plan_depart_time\":\"2024-04-01 10:00\",\"depart_time\":\"2024-04-01 10:20\","
                + "\"depart_station\":\"PVG\",\"plan_arrival_time\":\"2024-04-01 17:00\",\"arrival_time\":null,"
                + "\"arrival_station\":\"IST\"}},\"flight_info_new\":[],"
                + "\"track_info\":[{\"plan_date\":null,\"actual_date\":\"2024-04-01 10:20\",\"event\":\"Departed\","
                + "\"station\":\"PVG\",\"flight_number\":\"TK0721\",\"status\":\"DEP\",\"piece\":3,\"weight\":\"120K\"}],"
                + "\"airline_info\":{\"name\":\"Turkish Airlines\",\"url\":\"https://www.turkishcargo.com\"}}");
    }

    @Test
    void eachWaybillIsItsOwnPostAndStatusNumberMayBeAStringOrANumber() {
        AirWaybill other = AirWaybill.parse("172-28891936");
        server.answerOk(waybill("\"5\""));
        server.answer(StubServer.Answer.json(400, V4Fixtures.error(4161, "The awb airline does not support yet.")));

        List<ItemOutcome<AirCargoTracking>> outcomes = backend.airCargo().track(List.of(AirWaybill.parse(AWB), other,
                AirWaybill.parse(AWB)));

        assertThat(server.requests()).hasSize(2);
        assertThat(server.request(0).rawPath()).isEqualTo("/v4/awb");
        assertThat(Json.createReader(new StringReader(server.request(0).body())).readObject().getString("awb_number"))
                .isEqualTo(AWB);
        AirCargoTracking tracking = outcomes.get(0).value().orElseThrow();
        assertThat(tracking.origin().code()).isEqualTo("PVG");
        assertThat(tracking.flightLegs()).hasSize(1);
        assertThat(tracking.events()).hasSize(1);
        assertThat(outcomes.get(1).isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
        assertThat(outcomes.get(2)).isEqualTo(outcomes.get(0));

        server.answerOk(waybill("5"));
        assertThat(backend.airCargo().track(List.of(AirWaybill.parse(AWB))).get(0).isAccepted()).isTrue();
    }

    @Test
    void anEmptyWaybillAnswerIsNotFound() {
        server.answerOk(ok("[]"));

        assertThat(backend.airCargo().track(List.of(AirWaybill.parse(AWB))).get(0)
                .isRejectedFor(RejectionReason.NOT_FOUND)).isTrue();
    }
}
