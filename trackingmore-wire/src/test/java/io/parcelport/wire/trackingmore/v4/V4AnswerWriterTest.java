package io.parcelport.wire.trackingmore.v4;

import static org.assertj.core.api.Assertions.assertThat;

import io.parcelport.domain.carrier.Carrier;
import io.parcelport.domain.carrier.CarrierCode;
import io.parcelport.domain.carrier.CarrierKind;
import io.parcelport.ports.RejectionReason;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** v4 envelopes, batch items and couriers (v4 reference §1, §2.2, §5, §7), and the codes a server writes. */
class V4AnswerWriterTest {

    @Test
    void theEnvelopeHasMetaCodeAndMessageAndAnErrorNoData() {
        assertThat(V4AnswerWriter.envelope(V4MetaCode.SUCCESS, JsonValue.EMPTY_JSON_ARRAY).toString())
                .isEqualTo("{\"meta\":{\"code\":200,\"message\":\"Request response is successful\"},\"data\":[]}");
        assertThat(V4AnswerWriter.error(V4MetaCode.ALREADY_EXISTS, V4MetaCode.ALREADY_EXISTS.message()).toString())
                .isEqualTo("{\"meta\":{\"code\":4101,\"message\":\"Tracking No. already exists.\"}}");
    }

    @Test
    void batchItemsUseCamelCaseForTheError() {
        assertThat(V4AnswerWriter.batchCreated("abc", "N1", "usps").toString())
                .isEqualTo("{\"id\":\"abc\",\"tracking_number\":\"N1\",\"courier_code\":\"usps\"}");
        assertThat(V4AnswerWriter.batchRefused(Optional.empty(), "N1", "usps", V4MetaCode.INVALID_COURIER,
                "bad").toString()).isEqualTo("{\"tracking_number\":\"N1\",\"courier_code\":\"usps\","
                + "\"errorCode\":4120,\"errorMessage\":\"bad\"}");
        assertThat(V4AnswerWriter.batchRefused(Optional.of("abc"), "N1", "usps", V4MetaCode.ALREADY_EXISTS, "x"))
                .containsKey("id");
    }

    @Test
    void aCourierHasEveryFieldOfTheSdkModels() {
        Carrier dhl = new Carrier(CarrierCode.of("dhl"), "DHL", CarrierKind.EXPRESS, Optional.of("//www.dhl.com/"),
                Optional.empty());

        var c = V4AnswerWriter.courier(dhl);

        assertThat(c.keySet()).containsExactly("courier_name", "courier_code", "courier_country_iso2", "courier_url",
                "courier_phone", "courier_type", "default_language", "support_language", "courier_logo",
                "tracking_required_fields", "optional_fields");
        assertThat(c.getString("courier_url")).isEqualTo("https://www.dhl.com/");
        assertThat(c.isNull("courier_phone")).isTrue();
        assertThat(c.getString("courier_type")).isEqualTo("express");
    }

    @Test
    void theServerAnswersEachReasonWithItsStarredCode() {
        assertThat(V4MetaCode.answering(RejectionReason.ALREADY_EXISTS)).isEqualTo(V4MetaCode.ALREADY_EXISTS);
        assertThat(V4MetaCode.answering(RejectionReason.NOT_FOUND)).isEqualTo(V4MetaCode.DOES_NOT_EXIST);
        assertThat(V4MetaCode.answering(RejectionReason.QUOTA_EXHAUSTED)).isEqualTo(V4MetaCode.QUOTA_REACHED);
        assertThat(V4MetaCode.answering(RejectionReason.INVALID_CARRIER)).isEqualTo(V4MetaCode.INVALID_COURIER);
        assertThat(V4MetaCode.answering(RejectionReason.LIMIT_EXCEEDED)).isEqualTo(V4MetaCode.TOO_MANY);
        assertThat(V4MetaCode.QUOTA_REACHED.httpStatus()).isEqualTo(400);
        assertThat(V4MetaCode.SERVER_ERROR.httpStatus()).isEqualTo(500);
    }
}
