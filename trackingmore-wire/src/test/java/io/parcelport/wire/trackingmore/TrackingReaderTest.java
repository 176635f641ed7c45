package io.parcelport.wire.trackingmore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingReaderTest {

    // Every field of §4 with the JSON types seen for it on the wire, PHP's [] for an empty leg, fields this
    // client does not know (nested too), and an event with ItemNode.
    private static final String FULL = """
            {"id": "a1", "tracking_number": "RA123456785CN", "carrier_code": "china-post", "status": "transit",
             "substatus": "transit001", "created_at": "2025-06-01T10:00:00+08:00", "updated_at": "2025-06-02 11:00",
             "order_create_time": "2017/8/27 16:51", "title": "Blue \\"shoes\\" \\u00e9", "order_id": 12345,
             "comment": null, "customer_name": "Ana", "customer_email": ["a@example.com", "b@example.com"],
             "customer_phone": 8613800000000, "logistics_channel": "", "destination_code": "FR",
             "original_country": "CN", "destination_country": "FR", "archived": "false", "track_update": true,
             "singed_by": "x", "signed_by": "y", "itemTimeLength": null, "stayTimeLength": 3,
             "new_field": {"deep": [1, {"x": []}]}, "another": [[], {}],
             "origin_info": {"ItemReceived": "2025-06-01 10:00", "ItemDispatched": null, "DepartfromAirport": "",
               "ArrivalfromAbroad": "", "CustomsClearance": "", "DestinationArrived": "", "ReferenceNumber": 42,
               "weblink": "http://www.ems.com.cn/", "phone": "11183", "carrier_code": "china-ems",
               "unknown": {"a": 1},
               "trackinfo": [{"Date": "2025-06-01 10:00", "StatusDescription": "Accepted", "Details": "Shenzhen",
                              "checkpoint_status": "transit", "substatus": "transit001", "ItemNode": "ItemReceived",
                              "extra": [1, 2]},
                             {"Date": "2025-06-02 11:00", "StatusDescription": "Departed", "Details": 7}]},
             "destination_info": [], "lang": "en"}
            """;

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonParser parser(String text) {
        JsonParser parser = WireBinding.parser(text.getBytes(StandardCharsets.UTF_8));
        parser.next();
        return parser;
    }

    @Test
    void readsEveryFieldAsTheJsonBBindingItReplacesDid() {
        Wire.Tracking streamed = TrackingReader.tracking(parser(FULL), "tracking");

        // Compared as text: the JSON-P number classes of a tree and of a stream differ, their JSON does not.
        assertThat(streamed).hasToString(WireBinding.bind(json(FULL), Wire.Tracking.class, "tracking").toString());
        assertThat(TrackingReader.tracking(json(FULL), "tracking")).hasToString(streamed.toString());
    }

    @Test
    void keepsTheValuesAndShapesThatVaryOnTheWire() {
        Wire.Tracking t = TrackingReader.tracking(parser(FULL), "tracking");

        assertThat(t.title()).isEqualTo("Blue \"shoes\" é");
        assertThat(t.orderCreateTime()).isEqualTo("2017/8/27 16:51");
        assertThat(Wire.texts(t.customerEmail())).containsExactly("a@example.com", "b@example.com");
        assertThat(Wire.text(t.customerPhone())).contains("8613800000000");
        assertThat(t.comment()).isNull();
        assertThat(t.itemTimeLength()).isNull();
        assertThat(t.destinationInfo()).isNull();
        assertThat(t.originInfo().trackinfo()).hasSize(2);
        assertThat(t.originInfo().trackinfo().get(0).itemNode()).isEqualTo("ItemReceived");
        assertThat(t.originInfo().trackinfo().get(1).details()).isEqualTo("7");
        assertThat(t.lang()).isEqualTo("en");
    }

    @Test
    void leavesTheParserAtTheEndOfTheTrackingSoThatTheCallerGoesOn() {
        JsonParser parser = parser("[" + FULL + ", {\"tracking_number\": \"B2\"}]");
        parser.next();

        assertThat(TrackingReader.tracking(parser, "a").trackingNumber()).isEqualTo("RA123456785CN");
        assertThat(parser.next()).isEqualTo(JsonParser.Event.START_OBJECT);
        assertThat(TrackingReader.tracking(parser, "b").trackingNumber()).isEqualTo("B2");
        assertThat(parser.next()).isEqualTo(JsonParser.Event.END_ARRAY);
    }

    @Test
    void readsAListPageWithItsItemsAndTotalAsAString() {
        Wire.ListPage page = TrackingReader.listPage(parser("""
                {"page": 2, "limit": "2", "total": "7", "count": 2, "unknown": [1],
                 "items": [%s, {"tracking_number": "B2", "origin_info": []}]}
                """.formatted(FULL)), "data");

        assertThat(page.page()).isEqualTo(2);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(Wire.whole(page.total(), "total")).hasValue(7);
        assertThat(page.items()).extracting(Wire.Tracking::trackingNumber).containsExactly("RA123456785CN", "B2");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"origin_info\": [{\"ItemReceived\": \"x\"}]}",
        "{\"origin_info\": \"x\"}",
        "{\"origin_info\": {\"trackinfo\": {\"Date\": \"x\"}}}",
        "{\"origin_info\": {\"trackinfo\": [\"x\"]}}",
        "{\"title\": {\"a\": 1}}",
        "{\"origin_info\": {\"trackinfo\": [{\"Date\": [1]}]}}",
    })
    void refusesAStructureWhereTextOrAnObjectBelongsNamingTheField(String text) {
        assertThatThrownBy(() -> TrackingReader.tracking(parser(text), "data.items[3]"))
                .isInstanceOf(MalformedAnswerException.class)
                .hasMessageContaining("data.items[3].");
    }

    @Test
    void refusesAPageWhoseItemsAreNotTrackings() {
        assertThatThrownBy(() -> TrackingReader.listPage(parser("{\"items\": [1]}"), "data"))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("data.items[0]");
        assertThatThrownBy(() -> TrackingReader.listPage(parser("{\"page\": 1.5}"), "data"))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("data.page");
        assertThatThrownBy(() -> TrackingReader.listPage(parser("{\"count\": 99999999999}"), "data"))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("data.count");
    }

    @Test
    void readsAWholeUtf8BodyWithOrWithoutAByteOrderMark() {
        byte[] text = "{\"title\": \"Caf\u00e9 \u5305\u88f9 \ud83d\udce6\"}".getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);

        for (byte[] body : new byte[][] {text, withMark}) {
            try (JsonParser parser = WireBinding.parser(body)) {
                parser.next();
                assertThat(TrackingReader.tracking(parser, "t").title()).isEqualTo("Caf\u00e9 \u5305\u88f9 \ud83d\udce6");
            }
        }
    }

    @Test
    void aTreeThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> TrackingReader.tracking(JsonValue.EMPTY_JSON_ARRAY, "tracking"))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("tracking");
        assertThatThrownBy(() -> TrackingReader.tracking((JsonValue) null, "tracking"))
                .isInstanceOf(MalformedAnswerException.class);
    }
}
