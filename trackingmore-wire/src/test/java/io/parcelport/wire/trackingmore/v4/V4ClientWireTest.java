package io.parcelport.wire.trackingmore.v4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parcelport.domain.shipment.TrackingNumber;
import io.parcelport.ports.PageRequest;
import io.parcelport.ports.ShipmentQuery;
import io.parcelport.ports.TimeRange;
import io.parcelport.wire.trackingmore.MalformedAnswerException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The v4 client's translators: the list query, the envelope, the tracking object and the small answers. */
class V4ClientWireTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonValue json(String s) {
        return Json.createReader(new StringReader(s)).readValue();
    }

    @Property
    void anEncodedQueryComponentHasNoRawPlusOrSpaceAndDecodesBack(@ForAll String value) {
        String encoded = V4Query.component(value);

        assertThat(encoded).doesNotContain("+").doesNotContain(" ");
        assertThat(java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(value);
    }

    @Test
    void aListQueryWritesIsoTimesWithTheirOffsetEncoded() {
        Map<String, String> params = V4Query.list(ShipmentQuery.builder()
                .created(TimeRange.since(Instant.parse("2023-08-23T06:00:00.750Z")))
                .numbers(List.of(TrackingNumber.of("A1"), TrackingNumber.of("B2"))).build(), new PageRequest(3, 7));

        assertThat(params).containsEntry("created_date_min", "2023-08-23T06:00:00+00:00")
                .containsEntry("tracking_numbers", "A1,B2").containsEntry("pages_amount", "3")
                .containsEntry("items_amount", "7");
        assertThat(V4Query.encode(params)).contains("created_date_min=2023-08-23T06%3A00%3A00%2B00%3A00")
                .contains("tracking_numbers=A1%2CB2");
    }

    @Test
    void theEnvelopeIsReadUnderMetaOrStatusWithOrWithoutType() {
        assertThat(V4EnvelopeReader.read(bytes("{\"meta\":{\"code\":4102,\"message\":\"x\"}}"), false)
                .orElseThrow().code()).hasValue(4102);
        assertThat(V4EnvelopeReader.read(bytes("{\"data\":[],\"status\":{\"code\":200,\"message\":\"ok\"}}"), true)
                .orElseThrow().code()).hasValue(200);
        assertThat(V4EnvelopeReader.read(bytes("{\"meta\":{\"code\":\"4101\",\"type\":\"BadRequest\"}}"), false)
                .orElseThrow().code()).hasValue(4101);
        assertThat(V4EnvelopeReader.read(bytes("{\"meta\":{\"code\":4294971397}}"), false).orElseThrow().code())
                .isEmpty();
    }

    @Test
    void anythingButOneJsonObjectIsNoEnvelope() {
        for (String body : new String[] {"", "<html></html>", "[1]", "{\"meta\":", "{} {}", "text"}) {
            assertThat(V4EnvelopeReader.read(bytes(body), true)).as(body).isEmpty();
        }
    }

    @Test
    void trackingsAreReadFromABareArrayOrOneObjectAndABadOneIsMalformed() {
        String one = "{\"tracking_number\":\"A1\",\"courier_code\":\"usps\",\"pieces\":2,\"transit_time\":\"3\","
                + "\"origin_info\":{\"pickup_date\":\"2024-01-01 10:00\",\"trackinfo\":[{\"checkpoint_date\":"
                + "\"2024-01-02T08:00:00\",\"tracking_detail\":\"x\"}]},\"destination_info\":[]}";

        List<V4TrackingReader.Tracking> many = V4EnvelopeReader.read(bytes("{\"data\":[" + one + "," + one + "]}"),
                true).orElseThrow().trackings();
        List<V4TrackingReader.Tracking> single = V4EnvelopeReader.read(bytes("{\"data\":" + one + "}"), true)
                .orElseThrow().trackings();

        assertThat(many).hasSize(2);
        assertThat(single).singleElement().satisfies(t -> {
            assertThat(t.pieces()).hasToString("2");
            assertThat(t.originInfo().infoReceived()).isEqualTo("2024-01-01 10:00");
            assertThat(t.originInfo().trackinfo()).singleElement()
                    .satisfies(e -> assertThat(e.checkpointDate()).isEqualTo("2024-01-02T08:00:00"));
            assertThat(t.destinationInfo()).isNull();
        });
        assertThatThrownBy(() -> V4EnvelopeReader.read(bytes("{\"data\":[1]}"), true))
                .isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void batchItemsReadTheirCamelCaseErrorFields() {
        V4ClientAnswers.Batch batch = V4ClientAnswers.batch(json("{\"success\":[{\"id\":\"i1\",\"tracking_number\":"
                + "\"A1\",\"courier_code\":\"usps\"}],\"error\":[{\"tracking_number\":\"B2\",\"courier_code\":\"usps\","
                + "\"errorCode\":\"4101\",\"errorMessage\":\"Tracking No. already exists.\"}]}"));

        assertThat(batch.success()).singleElement().satisfies(i -> assertThat(i.id()).contains("i1"));
        assertThat(batch.error()).singleElement().satisfies(i -> {
            assertThat(i.errorCode()).hasValue(4101);
            assertThat(i.errorMessage()).isEqualTo("Tracking No. already exists.");
        });
    }

    @Test
    void anAirWaybillsStatusNumberMayBeAStringOrANumber() {
        assertThat(V4ClientAnswers.airWaybill(json("{\"awb_number\":\"235-69030430\",\"status_number\":\"5\"}"))
                .orElseThrow().statusNumber()).hasValue(5);
        assertThat(V4ClientAnswers.airWaybill(json("{\"awb_number\":\"235-69030430\",\"status_number\":5}"))
                .orElseThrow().statusNumber()).hasValue(5);
        assertThat(V4ClientAnswers.airWaybill(json("[]"))).isEmpty();
    }
}
