package io.parcelport.adapter.trackingmore;

import static io.parcelport.adapter.trackingmore.Fixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.parcelport.domain.shipment.DeliveryStatus;
import io.parcelport.domain.shipment.EventTime;
import io.parcelport.domain.shipment.Milestone;
import io.parcelport.domain.shipment.Shipment;
import io.parcelport.domain.shipment.ShipmentKey;
import io.parcelport.domain.shipment.SubStatus;
import io.parcelport.ports.InvalidRequestException;
import io.parcelport.ports.NewShipment;
import io.parcelport.ports.Page;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.RejectionReason;
import io.parcelport.ports.ShipmentQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quirks of reference §8 and the field table of §4 that concern a client, one test each. */
class QuirksTest extends ReplayBackendTest {
    private static final ShipmentKey KEY = ShipmentKey.of("cainiao", "LP00123456789012");

    /** Serves one tracking object with the given extra fields (JSON members) and reads it back. */
    private Shipment read(String extraFields) {
        server.answerOk("{\"meta\":{\"code\":200,\"type\":\"Success\",\"message\":\"Success\"},\"data\":{"
                + "\"id\":\"9eee8f3e935e2b6c4767345e599bf673\",\"tracking_number\":\"LP00123456789012\","
                + "\"carrier_code\":\"cainiao\",\"created_at\":\"2020-03-01T10:00:00+08:00\""
                + (extraFields.isEmpty() ? "" : "," + extraFields) + "}}");
        return backend.shipments().find(KEY).orElseThrow();
    }

    @Test
    void quirk1BusinessErrorsComeWithHttp200AndDataAsAnEmptyArray() {
        server.answerOk("{\"meta\":{\"code\":4031,\"type\":\"No Content\",\"message\":\"The request was successful"
                + " but the response is empty.\"},\"data\":[]}");

        assertThat(backend.shipments().find(KEY)).isEmpty();
    }

    @Test
    void quirk2MetaCode201IsSuccessAnd202IsAnError() {
        server.answerOk(sample("trackings_batch.response.error-202-over-40.json"));

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> backend.shipments().createAll(List.of(NewShipment.of(KEY))));

        assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED);
        assertThat(e).hasMessageContaining("The largest number of 40 each operation.");
    }

    @Test
    void quirk3BatchPartialSuccessSeparatesAddedTrackingsFromItemErrors() {
        server.answerOk(sample("trackings_batch.response.partial-success-201.json"));

        var outcomes = backend.shipments().createAll(List.of(
                NewShipment.of(ShipmentKey.of("turkey-post", "RH051844173TR")),
                NewShipment.of(ShipmentKey.of("turkey-post", "8000311584582221"))));

        assertThat(outcomes.get(0).isAccepted()).isTrue();
        assertThat(outcomes.get(1).rejection().orElseThrow().message()).contains("Tracking already exists.");
    }

    @Test
    void quirk4BatchOverFortyIsRefusedBeforeAnythingIsSent() {
        List<NewShipment> batch = IntStream.range(0, 41)
                .mapToObj(i -> NewShipment.of(ShipmentKey.of("usps", "940011020088" + (1000 + i)))).toList();

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> backend.shipments().createAll(batch));

        assertThat(e.reason()).isEqualTo(RejectionReason.LIMIT_EXCEEDED);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void quirk5ListTotalIsAStringAndCountAnInt() {
        server.answerOk(sample("trackings_get.response.bestex-list.json").replace("\"total\":\"3\"",
                "\"total\":\"57\""));

        Page<Shipment> page = backend.shipments().query(ShipmentQuery.ALL, new PageRequest(1, 4));

        assertThat(page.total()).hasValue(57);
        assertThat(page.items()).hasSize(3);
    }

    @Test
    void quirk6RealtimeAnswersCarryAnArrayOfItemsEvenForOneNumber() {
        server.answerOk(sample("trackings_realtime.response.china-ems-with-destination.json"));

        Shipment s = backend.shipments().trackNow(NewShipment.of(ShipmentKey.of("china-ems", "LS912989618CN")))
                .value().orElseThrow();

        assertThat(s.backendId()).contains("f1e0645c3288bae10b8ab6ad89ca187b");
    }

    @ParameterizedTest(name = "customer_email {0}")
    @CsvSource(delimiter = '|', value = {
        "\"a@example.com\"                     | a@example.com",
        "\"\"                                  | ''",
        "null                                  | ''",
        "\"null\"                              | ''",
        "[\"a@example.com\",\"b@example.com\"] | a@example.com;b@example.com",
        "\"a@example.com,b@example.com\"       | a@example.com;b@example.com",
        "[\"[email protected]\"]               | ''",
    })
    void quirk7CustomerEmailIsAStringEmptyNullOrAnArray(String wire, String expected) {
        Shipment s = read("\"customer_email\":" + wire);

        assertThat(s.customerEmails()).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(";")));
    }

    @Test
    void quirk8DestinationInfoMayBeNullAndItemNodeAppearsOnSomeEvents() {
        Shipment s = read("\"destination_info\":null,\"origin_info\":{\"trackinfo\":["
                + "{\"Date\":\"2020-03-03 09:00:00\",\"StatusDescription\":\"Out for delivery\",\"Details\":\"\","
                + "\"checkpoint_status\":\"pickup\",\"substatus\":\"pickup001\"},"
                + "{\"Date\":\"2020-03-01 10:00:00\",\"StatusDescription\":\"Accepted\",\"Details\":\"Shenzhen\","
                + "\"checkpoint_status\":\"transit\",\"ItemNode\":\"ItemReceived\"}]}");

        assertThat(s.destinationLeg().isEmpty()).isTrue();
        assertThat(s.originLeg().events()).extracting(e -> e.milestone())
                .containsExactly(Optional.empty(), Optional.of(Milestone.RECEIVED));
        assertThat(s.latestEvent().orElseThrow().description()).isEqualTo("Out for delivery");
        assertThat(s.latestEvent().orElseThrow().location()).isEmpty();
    }

    @Test
    void quirk10SingleGetTakesALanguageSuffix() {
        server.answerOk(ShipmentTrackerEndpointsTest.listItemAsSingle());

        backend.shipments().find(ShipmentKey.of("bestex", "3502339401241"), io.parcelport.domain.LanguageCode.ENGLISH);

        assertThat(server.onlyRequest().rawPath()).isEqualTo("/v2/trackings/bestex/3502339401241/en");
    }

    @Test
    void quirk12CarriersMetaMayHoldOnlyACode() {
        server.answerOk("{\"meta\":{\"code\":200},\"data\":[{\"name\":\"DHL\",\"code\":\"dhl\",\"type\":\"express\"}]}");

        assertThat(backend.carriers().carriers(io.parcelport.domain.LanguageCode.ENGLISH)).hasSize(1);
    }

    // ---- §4 field table ----

    @Test
    void unknownStatusWordsBecomeUnknownAndSubStatusCodesAreKept() {
        Shipment s = read("\"status\":\"teleported\",\"substatus\":\"transit099\"");

        assertThat(s.deliveryStatus()).isEqualTo(DeliveryStatus.UNKNOWN);
        assertThat(s.subStatus()).contains(new SubStatus("transit099"));
    }

    @Test
    void theDocumentedNotFoundSubStatusWithASpaceIsNormalised() {
        Shipment s = read("\"status\":\"notfound\",\"substatus\":\"not found002\"");

        assertThat(s.deliveryStatus()).isEqualTo(DeliveryStatus.NOT_FOUND);
        assertThat(s.subStatus().orElseThrow().code()).isEqualTo("notfound002");
    }

    @Test
    void unknownFieldsAreIgnored() {
        Shipment s = read("\"last_mile_tracking_supported\":null,\"packageStatus\":null,\"brand_new\":{\"x\":[1]}");

        assertThat(s.key()).isEqualTo(KEY);
    }

    @Test
    void bothDateFormatsAreRead() {
        Shipment s = read("\"updated_at\":\"2020-03-02 08:00:00\",\"origin_info\":{\"trackinfo\":["
                + "{\"Date\":\"2020-03-02T07:30:00+08:00\",\"StatusDescription\":\"With offset\"},"
                + "{\"Date\":\"2020-03-01 10:00\",\"StatusDescription\":\"Minutes only\"}]}");

        assertThat(s.createdAt()).isEqualTo(Instant.parse("2020-03-01T02:00:00Z"));
        assertThat(s.updatedAt()).contains(Instant.parse("2020-03-02T08:00:00Z"));
        assertThat(s.originLeg().events()).extracting(e -> e.time()).containsExactly(
                new EventTime(LocalDateTime.of(2020, 3, 2, 7, 30), Optional.of(ZoneOffset.ofHours(8))),
                EventTime.of(LocalDateTime.of(2020, 3, 1, 10, 0)));
    }

    @Test
    void anOffsetWithoutAColonIsReadAsTheOffset() {
        // PHP's DATE_ISO8601 writes the offset as +0800; the reader's own pattern accepts it as an offset.
        Shipment s = read("\"updated_at\":\"2020-03-02T08:00:00+0800\",\"origin_info\":{\"trackinfo\":["
                + "{\"Date\":\"2020-03-02T07:30:00-0530\",\"StatusDescription\":\"Offset without colon\"}]}");

        assertThat(s.updatedAt()).contains(Instant.parse("2020-03-02T00:00:00Z"));
        assertThat(s.originLeg().events()).extracting(e -> e.time()).containsExactly(
                new EventTime(LocalDateTime.of(2020, 3, 2, 7, 30), Optional.of(ZoneOffset.ofHoursMinutes(-5, -30))));
    }

    @Test
    void anEventWithAnUnreadableDateIsDroppedAndTheRestKept() {
        Shipment s = read("\"origin_info\":{\"trackinfo\":["
                + "{\"Date\":\"yesterday-ish\",\"StatusDescription\":\"Bad scan\"},"
                + "{\"Date\":\"2020-03-01 10:00:00\",\"StatusDescription\":\"Good scan\"}]}");

        assertThat(s.originLeg().events()).extracting(e -> e.description()).containsExactly("Good scan");
    }

    @Test
    void itemTimeLengthMayBeNullAndPhoneANumber() {
        Shipment s = read("\"itemTimeLength\":null,\"stayTimeLength\":\"4\",\"origin_info\":{\"phone\":11183,"
                + "\"weblink\":\"http://www.ems.com.cn/\",\"trackinfo\":[]}");

        assertThat(s.transitDays()).isEmpty();
        assertThat(s.daysSinceLastEvent()).hasValue(4);
        assertThat(s.originLeg().phone()).contains("11183");
    }

    @Test
    void countriesArriveAsEnglishNames() {
        Shipment s = read("\"original_country\":\"China\",\"destination_country\":\"United States\"");

        assertThat(s.originCountry().orElseThrow().value()).isEqualTo("CN");
        assertThat(s.destinationCountry().orElseThrow().value()).isEqualTo("US");
    }

    @Test
    void userInfoWithTheDocsUnquotedPhoneIsRefusedClearly() {
        server.answerAlways(ReplayServer.Answer.ok(sample("trackings_getuserinfo.response.doc-verbatim.txt")));

        assertThat(catchThrowableOfType(io.parcelport.ports.BackendUnavailableException.class,
                () -> backend.account().info())).hasMessageContaining("malformed or truncated JSON");
    }

    @Test
    void airCargoPiecesMayBeAStringAndWeightsCarryAUnitLetter() {
        server.answerOk(OtherPortsEndpointsTest.AIR_CARGO_ANSWER.replace("\"piece\":9,", "\"piece\":\"9\","));

        var tracking = backend.airCargo().track(List.of(io.parcelport.domain.aircargo.AirWaybill.parse("172-28891936")))
                .get(0).value().orElseThrow();

        assertThat(tracking.pieces()).hasValue(9);
        assertThat(tracking.weight().orElseThrow().toString()).isEqualTo("1981 kg");
    }

    @Test
    void phpsEmptyArrayForTheLegsOfATrackingReadsAsEmptyLegs() {
        Shipment s = read("\"status\":\"pending\",\"origin_info\":[],\"destination_info\":[]");

        assertThat(s.deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(s.originLeg().events()).isEmpty();
        assertThat(s.originLeg().milestones()).isEmpty();
        assertThat(s.destinationLeg().isEmpty()).isTrue();
    }

    @Test
    void phpsEmptyArrayForFlightsAndAirlineOfAnAirCargoAnswerReadsAsNone() {
        String answer = OtherPortsEndpointsTest.AIR_CARGO_ANSWER;
        int from = answer.indexOf("\"flight_info\":{");
        String flights = answer.substring(from, answer.lastIndexOf(',', answer.indexOf("\"flight_way_station\"")));
        server.answerOk(answer.replace(flights, "\"flight_info\":[]")
                .replace("\"airline_info\":{\"name\":\"Cargolux Airlines\",\"url\":\"\",\"track_url\":\"\"}",
                        "\"airline_info\":[]"));

        var tracking = backend.airCargo().track(List.of(io.parcelport.domain.aircargo.AirWaybill.parse("172-28891936")))
                .get(0).value().orElseThrow();

        assertThat(tracking.flightLegs()).isEmpty();
        assertThat(tracking.reportedAirline()).isEmpty();
        assertThat(tracking.events()).hasSize(3);
    }
}
